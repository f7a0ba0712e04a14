// `make demo`, first half: validate the demo's presets with the built package in Node, the
// way a test suite would, and print what Klarna would have said.
import { validate, toKlarnaError } from '../pkg/node.mjs';
import { presets } from '../www/presets.js';

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
console.log('\nThe demo page: open the address below in a browser.');
