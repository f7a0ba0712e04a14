// klarna-precheck/validate (the validate-only .wasm) in Node: the same reports as the main entry
// and as the Rust core, for ESM and CJS; and the clean-report fast path of both entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fullEsm from '../../pkg/node.mjs';
import * as leanEsm from '../../pkg/validate.mjs';
import { cases, optionsOf, payloadOf, root, rustReport } from './support.mjs';

const require = createRequire(import.meta.url);
const fullCjs = require('../../pkg/node.cjs');
const leanCjs = require('../../pkg/validate.cjs');

const LEAN_EXPORTS = ['KlarnaValidationError', 'PAYLOAD_KINDS', 'assertValid', 'isValid', 'locatePath', 'markets', 'ready', 'schemas', 'toKlarnaError', 'validate',
  'validateCustomerToken', 'validateOrder', 'validateSession', 'validateSessionUpdate', 'validateTokenOrder', 'validateTokenStatus'];

test('the validate-only .wasm is a different, smaller file than the full one', () => {
  const full = readFileSync(join(root, 'pkg/dist/klarna_precheck_bg.wasm'));
  const lean = readFileSync(join(root, 'pkg/dist/validate/klarna_precheck_bg.wasm'));
  assert.ok(lean.length < full.length / 2, `validate-only ${lean.length} B, full ${full.length} B`);
  // The lean glue has no builder imports or exports at all.
  for (const glue of ['web.js', 'node.cjs']) {
    const text = readFileSync(join(root, 'pkg/dist/validate', glue), 'utf8');
    assert.doesNotMatch(text, /buildOrder|orderLine|parseKlarnaError|compareWithAuthorization/, glue);
  }
});

for (const [name, lean, full] of [['ESM', leanEsm, fullEsm], ['CJS', leanCjs, fullCjs]]) {
  test(`${name}: klarna-precheck/validate exports the validator and nothing else`, () => {
    assert.deepEqual(Object.keys(lean).sort(), LEAN_EXPORTS);
  });

  test(`${name}: every case gives the same report from both entries, and it is the Rust core's`, () => {
    for (const c of cases) {
      const report = lean.validate(c.kind, payloadOf(c), optionsOf(c));
      assert.deepEqual(report, rustReport(c), c.name);
      assert.deepEqual(report, full.validate(c.kind, payloadOf(c), optionsOf(c)), c.name);
      // Strictness too, through JSON text: the same property order and nothing extra.
      assert.equal(JSON.stringify(report), JSON.stringify(full.validate(c.kind, payloadOf(c), optionsOf(c))), c.name);
    }
  });

  test(`${name}: shorthands, warningsAsErrors and assertValid agree with the main entry`, () => {
    const byKind = { session: 'validateSession', session_update: 'validateSessionUpdate', order: 'validateOrder', customer_token: 'validateCustomerToken', token_order: 'validateTokenOrder', token_status: 'validateTokenStatus' };
    for (const c of cases.filter((x) => x.kind in byKind)) {
      assert.deepEqual(lean[byKind[c.kind]](payloadOf(c), { ...optionsOf(c), warningsAsErrors: true }), full.validate(c.kind, payloadOf(c), { ...optionsOf(c), warningsAsErrors: true }), c.name);
    }
    const bad = cases.find((c) => c.name === 'order-bounds');
    assert.throws(() => lean.assertValid('order', payloadOf(bad)), (e) => e instanceof lean.KlarnaValidationError && e instanceof Error
      && e.message === (() => { try { full.assertValid('order', payloadOf(bad)); } catch (f) { return f.message; } })());
  });

  test(`${name}: values without JSON text and unknown kinds are handled as by the main entry`, () => {
    const cycle = {};
    cycle.self = cycle;
    for (const payload of [undefined, null, 1, true, 10n, Symbol('s'), () => {}, cycle, [], 'not json', '', { toJSON: () => undefined }]) {
      assert.deepEqual(lean.validate('order', payload), full.validate('order', payload), String(typeof payload));
    }
    for (const kind of ['orders', '', undefined, 5, null, {}]) {
      assert.throws(() => lean.validate(kind, {}), (e) => e instanceof TypeError && /session, session_update, order, customer_token, token_order, token_status/.test(e.message));
    }
  });

  test(`${name}: toKlarnaError, locatePath and markets agree with the main entry`, () => {
    const strip = (body) => body && { ...body, correlation_id: 'x' };
    for (const c of cases) {
      const report = lean.validate(c.kind, payloadOf(c));
      assert.deepEqual(strip(lean.toKlarnaError(report)), strip(full.toKlarnaError(report)), c.name);
      if (typeof c.payload_text === 'string' || report.errors.length === 0) continue;
      const textOf = JSON.stringify(c.payload, null, 2);
      for (const v of report.errors) assert.deepEqual(lean.locatePath(textOf, v.path), full.locatePath(textOf, v.path), `${c.name} ${v.path}`);
    }
    for (const notAReport of ['not a report', null, undefined, 5, [], { errors: 'x' }, { errors: [{ error_code: 1 }] }, 10n]) {
      assert.throws(() => lean.toKlarnaError(notAReport), TypeError);
    }
    assert.equal(lean.toKlarnaError({}), null);
    assert.deepEqual(lean.markets(), full.markets());
    assert.ok(lean.markets().some((m) => m.country === 'SE' && m.currency === 'SEK' && m.locales.includes('sv-SE')));
    assert.equal(lean.locatePath('{"a": [1, {"b": "é"}]}', 'a[1].b').start, 16);
    assert.equal(lean.locatePath('{', 'a.b'), full.locatePath('{', 'a.b'));
  });
}

for (const [name, api] of [['main entry, ESM', fullEsm], ['main entry, CJS', fullCjs], ['validate entry, ESM', leanEsm], ['validate entry, CJS', leanCjs]]) {
  test(`${name}: a clean report is a fresh object on every call; mutating one does not reach the next`, () => {
    const payload = { status: 'CANCELLED' };
    const first = api.validate('token_status', payload);
    assert.deepEqual(first, { valid: true, errors: [], warnings: [] });
    const second = api.validate('token_status', payload);
    assert.notEqual(first, second);
    assert.notEqual(first.errors, second.errors);
    assert.notEqual(first.warnings, second.warnings);
    first.valid = false;
    first.errors.push({ rule: 'mine' });
    first.warnings.push({ rule: 'mine' });
    first.extra = 1;
    assert.deepEqual(api.validate('token_status', payload), { valid: true, errors: [], warnings: [] });
    assert.deepEqual(api.validate('token_status', JSON.stringify(payload)), { valid: true, errors: [], warnings: [] });
    // An invalid report is fresh too.
    const bad = api.validate('token_status', {});
    bad.errors.length = 0;
    assert.equal(api.validate('token_status', {}).errors.length, 1);
    const markets = api.markets();
    markets.length = 0;
    assert.ok(api.markets().length > 0);
  });
}

test('the validate entry in browsers (web glue in Node): throws before ready(), works after', async () => {
  const web = await import('../../pkg/validate.js');
  assert.throws(() => web.validate('order', {}), /call `await ready\(\)` once before validating/);
  const bytes = readFileSync(join(root, 'pkg/dist/validate/klarna_precheck_bg.wasm'));
  const first = web.ready(bytes);
  assert.equal(web.ready(), first);
  await first;
  assert.deepEqual(Object.keys(web).sort(), LEAN_EXPORTS);
  for (const c of cases) assert.deepEqual(web.validate(c.kind, payloadOf(c), optionsOf(c)), rustReport(c), c.name);
});

test('a number beyond f64 (1e400) is shown as sent in the message; its `actual` is Infinity in JS, as before', () => {
  for (const api of [fullEsm, leanEsm, fullCjs, leanCjs]) {
    const report = api.validate('order', '{"purchase_country":"GB","purchase_currency":"GBP","order_amount":1e400,"order_lines":[{"name":"Pen","quantity":1,"unit_price":-2.5e400,"total_amount":100}]}');
    assert.deepEqual(report.errors.map((e) => [e.path, e.rule, e.actual]), [
      ['order_amount', 'int64_range', Infinity],
      ['order_lines[0].unit_price', 'int64_range', -Infinity],
    ]);
  }
});
