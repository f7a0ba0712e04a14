// The built package in Node: ESM import and CJS require give the Rust core's exact reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esm from '../../pkg/node.mjs';
import { cases, optionsOf, payloadOf, root, rustReport } from './support.mjs';

const cjs = createRequire(import.meta.url)('../../pkg/node.cjs');

for (const [name, api] of [['ESM', esm], ['CJS', cjs]]) {
  test(`${name}: every case gives the Rust core's report`, () => {
    for (const c of cases) {
      assert.deepEqual(api.validate(c.kind, payloadOf(c), optionsOf(c)), rustReport(c), c.name);
    }
  });

  test(`${name}: works synchronously on import, and ready() resolves at once`, async () => {
    assert.equal(api.validate('token_status', { status: 'CANCELLED' }).valid, true);
    await api.ready();
  });

  test(`${name}: an unknown kind is a TypeError naming the valid kinds`, () => {
    for (const kind of ['orders', '', undefined, 5, null, {}]) {
      assert.throws(() => api.validate(kind, {}), (e) => e instanceof TypeError && /session, session_update, order, customer_token, token_order, token_status/.test(e.message));
    }
  });

  test(`${name}: assertValid throws a KlarnaValidationError carrying the report`, () => {
    const bad = cases.find((c) => c.name === 'order-bounds');
    assert.throws(() => api.assertValid('order', payloadOf(bad)), (e) => {
      assert.ok(e instanceof Error && e instanceof api.KlarnaValidationError);
      assert.equal(e.name, 'KlarnaValidationError');
      assert.equal(e.kind, 'order');
      assert.deepEqual(e.report, rustReport(bad));
      const { errors } = rustReport(bad);
      assert.equal(e.message, `klarna-precheck: order payload has ${errors.length} errors: ${errors[0].message}`);
      assert.equal(errors[0].message, 'Bad value: order_amount must be at least 0, got -1');
      return true;
    });
    const good = cases.find((c) => c.name === 'order-valid-gb');
    assert.equal(api.assertValid('order', good.payload).valid, true);
  });

  test(`${name}: shorthands validate their kind`, () => {
    const byKind = { session: 'validateSession', session_update: 'validateSessionUpdate', order: 'validateOrder', customer_token: 'validateCustomerToken', token_order: 'validateTokenOrder', token_status: 'validateTokenStatus' };
    // One shorthand per checkout kind (the first six); the post-purchase kinds go through validate().
    assert.deepEqual(Object.keys(byKind), api.PAYLOAD_KINDS.slice(0, 6));
    for (const c of cases.filter((x) => x.kind in byKind)) assert.deepEqual(api[byKind[c.kind]](payloadOf(c), optionsOf(c)), rustReport(c), c.name);
  });

  test(`${name}: toKlarnaError gives ErrorV2 with a fresh UUID v4, or null when valid`, () => {
    const report = api.validate('order', {});
    const body = api.toKlarnaError(report);
    assert.deepEqual(Object.keys(body), ['error_code', 'error_messages', 'correlation_id']);
    assert.equal(body.error_code, 'BAD_VALUE');
    assert.deepEqual(body.error_messages, report.errors.map((e) => e.message));
    assert.match(body.correlation_id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(api.toKlarnaError(report).correlation_id, body.correlation_id);
    assert.equal(api.toKlarnaError(api.validate('token_status', { status: 'CANCELLED' })), null);
    assert.throws(() => api.toKlarnaError('not a report'), TypeError);
  });

  test(`${name}: warningsAsErrors moves warnings into errors`, () => {
    const c = cases.find((x) => x.name === 'order-unknown-and-read-only-fields');
    const strict = api.validate('order', c.payload, { warningsAsErrors: true });
    assert.equal(strict.valid, false);
    assert.deepEqual(strict.errors, rustReport(c).warnings);
    assert.deepEqual(strict.warnings, []);
  });
}

test('validate never throws on a non-JSON payload, and the instance keeps working', () => {
  const cycle = {};
  cycle.self = cycle;
  const throwing = { get order_amount() { throw new Error('boom'); } };
  for (const payload of [undefined, null, 1, true, 10n, Symbol('s'), () => {}, cycle, throwing, [], 'not json', '']) {
    const report = esm.validate('order', payload);
    assert.equal(report.valid, false);
    assert.equal(report.errors[0].path, '');
  }
  assert.equal(esm.validate('token_status', { status: 'CANCELLED' }).valid, true);
});

test('inputs are not mutated', () => {
  for (const c of cases) {
    const payload = structuredClone(payloadOf(c));
    const before = JSON.stringify(payload);
    esm.validate(c.kind, payload);
    assert.equal(JSON.stringify(payload), before, c.name);
  }
});

test('personal data put in any string field, codes and enums included, never comes back in a report', () => {
  // Distinctive stand-ins for names, emails, phones, streets, postcodes; short and letters-only
  // ones too, as a name typed into a code field would be.
  const personal = ['Zelda Quixote', 'zelda.quixote@example.org', '+46 70 999 88 77', 'Quixotegatan 42', '987 65', 'Zelda', 'Qx', 'Quixote-Ö'];
  let fed = 0;
  for (const c of cases) {
    if (typeof c.payload !== 'object' || c.payload === null) continue;
    for (const p of personal) {
      // Every string in the payload becomes the same stand-in, so each one reaches every field.
      const payload = JSON.parse(JSON.stringify(c.payload), (key, value) => (typeof value === 'string' ? (fed++, p) : value));
      const report = esm.validate(c.kind, payload);
      for (const v of [...report.errors, ...report.warnings]) {
        for (const field of [v.message, v.expected, v.actual]) assert.ok(!String(field ?? '').includes(p), `${c.name}: ${v.path} [${v.rule}] shows "${p}"`);
      }
    }
  }
  assert.ok(fed > 500, `only ${fed} strings fed`);
});

test('the browser entry in Node: throws before ready(), works after; ready() is idempotent', async () => {
  const web = await import('../../pkg/web.js');
  assert.throws(() => web.validate('order', {}), /call `await ready\(\)` once before validating/);
  const bytes = readFileSync(join(root, 'pkg/dist/klarna_precheck_bg.wasm'));
  const first = web.ready(bytes);
  assert.equal(web.ready(), first);
  await first;
  for (const c of cases) assert.deepEqual(web.validate(c.kind, payloadOf(c), optionsOf(c)), rustReport(c), c.name);
});

test('an order over 1000 lines is reported once, not walked line by line', () => {
  const line = { name: 'Pen', quantity: 1, unit_price: 100, total_amount: 100, type: 'bogus' };
  const report = esm.validate('order', { purchase_country: 'GB', purchase_currency: 'GBP', order_amount: 100, order_lines: Array(5000).fill(line) });
  assert.equal(report.errors[0].rule, 'max_items');
  assert.equal(report.errors[0].actual, 5000);
  assert.equal(report.errors.length, 1001); // max_items + one enum error for each of the 1000 lines walked
});

test("the READMEs' example gives the report they show", () => {
  const report = esm.validate('order', {
    purchase_country: 'GB', purchase_currency: 'GBP', order_amount: 9998,
    order_lines: [{ name: 'T-shirt', quantity: 2, unit_price: 49.99, total_amount: 9998 }],
  });
  const shown = {
    error_code: 'BAD_VALUE', path: 'order_lines[0].unit_price', rule: 'integer',
    message: 'Bad value: order_lines[0].unit_price must be a whole number in minor units, got 49.99 (did you mean 4999?)',
    expected: 4999, actual: 49.99,
  };
  assert.deepEqual(report, { valid: false, errors: [shown], warnings: [] });
  for (const file of ['README.md', 'pkg/README.md']) {
    const text = readFileSync(join(root, file), 'utf8');
    assert.ok(text.includes(shown.message), `${file} shows another message`);
  }
});
