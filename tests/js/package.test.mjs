// The package as a user gets it: `npm pack`, install the tarball, import it by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, installPacked, payloadOf, root, rustReport } from './support.mjs';

const { dir, files } = installPacked('node-consumer');
writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));

const run = (file, source) => {
  writeFileSync(join(dir, file), source);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' }));
};

test('the tarball ships the entries, one .wasm, the glue and the types; no sources', () => {
  for (const f of ['package.json', 'README.md', 'web.js', 'node.mjs', 'node.cjs', 'lib/api.mjs', 'lib/builders.mjs', 'index.d.ts', 'index.d.cts',
    'dist/web.js', 'dist/klarna_precheck_bg.wasm.cjs', 'dist/node.cjs', 'dist/api.cjs', 'dist/builders.cjs', 'dist/klarna_precheck_bg.wasm',
    'validate.js', 'validate.mjs', 'validate.cjs', 'validate.d.ts', 'validate.d.cts',
    'dist/validate/web.js', 'dist/validate/klarna_precheck_bg.wasm.cjs', 'dist/validate/node.cjs', 'dist/validate/klarna_precheck_bg.wasm']) {
    assert.ok(files.includes(f), `${f} is missing from the tarball`);
  }
  // One .wasm for the main entry, one for klarna-precheck/validate.
  assert.deepEqual(files.filter((f) => f.endsWith('.wasm')).sort(), ['dist/klarna_precheck_bg.wasm', 'dist/validate/klarna_precheck_bg.wasm']);
  assert.deepEqual(files.filter((f) => /\.(rs|toml)$|^src\//.test(f)), []);
});

const consumer = (load) => `${load}
const cases = JSON.parse(require('node:fs').readFileSync('cases.json', 'utf8'));
console.log(JSON.stringify(cases.map((c) => k.validate(c.kind, c.payload_text ?? c.payload, c.options))));`;

test('ESM: import "klarna-precheck" gives the Rust core\'s reports', () => {
  const source = consumer("import * as k from 'klarna-precheck';\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);");
  const reports = run('esm.mjs', source);
  cases.forEach((c, i) => assert.deepEqual(reports[i], rustReport(c), c.name));
});

test('CJS: require("klarna-precheck") gives the Rust core\'s reports', () => {
  const reports = run('cjs.cjs', consumer("const k = require('klarna-precheck');"));
  cases.forEach((c, i) => assert.deepEqual(reports[i], rustReport(c), c.name));
});

test('ESM: import "klarna-precheck/validate" gives the Rust core\'s reports from the validate-only .wasm', () => {
  const source = `${consumer("import * as k from 'klarna-precheck/validate';\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);")}
if (!import.meta.resolve('klarna-precheck/validate').endsWith('/validate.mjs') || 'buildOrder' in k) process.exit(3);`;
  const reports = run('esm-validate.mjs', source);
  cases.forEach((c, i) => assert.deepEqual(reports[i], rustReport(c), c.name));
});

test('CJS: require("klarna-precheck/validate") gives the Rust core\'s reports from the validate-only .wasm', () => {
  const source = `${consumer("const k = require('klarna-precheck/validate');")}
if (!require.resolve('klarna-precheck/validate').endsWith('/validate.cjs') || 'buildOrder' in k) process.exit(3);`;
  const reports = run('cjs-validate.cjs', source);
  cases.forEach((c, i) => assert.deepEqual(reports[i], rustReport(c), c.name));
});

test('every runtime export of klarna-precheck/validate is declared in validate.d.ts, and nothing more', async () => {
  const k = await import(join(dir, 'node_modules/klarna-precheck/validate.mjs'));
  const dts = readFileSync(join(dir, 'node_modules/klarna-precheck/validate.d.ts'), 'utf8');
  const values = dts.match(/^export \{([^}]*)\} from/m)[1].split(',').map((s) => s.trim()).filter(Boolean).sort();
  assert.deepEqual(values, Object.keys(k).sort());
});

test('every runtime export is declared in index.d.ts, and nothing more', async () => {
  const k = await import(join(dir, 'node_modules/klarna-precheck/node.mjs'));
  const dts = execFileSync('cat', [join(dir, 'node_modules/klarna-precheck/index.d.ts')], { encoding: 'utf8' });
  const declared = [...dts.matchAll(/^export declare (?:function|const|class) (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(declared, Object.keys(k).sort());
});

test('TypeScript consumers type-check as ESM and CJS (strict, no DOM lib, no skipLibCheck)', () => {
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: [], skipLibCheck: false },
    files: ['consumer.mts', 'consumer.cts', 'validate.mts', 'validate.cts'],
  }));
  const body = `
const report: Report = k.validate('order', { order_amount: 100 }, { warningsAsErrors: true });
const first: Violation | undefined = report.errors[0];
const code: string | undefined = first?.error_code;
const expected: number | string | readonly string[] | undefined = first?.expected;
const rule: RuleId | undefined = first?.rule;
// @ts-expect-error: not a rule id
const notARule: RuleId = 'tax_formla';
const body: KlarnaErrorV2 | null = k.toKlarnaError(report);
const kinds: readonly PayloadKind[] = k.PAYLOAD_KINDS;
k.validateOrder('{}'); k.validateSession({}); k.validateSessionUpdate({}); k.validateCustomerToken({}); k.validateTokenOrder({}); k.validateTokenStatus({});
const ready: Promise<void> = k.ready();
try { k.assertValid('token_status', {}); } catch (e) { if (e instanceof k.KlarnaValidationError) { const r: Report = e.report; void r; } }
// @ts-expect-error: not a payload kind
k.validate('orders', {});
const order: OrderPayload = k.buildOrder({ purchase_country: 'SE', lines: [{ name: 'Kaffe', unit_price: 5000, tax_percent: '12' }], discounts: [{ name: 'Rabatt', amount: 500 }] });
const line: OrderLine = k.orderLine({ name: 'x', unit_price: 100, type: 'discount' });
// @ts-expect-error: not an order line type
k.orderLine({ name: 'x', unit_price: 100, type: 'product' });
const cmp: Comparison = k.compareWithAuthorization(order, order);
const win: boolean = k.authorizationWindow(new Date()).open;
const denied = k.checkIntent('buy', 'create_customer_token');
const parsed: ParsedKlarnaError = k.parseKlarnaError({ error_code: 'NOT_FOUND' }, 404);
const minor: number = k.toMinorUnits('49.99', 'EUR');
try { k.buildTokenOrder({ purchase_currency: 'USD', lines: [] }); } catch (e) { if (e instanceof k.KlarnaBuildError) { const kind: 'input' | 'invalid' = e.kind; void kind; } }
void [notARule, rule, code, expected, body, kinds, ready, line, cmp, win, denied?.error_code, parsed.action, minor, k.newIdempotencyKey(), k.fromMinorUnits(minor, 'EUR')];
`;
  writeFileSync(join(dir, 'consumer.mts'), `import * as k from 'klarna-precheck';\nimport type { Report, Violation, KlarnaErrorV2, PayloadKind, RuleId, OrderPayload, OrderLine, Comparison, ParsedKlarnaError } from 'klarna-precheck';\n${body}`);
  writeFileSync(join(dir, 'consumer.cts'), `import k = require('klarna-precheck');\ntype Report = k.Report; type Violation = k.Violation; type KlarnaErrorV2 = k.KlarnaErrorV2; type PayloadKind = k.PayloadKind; type RuleId = k.RuleId;\ntype OrderPayload = k.OrderPayload; type OrderLine = k.OrderLine; type Comparison = k.Comparison; type ParsedKlarnaError = k.ParsedKlarnaError;\n${body}`);
  // klarna-precheck/validate: the validator's part of the same API, the same types; no builders.
  const lean = `
const report: Report = k.validate('order', { order_amount: 100 }, { warningsAsErrors: true });
const first: Violation | undefined = report.errors[0];
const rule: RuleId | undefined = first?.rule;
const body: KlarnaErrorV2 | null = k.toKlarnaError(report);
const kinds: readonly PayloadKind[] = k.PAYLOAD_KINDS;
k.validateOrder('{}'); k.validateSession({}); k.validateSessionUpdate({}); k.validateCustomerToken({}); k.validateTokenOrder({}); k.validateTokenStatus({});
const ready: Promise<void> = k.ready();
try { k.assertValid('token_status', {}); } catch (e) { if (e instanceof k.KlarnaValidationError) { const r: Report = e.report; void r; } }
const span: { start: number; end: number } | null = k.locatePath('{}', 'a');
const currency: string | undefined = k.markets()[0]?.currency;
// @ts-expect-error: not a payload kind
k.validate('orders', {});
// @ts-expect-error: no builders in klarna-precheck/validate
k.buildOrder({});
void [first, rule, body, kinds, ready, span, currency];
`;
  writeFileSync(join(dir, 'validate.mts'), `import * as k from 'klarna-precheck/validate';\nimport type { Report, Violation, KlarnaErrorV2, PayloadKind, RuleId } from 'klarna-precheck/validate';\n${lean}`);
  writeFileSync(join(dir, 'validate.cts'), `import k = require('klarna-precheck/validate');\ntype Report = k.Report; type Violation = k.Violation; type KlarnaErrorV2 = k.KlarnaErrorV2; type PayloadKind = k.PayloadKind; type RuleId = k.RuleId;\n${lean}`);
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
});
