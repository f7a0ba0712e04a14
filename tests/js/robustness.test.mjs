// Whatever a shop's code hands over, validate answers with a report, never throws, never
// mutates its input, and the wasm instance keeps working. ROBUST_CASES raises the count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k from '../../pkg/node.mjs';
import { createRequire } from 'node:module';
import { cases, seededRandom } from './support.mjs';

// The CommonJS glue: the instance both Node entries share.
const glue = createRequire(import.meta.url)('../../pkg/dist/node.cjs');

const COUNT = Number(process.env.ROBUST_CASES ?? 1500);

const KEYS = ['purchase_country', 'purchase_currency', 'locale', 'order_amount', 'order_tax_amount', 'order_lines', 'name', 'quantity',
  'unit_price', 'total_amount', 'tax_rate', 'total_tax_amount', 'type', 'billing_address', 'country', 'region', 'email', 'merchant_urls',
  'confirmation', 'status', 'lines', 'discounts', 'amount', '__proto__', 'constructor', 'toJSON', 'x'];

class Cart { constructor() { this.purchase_country = 'SE'; } }

/** Arbitrary JS values: everything JSON has, and everything it does not. */
function arbitrary(rng, depth = 0) {
  const pick = (xs) => xs[Math.floor(rng() * xs.length)];
  const leaves = [
    () => undefined, () => null, () => true, () => NaN, () => Infinity, () => -Infinity, () => -0, () => 1.5, () => 2 ** 53 + 2,
    () => -(2 ** 63), () => 1e308, () => Math.floor(rng() * 1e6), () => 10n ** 30n, () => Symbol('s'), () => function f() {},
    () => 'SE', () => '', () => 'Åsa', () => '\ud800x', () => 'x'.repeat(100_000), () => new Date(0), () => new Map([[1, 2]]),
    () => new Set([1]), () => new Cart(), () => new Uint8Array(3), () => /re/g, () => new Error('e'), () => Object.create(null),
  ];
  if (depth > 4 || rng() < 0.4) return pick(leaves)();
  if (rng() < 0.3) return Array.from({ length: Math.floor(rng() * 5) }, () => arbitrary(rng, depth + 1));
  const o = rng() < 0.1 ? Object.create(null) : {};
  for (let i = Math.floor(rng() * 6); i > 0; i--) {
    const key = pick(KEYS);
    const r = rng();
    if (r < 0.08) Object.defineProperty(o, key, { enumerable: true, configurable: true, get() { throw new Error('getter'); } });
    else if (r < 0.12 && key === 'toJSON') o.toJSON = () => arbitrary(rng, depth + 1);
    else Object.defineProperty(o, key, { enumerable: true, configurable: true, writable: true, value: arbitrary(rng, depth + 1) });
  }
  if (rng() < 0.05) o.self = o;
  return rng() < 0.1 ? Object.freeze(o) : o;
}

/** A comparable picture of a value, reading descriptors (never calling getters), cycle-safe. */
function fingerprint(value, seen = new Map()) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return typeof value === 'symbol' ? `symbol:${value.description}` : `${typeof value}:${Object.is(value, -0) ? '-0' : String(value)}`;
  }
  if (value === null) return 'null';
  if (seen.has(value)) return `#${seen.get(value)}`;
  seen.set(value, seen.size);
  const parts = [];
  for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    parts.push(`${key}=${'value' in d ? fingerprint(d.value, seen) : 'getter'}`);
  }
  return `${Object.prototype.toString.call(value)}{${parts.join(',')}}`;
}

const good = cases.find((c) => c.name === 'order-valid-gb').payload;
const alive = () => assert.equal(k.validate('order', good).valid, true, 'the wasm instance stopped working');

test(`validate: ${COUNT} arbitrary JS values give reports, never throw, never mutate, the instance survives`, () => {
  const rng = seededRandom(7);
  for (let i = 0; i < COUNT; i++) {
    const value = arbitrary(rng);
    const before = fingerprint(value);
    for (const kind of k.PAYLOAD_KINDS) {
      const report = k.validate(kind, value);
      assert.equal(typeof report.valid, 'boolean');
      assert.equal(report.valid, report.errors.length === 0);
      assert.ok(Array.isArray(report.warnings));
    }
    assert.equal(fingerprint(value), before, `input ${i} was mutated`);
    if (i % 100 === 0) alive();
  }
  alive();
});

const order = { order_id: '0b1d9815-165e-42e2-8867-35bc03789e00', status: 'PART_CAPTURED', order_amount: 10000, captured_amount: 5000, refunded_amount: 0,
  remaining_authorized_amount: 5000, captures: [{ capture_id: 'c1', captured_amount: 5000, order_lines: [] }],
  order_lines: [{ reference: 'K-1', name: 'Kaffe', quantity: 2, unit_price: 5000, tax_rate: 2500, total_amount: 10000, total_tax_amount: 2000 }] };
const ledger = k.createIdempotencyLedger();

test('builders, flow helpers and money helpers fail only with typed errors on arbitrary input', () => {
  const rng = seededRandom(11);
  const typed = (e) => e instanceof k.KlarnaBuildError || e instanceof TypeError || e instanceof RangeError;
  const calls = [
    (v) => k.buildOrder(v), (v) => k.buildSession(v), (v) => k.buildTokenOrder(v), (v) => k.buildCustomerToken(v), (v) => k.orderLine(v),
    (v) => k.compareWithAuthorization(v, good), (v) => k.parseOrderResponse(v), (v) => k.parseKlarnaError(v, 500),
    (v) => k.toMinorUnits(v, 'EUR'), (v) => k.fromMinorUnits(v, 'SEK'), (v) => k.splitDiscount(100, v), (v) => k.locatePath(v, 'a'),
    (v) => k.authorizationWindow(v), (v) => k.toKlarnaError(v),
    // Every string parameter, given anything at all.
    (v) => k.validate(v, good), (v) => k.toMinorUnits('1.00', v), (v) => k.fromMinorUnits(100, v), (v) => k.allowedCalls(v),
    (v) => k.checkIntent(v, 'token_order'), (v) => k.checkIntent('buy', v), (v) => k.locatePath('{}', v), (v) => k.sessionWindow(v, v),
    // Extra merchant data and the order's whole life.
    (v) => k.buildAttachment(v), (v) => k.buildSessionUpdate(v), (v) => k.validate('session_update', good, { segment: v }),
    (v) => k.buildCapture(order, v), (v) => k.buildCapture(v, { amount: 100 }), (v) => k.buildRefund(order, v), (v) => k.buildRefund(v, v),
    (v) => k.buildUpdateAuthorization(order, v), (v) => k.buildUpdateAuthorization(v, { lines: [] }),
    (v) => k.checkAgainstOrder('capture', v, order), (v) => k.checkAgainstOrder('refund', {}, v), (v) => k.checkAgainstOrder(v, {}, order),
    (v) => k.checkAgainstOrder('shipping_info', v, order, { captureId: v, now: v }), (v) => ledger.use(v, v), (v) => ledger.use('key', v),
  ];
  for (let i = 0; i < COUNT / 3; i++) {
    const value = arbitrary(rng);
    for (const call of calls) {
      try {
        call(value);
      } catch (e) {
        assert.ok(typed(e), `untyped error from ${call}: ${e}`);
      }
    }
    if (i % 50 === 0) alive();
  }
  alive();
});

test('bounded: 10 MB strings, 100 000-line carts and 1000-deep nesting get reports; memory settles', () => {
  const big = k.validate('order', { ...good, merchant_data: 'x'.repeat(10_000_000) });
  assert.deepEqual(big.errors.map((e) => e.rule), ['max_length']);
  const lines = Array(100_000).fill(good.order_lines[0]);
  // Past the default 16 MiB: refused before it reaches wasm memory, unless the limit is raised.
  assert.throws(() => k.validate('order', { ...good, order_lines: lines }), (e) => e instanceof RangeError && /16777216-byte limit/.test(e.message));
  const huge = k.validate('order', { ...good, order_lines: lines }, { maxBytes: 64 * 1024 * 1024 });
  assert.equal(huge.errors.filter((e) => e.rule === 'max_items').length, 1);
  const deep = JSON.parse(`${'['.repeat(1000)}${']'.repeat(1000)}`);
  assert.equal(k.validate('order', deep).errors[0].rule, 'json_syntax');

  // Linear, not quadratic: 10x the text takes well under 100x the time (a loose bound; this is
  // a complexity check, not a speed test).
  const time = (n) => {
    const text = JSON.stringify({ ...good, merchant_data: 'x'.repeat(n) });
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) k.validate('order', text);
    return performance.now() - t0;
  };
  time(100_000);
  const ratio = time(5_000_000) / time(500_000);
  assert.ok(ratio < 40, `10x the input took ${ratio.toFixed(1)}x the time`);

  // Repeated calls do not grow the wasm memory: after warming up, it stays put.
  const small = cases.find((c) => c.name === 'order-tax-gross-percentage').payload;
  for (let i = 0; i < 2000; i++) k.validate('order', small);
  const settled = glue.__memoryBytes();
  for (let i = 0; i < Number(process.env.ROBUST_CALLS ?? 20_000); i++) k.validate('order', small);
  assert.equal(glue.__memoryBytes(), settled, 'wasm memory grew during repeated calls');
});

test('klarna-precheck/mock answers arbitrary bodies on every endpoint with an HTTP answer, never a throw', async () => {
  const { createKlarnaMock } = await import('../../pkg/mock.mjs');
  const rng = seededRandom(13);
  const mock = createKlarnaMock();
  const headers = { authorization: `Basic ${btoa('a:b')}` };
  const paths = ['/payments/v1/sessions', '/payments/v1/sessions/x', '/payments/v1/authorizations/x/order', '/payments/v1/authorizations/x/customer-token',
    '/customer-token/v1/tokens/x/order', '/ordermanagement/v1/orders/0b1d9815-165e-42e2-8867-35bc03789e00/captures', '/ordermanagement/v1/orders/x/refunds',
    '/hpp/v1/sessions', '/nowhere'];
  for (let i = 0; i < Math.min(COUNT, 300); i++) {
    const value = arbitrary(rng);
    let body;
    try {
      body = typeof value === 'string' ? value : JSON.stringify(value);
    } catch {
      body = String(i);
    }
    for (const path of paths) {
      const res = await mock.fetch(`https://api.klarna.com${path}`, { method: i % 3 ? 'POST' : 'PATCH', headers, body });
      assert.ok(res.status >= 200 && res.status < 600, `${path}: ${res.status}`);
    }
    assert.throws(() => mock.authorize(value), (e) => e instanceof Error);
  }
  alive();
});
