// `make bench`: validation speed of the built package in one Node process, against the floor of
// any design that crosses as text (JSON.stringify of the same payload). Peers (Ajv, Zod) are
// still to come (issue 6). Run on an idle machine; numbers vary ±5% between runs.
import { validate } from '../pkg/node.mjs';
import { presets } from '../www/presets.js';

function line(i) {
  return { type: 'physical', reference: `SKU-${i}`, name: `Item ${i}`, quantity: 1, unit_price: 1000, tax_rate: 2500, total_amount: 1000, total_tax_amount: 200 };
}
function order(lines) {
  const order_lines = Array.from({ length: lines }, (_, i) => line(i));
  return { purchase_country: 'SE', purchase_currency: 'SEK', locale: 'sv-SE', order_amount: lines * 1000, order_tax_amount: lines * 200, order_lines };
}
const payloads = [
  ['2-line order', 'order', order(2)],
  ['20-line order', 'order', order(20)],
  ['1000-line order', 'order', order(1000)],
  ['invalid order (decimal amounts)', 'order', presets.find((p) => p.id === 'decimal-amounts').payload],
  ['session', 'session', presets.find((p) => p.id === 'se-session').payload],
  ['token order', 'token_order', presets.find((p) => p.id === 'token-order').payload],
];

/** Mean µs per call over ~0.5 s after a warm-up, the best of 5 rounds. */
function measure(fn) {
  for (let i = 0; i < 200; i++) fn();
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < 100_000_000n) {
      for (let i = 0; i < 20; i++) fn();
      n += 20;
      elapsed = process.hrtime.bigint() - start;
    }
    best = Math.min(best, Number(elapsed) / 1000 / n);
  }
  return best;
}

console.log(`node ${process.version}, ${process.arch}\n`);
console.log(`${'payload'.padEnd(34)}${'bytes'.padStart(8)}${'validate µs'.padStart(14)}${'ops/s'.padStart(12)}${'stringify µs'.padStart(15)}${'× stringify'.padStart(13)}`);
for (const [name, kind, payload] of payloads) {
  const bytes = JSON.stringify(payload).length;
  const v = measure(() => validate(kind, payload));
  const s = measure(() => JSON.stringify(payload));
  console.log(`${name.padEnd(34)}${String(bytes).padStart(8)}${v.toFixed(2).padStart(14)}${Math.round(1e6 / v).toLocaleString('en').padStart(12)}${s.toFixed(2).padStart(15)}${(v / s).toFixed(1).padStart(13)}`);
}
