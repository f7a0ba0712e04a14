// `make demo`, first half: validate the demo's presets with the built package in Node, the
// way a test suite would, and print what Klarna would have said. Then the "After the purchase"
// tab's orders: each call's example body checked against each of them.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { validate, checkAgainstOrder, toKlarnaError } from '../pkg/node.mjs';
import { presets, orderPresets, callBodies, defaultCaptureId } from '../www/presets.js';

const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

for (const { label, kind, payload, segment } of presets) {
  // A preset's merchant segment, as the page passes it: the EMD packages that segment must send.
  const report = validate(kind, payload, { segment });
  console.log(`\n${report.valid ? '✓' : '✗'} ${label} (${kind}${segment ? `, segment ${segment}` : ''}): ${count(report.errors.length, 'error')}, ${count(report.warnings.length, 'warning')}`);
  for (const v of report.errors) console.log(`    error    ${v.path || '(payload)'}  [${v.rule}]  ${v.message}`);
  for (const v of report.warnings) console.log(`    warning  ${v.path || '(payload)'}  [${v.rule}]  ${v.message}`);
  const body = toKlarnaError(report);
  if (body) console.log(`    Klarna would answer: ${body.error_code} ${JSON.stringify(body.error_messages[0])}${body.error_messages.length > 1 ? ` (+${body.error_messages.length - 1} more)` : ''}`);
}

// After the purchase. The page's orders are calls.json's, dated from now: say so if they drift apart.
console.log('\nAfter the purchase: each call\'s example body against each order of the page (now).');
for (const [kind, body] of Object.entries(callBodies)) {
  const report = validate(kind, body);
  if (!report.valid || report.warnings.length) console.log(`  ! the example ${kind} body itself: ${[...report.errors, ...report.warnings].map((v) => `[${v.rule}] ${v.path}`).join(', ')}`);
}
const { calls } = JSON.parse(readFileSync(new URL('../tests/state/calls.json', import.meta.url), 'utf8'));
const state = ({ order_id, created_at, expires_at, ...rest }) => rest; // the members that are not dates or the id
for (const { label, from, order } of orderPresets()) {
  const source = calls.find((c) => c.what === from);
  const drift = !source ? `no call "${from}" in tests/state/calls.json`
    : !isDeepStrictEqual(state(order), state(source.order)) ? `its state is no longer that of calls.json's "${from}"` : '';
  console.log(`\n  ${label} (${order.status}, fraud ${order.fraud_status}, captured ${order.captured_amount} of ${order.order_amount}, ${order.remaining_authorized_amount} left)${drift ? `\n    ! ${drift}` : ''}`);
  const allowed = [];
  for (const [kind, body] of Object.entries(callBodies)) {
    const report = checkAgainstOrder(kind, body, order, { captureId: defaultCaptureId(kind, order) || undefined });
    const found = [...report.errors.map((v) => ['refused', v]), ...report.warnings.map((v) => ['warning', v])];
    if (!found.length) allowed.push(kind);
    for (const [severity, v] of found) console.log(`    ${severity === 'refused' ? '✗' : '!'} ${kind}: ${v.error_code} ${JSON.stringify(v.message)}${severity === 'warning' ? ' (a warning)' : ''}`);
  }
  console.log(`    ✓ ${allowed.join(', ') || 'nothing'}`);
}
console.log('\nThe demo page: open the address below in a browser.');
