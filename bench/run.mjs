// `make bench`: klarna-precheck against Ajv 8 (Klarna's published schema: structure only) and
// Zod 4 (structure + refinements for totals, tax, sums, market), in one Node process, on the
// same payloads; JSON.stringify as the floor of any design that crosses as text. Then cold
// start (Node and Chromium) and shipped sizes. BENCH_TIME=ms per task (default 500).
import { Bench } from 'tinybench';
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { validate } from '../pkg/node.mjs';
import { ajvValidators } from '../tests/js/spec-schemas.mjs';
import { serve } from '../scripts/serve.mjs';
import { printSizes } from '../scripts/sizes.mjs';
import { launchChromium } from '../tests/js/browser.mjs';
import { zodSchemas } from './zod-schemas.mjs';
import { payloads } from './payloads.mjs';

const root = new URL('..', import.meta.url).pathname;
const time = Number(process.env.BENCH_TIME ?? 500);
console.log(`klarna-precheck bench: node ${process.version}, ${cpus()[0].model.trim()} (${cpus().length} cores)\n`);

// Fairness first: every validator must agree on which payloads are valid.
for (const p of payloads) {
  const ours = validate(p.kind, p.payload).valid;
  const ajv = ajvValidators[p.kind](p.payload);
  const zod = zodSchemas[p.kind]?.safeParse(p.payload).success;
  if (ours !== p.valid || (p.valid && (!ajv || zod === false))) throw new Error(`${p.name}: validators disagree (precheck ${ours}, ajv ${ajv}, zod ${zod})`);
}

// Each sample times a batch of calls, so that the timer's own cost (about a microsecond per
// sample, as much as Ajv's whole validation) does not count; µs = the mean per call, which,
// like ops/s, includes the garbage collection each validator causes.
const rows = [];
for (const p of payloads) {
  const bytes = JSON.stringify(p.payload).length;
  const batch = Math.max(1, Math.round(20000 / bytes));
  const times = (fn) => () => {
    for (let i = 0; i < batch; i++) fn();
  };
  const bench = new Bench({ time, warmupTime: 100 });
  bench.add('precheck', times(() => validate(p.kind, p.payload)));
  bench.add('ajv', times(() => ajvValidators[p.kind](p.payload)));
  if (zodSchemas[p.kind]) bench.add('zod', times(() => zodSchemas[p.kind].safeParse(p.payload)));
  bench.add('stringify', times(() => JSON.stringify(p.payload)));
  await bench.run();
  const t = Object.fromEntries(bench.tasks.map((task) => [task.name, (task.result.latency.mean * 1000) / batch]));
  rows.push({ name: p.name, bytes, ...t });
}

const f = (n, d = 2) => (n === undefined ? '—' : n.toFixed(d));
const head = ['payload', 'bytes', 'precheck µs', 'ops/s', 'Ajv µs', 'vs Ajv', 'Zod µs', 'vs Zod', 'stringify µs'];
const widths = [32, 7, 12, 9, 9, 7, 9, 7, 13];
const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
console.log(line(head));
for (const r of rows) {
  console.log(line([r.name, r.bytes, f(r.precheck), Math.round(1e6 / r.precheck).toLocaleString('en'), f(r.ajv), f(r.ajv / r.precheck), f(r.zod), r.zod ? f(r.zod / r.precheck) : '—', f(r.stringify)]));
}
console.log(`\nvs Ajv / vs Zod: precheck's ops/s divided by the peer's (1.00 = as fast; 0.25 = a quarter of the speed).
Ajv checks structure only (Klarna's published schema); Zod adds refinements for line totals, the tax formula, sums and
the market's currency; precheck runs every rule in the README. Targets: 2-line ≥ 0.25 vs Ajv and ≥ 1 vs Zod; 1000-line < 500 µs.`);

// Cold start: a fresh process / page, from import to the first report.
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const nodeColdOf = (entry) => median(Array.from({ length: 7 }, () => {
  const script = `const t0 = performance.now(); const k = await import(${JSON.stringify(`${root}pkg/${entry}`)}); k.validate('order', '{}'); console.log(performance.now() - t0);`;
  return Number(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout);
}));
const nodeCold = { full: nodeColdOf('node.mjs'), 'validate only': nodeColdOf('validate.mjs') };
// Chromium: each run is a fresh browser context. "network" fetches every file from the local
// server; "cached" loads the page once first, so the second page gets the files from the HTTP
// cache, as a returning shopper would, and what remains is the package's own cost (parse the
// JS, compile and instantiate the .wasm, the first call).
const server = await serve(root, { headers: { 'cache-control': 'max-age=600' } });
const browser = await launchChromium();
const entries = { 'empty module (floor)': './empty.js', full: '../pkg/web.js', 'validate only': '../pkg/validate.js' };
const chrome = {};
for (const [name, entry] of Object.entries(entries)) {
  const url = `${server.url}bench/cold.html?entry=${encodeURIComponent(entry)}`;
  const network = [];
  const cached = [];
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext();
    const first = await context.newPage();
    await first.goto(url);
    network.push(await first.waitForFunction(() => window.cold).then((h) => h.jsonValue()));
    const second = await context.newPage();
    await second.goto(url);
    cached.push(await second.waitForFunction(() => window.cold).then((h) => h.jsonValue()));
    await context.close();
  }
  chrome[name] = { network, cached };
}
await browser.close();
await server.close();
const medianOf = (runs, key) => median(runs.map((r) => r[key]));
console.log(`\ncold start, import to first report (median of 7): Node ${f(nodeCold.full, 1)} ms (validate only ${f(nodeCold['validate only'], 1)} ms); Chromium (target < 10 ms):`);
console.log(`${'entry, files from'.padEnd(34)} ${['total', 'import', 'ready()', '1st call'].map((h) => h.padStart(9)).join(' ')}`);
for (const [name, { network, cached }] of Object.entries(chrome)) {
  for (const [how, runs] of [['network', network], ['HTTP cache', cached]]) {
    console.log(`${`${name}, ${how}`.padEnd(34)} ${['total', 'import', 'ready', 'first'].map((k) => `${f(medianOf(runs, k), 1)} ms`.padStart(9)).join(' ')}`);
  }
}
console.log('');
printSizes(`${root}pkg`);
console.log('\nTarget for the shipped .wasm + browser glue: at most 40 KB brotli.');
