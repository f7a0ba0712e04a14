// After the purchase, through the built package: checkAgainstOrder on every call of
// tests/state/calls.json (Klarna's rule, code and sentence, as tests/order_state.rs checks in
// Rust), the idempotency ledger, Order Management codes in parseKlarnaError and toKlarnaError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as k from '../../pkg/node.mjs';
import * as lean from '../../pkg/validate.mjs';
import { root } from './support.mjs';

const { now, calls } = JSON.parse(readFileSync(join(root, 'tests/state/calls.json'), 'utf8'));

test(`checkAgainstOrder: ${calls.length} calls refused in Klarna's words, or allowed`, () => {
  for (const call of calls) {
    const report = k.checkAgainstOrder(call.kind, call.body, call.order, { now, captureId: call.capture_id });
    const found = [...report.errors, ...report.warnings].map(({ rule, error_code, path, message }) => ({ rule, error_code, path, message }));
    assert.deepEqual(found, call.refused ? [call.refused] : [], call.what);
    // The same with a Date for now, and the body and order as JSON text.
    assert.deepEqual(k.checkAgainstOrder(call.kind, JSON.stringify(call.body), JSON.stringify(call.order), { now: new Date(now), captureId: call.capture_id }), report, call.what);
  }
});

test('checkAgainstOrder refuses what is not an Order Management call or not an order', () => {
  const order = calls[0].order;
  for (const kind of ['session', 'order', 'hpp_session', 'nope', undefined]) {
    assert.throws(() => k.checkAgainstOrder(kind, {}, order), TypeError, String(kind));
  }
  for (const notAnOrder of [null, 5, 'x', [], undefined]) {
    assert.throws(() => k.checkAgainstOrder('capture', { captured_amount: 1 }, notAnOrder), TypeError);
  }
  assert.equal(k.checkAgainstOrder('capture', '{"captured_amount": ', order).errors[0].rule, 'json_syntax');
  assert.equal(lean.checkAgainstOrder, undefined, 'klarna-precheck/validate stays the validator alone');
});

test('a refusal becomes the ErrorV2 body Klarna sends, and parseKlarnaError knows every Order Management code', () => {
  const refused = calls.find((c) => c.refused && c.refused.rule === 'capture_exceeds_authorization');
  const body = k.toKlarnaError(k.checkAgainstOrder('capture', refused.body, refused.order, { now }));
  assert.equal(body.error_code, 'CAPTURE_NOT_ALLOWED');
  assert.deepEqual(body.error_messages, ['Captured amount is higher than the remaining authorized amount. Capture not possible.']);
  const cases = [
    ['CAPTURE_NOT_ALLOWED', 403, 'check_order_state', false], ['REFUND_NOT_ALLOWED', 403, 'check_order_state', false],
    ['CANCEL_NOT_ALLOWED', 403, 'refund_instead', false], ['NOT_ALLOWED', 403, 'check_order_state', false],
    ['NO_SUCH_ORDER', 404, 'check_order_id', false], ['NO_SUCH_CAPTURE', 404, 'check_order_id', false],
    ['UNPROCESSABLE_ENTITY', 422, 'fix_payload', false], ['INVALID_ADDRESS', 422, 'fix_payload', false],
    ['CONFLICT', 409, 'retry_later', true], ['TOO_MANY_REQUESTS', 429, 'retry_later', true],
    ['TEMPORARILY_UNAVAILABLE', 503, 'retry_later', true], ['UNEXPECTED_ERROR', 500, 'retry_later', true],
  ];
  for (const [code, status, action, retryable] of cases) {
    const e = k.parseKlarnaError({ error_code: code, error_messages: ['x'], correlation_id: 'c' });
    assert.deepEqual([e.http_status, e.action, e.retryable], [status, action, retryable], code);
  }
  const size = k.parseKlarnaError({ error_code: 'UNPROCESSABLE_ENTITY', error_messages: ['The size of the `shipping_info/shipping_company` value must be between 0 and 100'] }, 422);
  assert.equal(size.action, 'fix_payload');
});

test('the idempotency ledger: the same call again is fine, another body under the same key is a warning', () => {
  let t = Date.UTC(2026, 11, 1);
  const ledger = k.createIdempotencyLedger({ now: () => t });
  const key = ledger.newKey();
  assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(ledger.use(key, { captured_amount: 5000, reference: 'SHIP-1' }).warnings, []);
  t += 60_000;
  assert.deepEqual(ledger.use(key, { reference: 'SHIP-1', captured_amount: 5000 }).warnings, [], 'member order does not matter');
  const reused = ledger.use(key, JSON.stringify({ captured_amount: 4000, reference: 'SHIP-1' }));
  assert.equal(reused.valid, true);
  assert.equal(reused.warnings[0].rule, 'idempotency_key_reused');
  assert.match(reused.warnings[0].message, /^Klarna-Idempotency-Key was used 1 minute ago with another body/);
  t += 24 * 3_600_000;
  assert.deepEqual(ledger.use(key, { captured_amount: 4000 }).warnings, [], 'after 24 hours the key starts afresh');
  t += 60_000;
  assert.equal(ledger.use(key, { captured_amount: 1 }).warnings.length, 1, 'and the new body is its first');
  ledger.forget(key);
  assert.deepEqual(ledger.use(key, { captured_amount: 2 }).warnings, []);
  assert.throws(() => ledger.use(5, {}), TypeError);
});

test("the README's worked example, from the order to its final refund, runs against klarna-precheck/mock", async () => {
  const { createKlarnaMock } = await import('../../pkg/mock.mjs');
  // The README's code block, run as it is printed: its import line becomes the arguments.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = readme.split('A worked example, from the order to its final refund')[1].split('```js\n')[1].split('```')[0];
  const [importLine, ...rest] = block.split('\n');
  const names = importLine.match(/\{([^}]*)\}/)[1].split(',').map((n) => n.trim());
  const AsyncFunction = (async () => {}).constructor;
  const example = new AsyncFunction('fetch', 'orderId', 'username', 'password', ...names, rest.join('\n'));

  const mock = createKlarnaMock({ credentials: { username: 'PK_1', password: 'secret' } });
  const auth = { authorization: `Basic ${btoa('PK_1:secret')}`, 'content-type': 'application/json' };
  const cart = {
    purchase_country: 'SE', purchase_currency: 'SEK', locale: 'sv-SE', order_amount: 35000, order_tax_amount: 4849,
    order_lines: [
      { reference: 'K-1', name: 'Kaffe', quantity: 2, unit_price: 10000, tax_rate: 2500, total_amount: 20000, total_tax_amount: 4000 },
      { reference: 'B-7', name: 'Bok', quantity: 1, unit_price: 15000, tax_rate: 600, total_amount: 15000, total_tax_amount: 849 },
    ],
  };
  const session = await (await mock.fetch('https://api.klarna.com/payments/v1/sessions', { method: 'POST', headers: auth, body: JSON.stringify(cart) })).json();
  const { authorization_token } = mock.authorize(session.session_id);
  const created = await mock.fetch(`https://api.klarna.com/payments/v1/authorizations/${authorization_token}/order`, { method: 'POST', headers: auth, body: JSON.stringify(cart) });
  assert.equal(created.status, 200);
  const { order_id } = await created.json();

  await example(mock.fetch, order_id, 'PK_1', 'secret', k.buildCapture, k.buildRefund, k.checkAgainstOrder, k.createIdempotencyLedger, k.parseKlarnaError);
  const [order] = mock.orders;
  assert.equal(order.status, 'CAPTURED');
  assert.equal(order.captured_amount, 35000);
  assert.equal(order.refunded_amount, 35000);
  assert.equal(order.captures.length, 2);
  assert.equal(order.refunds.length, 2);
  // Each line's captured parts add up exactly to the order line.
  const k1 = order.captures.flatMap((c) => c.order_lines).filter((l) => l.reference === 'K-1');
  assert.deepEqual([k1.reduce((s, l) => s + l.total_amount, 0), k1.reduce((s, l) => s + l.total_tax_amount, 0)], [20000, 4000]);
  // Every call went through with no finding.
  for (const r of mock.requests) assert.ok(r.status < 300 && (!r.findings || r.findings.errors.length === 0), `${r.method} ${r.url} ${r.status}`);
});
