// Builders and flow helpers through the built package (ESM and CJS): the JS skin adds only
// argument conversion and error classes; the numbers come from Rust.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as esm from '../../pkg/node.mjs';

const cjs = createRequire(import.meta.url)('../../pkg/node.cjs');

const checkout = {
  purchase_country: 'SE',
  lines: [
    { name: 'Kaffe', quantity: 2, unit_price: 5000, tax_rate: 1200 },
    { name: 'Bok', unit_price: 20000, tax_percent: '6' },
  ],
  shipping: { amount: 4900, tax_rate: 2500 },
  discounts: [{ name: 'Rabatt', amount: 3000 }],
  gift_cards: [{ name: 'Presentkort', amount: 1000 }],
  billing_address: { given_name: 'Örjan', family_name: 'Åström', postal_code: '123 45', city: 'Stockholm', country: 'SE' },
  merchant_urls: { confirmation: 'https://shop.example/thanks?sid={session.id}' },
};

for (const [name, k] of [['ESM', esm], ['CJS', cjs]]) {
  test(`${name}: buildOrder does the math and its output validates`, () => {
    const order = k.buildOrder(checkout);
    assert.equal(order.purchase_currency, 'SEK'); // from the market table
    assert.equal(order.locale, 'sv-SE');
    const sum = (f) => order.order_lines.reduce((a, l) => a + l[f], 0);
    assert.equal(order.order_amount, sum('total_amount'));
    assert.equal(order.order_tax_amount, sum('total_tax_amount'));
    // The 3000 discount is split over the goods' rates (10000 at 12%, 20000 at 6%): 1000 + 2000.
    const discounts = order.order_lines.filter((l) => l.type === 'discount').map((l) => [l.tax_rate, l.total_amount]);
    assert.deepEqual(discounts, [[1200, -1000], [600, -2000]]);
    assert.equal(order.order_amount, 10000 + 20000 + 4900 - 3000 - 1000);
    assert.deepEqual(k.validate('order', order).errors, []);
    assert.deepEqual(k.validate('session', k.buildSession({ ...checkout, intent: 'buy' })).errors, []);
  });

  test(`${name}: orderLine applies Klarna's formula`, () => {
    assert.equal(k.orderLine({ name: 'x', unit_price: 5000, tax_rate: 1000 }).total_tax_amount, 455);
    assert.equal(k.orderLine({ name: 'x', unit_price: 14950, tax_rate: 2500, type: 'discount' }).total_tax_amount, -2990);
    assert.equal(k.orderLine({ name: 'x', unit_price: 10000, tax_percent: '6.625' }).tax_rate, 663);
  });

  test(`${name}: impossible input throws KlarnaBuildError with a path, never echoing the input`, () => {
    const refused = (fn, check) => assert.throws(fn, (e) => e instanceof k.KlarnaBuildError && e instanceof Error && check(e));
    refused(() => k.orderLine({ name: 'x', unit_price: 100, quantity: 1.5 }), (e) => e.kind === 'input' && e.path === 'quantity');
    refused(() => k.orderLine({ name: 'x', unit_price: -100 }), (e) => e.path === 'unit_price');
    refused(() => k.orderLine({ name: 'x', unit_price: 100, tax_rate: 10001 }), (e) => e.path === 'tax_rate');
    refused(() => k.buildOrder({ purchase_country: 'SE', lines: [{ name: 'x', unit_price: 'jane@example.com' }] }),
      (e) => e.path === 'lines[0].unit_price' && !e.message.includes('jane'));
    refused(() => k.buildOrder({ purchase_country: 'SE', purchase_currency: 'EUR', lines: [{ name: 'x', unit_price: 100 }] }),
      (e) => e.kind === 'invalid' && e.report.errors[0].rule === 'market_currency');
    refused(() => k.buildOrder({ ...checkout, nmae: 'typo' }), (e) => e.kind === 'input' && /unknown field `nmae`/.test(e.message));
    // An escaped quote inside the value must not let the rest of it through (review finding).
    refused(() => k.orderLine({ name: 'x', unit_price: 'a"Jane Doe, jane@x.com' }), (e) => !/Jane|jane/.test(e.message));
    refused(() => k.orderLine({ name: 'x', quantity: 1e18, unit_price: 0 }), (e) => e.path === 'quantity' && /safe integer/.test(e.message));
    refused(() => k.splitDiscount(100, [{ tax_rate: 1e18, amount: 5 }]), (e) => e.path === 'weights[0].tax_rate');
    // Negative amounts split as their opposite; negative weights are refused (issue 12, item 8).
    assert.deepEqual(k.splitDiscount(-1000, [{ tax_rate: 2500, amount: 6000 }, { tax_rate: 1200, amount: 4000 }]),
      [{ tax_rate: 2500, amount: -600 }, { tax_rate: 1200, amount: -400 }]);
    refused(() => k.splitDiscount(1000, [{ tax_rate: 2500, amount: 6000 }, { tax_rate: 1200, amount: -4000 }]), (e) => e.path === 'weights[1].amount');
  });

  test(`${name}: the US convention and the token kinds`, () => {
    const us = k.buildOrder({ purchase_country: 'US', lines: [{ name: 'Shoes', unit_price: 10000 }, { name: 'Socks', quantity: 3, unit_price: 500 }],
      us_sales_tax: { tax_percent: '8.25' }, billing_address: { country: 'US', region: 'CA' } });
    assert.deepEqual([us.order_tax_amount, us.order_amount, us.order_lines.at(-1).type], [949, 12449, 'sales_tax']);
    assert.deepEqual(k.validate('order', us).errors, []);
    const token = k.buildCustomerToken({ purchase_country: 'US', description: 'Coffee subscription' });
    assert.deepEqual([token.intended_use, token.locale, k.validate('customer_token', token).valid], ['SUBSCRIPTION', 'en-US', true]);
    const sub = { name: 'Coffee', interval: 'MONTH', interval_count: 1 };
    const tokenOrder = k.buildTokenOrder({ purchase_currency: 'USD', lines: [{ name: 'Coffee', unit_price: 1500 }], subscription: sub,
      merchant_urls: { confirmation: 'https://shop.example/thanks' } });
    assert.deepEqual(tokenOrder.order_lines[0].subscription, sub);
    assert.deepEqual(k.validate('token_order', tokenOrder), { valid: true, errors: [], warnings: [] });
    assert.deepEqual(k.buildTokenStatus(), { status: 'CANCELLED' });
  });

  test(`${name}: money helpers are exact`, () => {
    assert.equal(k.toMinorUnits('49.99', 'EUR'), 4999);
    assert.equal(k.toMinorUnits(49.99, 'EUR'), 4999);
    assert.equal(k.toMinorUnits(19.9, 'sek'), 1990);
    assert.equal(k.toMinorUnits('500', 'JPY'), 500);
    assert.equal(k.fromMinorUnits(4999, 'EUR'), '49.99');
    assert.equal(k.fromMinorUnits(-50, 'SEK'), '-0.50');
    assert.throws(() => k.toMinorUnits(0.1 + 0.2, 'EUR'), RangeError);
    assert.throws(() => k.toMinorUnits('1,5', 'EUR'), RangeError);
    assert.throws(() => k.fromMinorUnits(1.5, 'EUR'), RangeError);
    assert.deepEqual(k.splitDiscount(100, [{ tax_rate: 2500, amount: 1 }, { tax_rate: 1200, amount: 1 }, { tax_rate: 600, amount: 1 }]),
      [{ tax_rate: 2500, amount: 34 }, { tax_rate: 1200, amount: 33 }, { tax_rate: 600, amount: 33 }]);
  });

  test(`${name}: compareWithAuthorization speaks Klarna's message`, () => {
    const authorized = k.buildOrder(checkout);
    assert.equal(k.compareWithAuthorization(authorized, structuredClone(authorized)).matching, true);
    const stripped = structuredClone(authorized);
    stripped.billing_address.postal_code = '12345';
    assert.equal(k.compareWithAuthorization(authorized, stripped).klarna_message, 'Not matching fields: [billing_address.postal_code]');
    const grown = k.buildOrder({ ...checkout, lines: [...checkout.lines, { name: 'Kaka', unit_price: 2500, tax_rate: 1200 }] });
    assert.match(k.compareWithAuthorization(authorized, grown).klarna_message, /Incorrect number of items in the cart\. Expected: \d+, Actual: \d+/);
    const company = structuredClone(authorized);
    company.billing_address.organization_name = 'Acme AB';
    assert.deepEqual(k.compareWithAuthorization(authorized, company).mismatches.map((m) => [m.path, m.change]), [['billing_address.organization_name', 'added']]);
    assert.throws(() => k.compareWithAuthorization('{', authorized), TypeError);
  });

  test(`${name}: windows, intents, idempotency keys`, () => {
    const t0 = Date.UTC(2026, 10, 22, 12, 0);
    assert.deepEqual(k.authorizationWindow(new Date(t0), t0 + 45 * 60_000), { open: true, remaining_ms: 15 * 60_000, expires_at_ms: t0 + 3_600_000 });
    assert.equal(k.authorizationWindow(t0, t0 + 61 * 60_000).open, false);
    assert.equal(k.sessionWindow(t0, t0 + 47 * 3_600_000).open, true);
    assert.deepEqual(k.allowedCalls('buy_and_tokenize'), ['create_order', 'create_customer_token', 'token_order']);
    assert.equal(k.checkIntent('tokenize', 'create_customer_token'), null);
    assert.deepEqual(k.checkIntent('buy', 'create_customer_token'), { error_code: 'INVALID_OPERATION', message: 'Not allowed to create customer tokens for intent buy.' });
    assert.throws(() => k.checkIntent('subscribe', 'token_order'), TypeError);
    const key = k.newIdempotencyKey();
    assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(k.newIdempotencyKey(), key);
  });

  test(`${name}: responses and errors are read into typed values`, () => {
    assert.deepEqual(k.parseOrderResponse({ order_id: '3eae', redirect_url: 'https://payments.klarna.com/redirect/x', fraud_status: 'ACCEPTED', authorized_payment_method: 'invoice' }),
      { order_id: '3eae', redirect_url: 'https://payments.klarna.com/redirect/x', fraud_status: 'ACCEPTED', authorized_payment_method: { type: 'invoice' }, capture_allowed: true });
    assert.equal(k.parseOrderResponse('{"order_id":"a","fraud_status":"PENDING"}').capture_allowed, false);
    assert.throws(() => k.parseOrderResponse({ fraud_status: 'ACCEPTED' }), (e) => e instanceof k.KlarnaBuildError && /order_id/.test(e.message));
    assert.equal(k.parseTokenCreationResponse({ token_id: '0b1d', redirect_url: 'https://x' }).token_id, '0b1d');
    assert.equal(k.parseCustomerTokenResponse({ payment_method_type: 'INVOICE', status: 'ACTIVE' }).status, 'ACTIVE');
    const cases = [
      [{ error_code: 'NOT_FOUND', error_messages: ['Invalid authorization token'] }, undefined, 'reauthorize', false, 404],
      [{ error_code: 'BAD_VALUE', error_messages: ['Not matching fields: [billing_address.postal_code]'] }, 400, 'reauthorize', false, 400],
      [{ error_code: 'BAD_VALUE', error_messages: ['Bad value: purchase_country'] }, 400, 'fix_payload', false, 400],
      [{ error_code: 'INVALID_OPERATION', error_messages: ['Not allowed to create customer tokens for intent buy.'] }, 403, 'change_intent', false, 403],
      [{ error_code: 'TOKEN_CANCELED' }, 403, 'create_new_token', false, 403],
      [{ error_code: 'SERVICE_UNAVAILABLE' }, 503, 'retry_later', true, 503],
      ['<html>502 Bad Gateway</html>', 502, 'retry_later', true, 502],
    ];
    for (const [body, status, action, retryable, http] of cases) {
      const e = k.parseKlarnaError(body, status);
      assert.deepEqual([e.action, e.retryable, e.http_status], [action, retryable, http], JSON.stringify(body));
    }
    assert.deepEqual(k.parseKlarnaError({ error_code: 'BAD_VALUE', error_messages: ['Not matching fields: [billing_address.postal_code]'] }).paths, ['billing_address.postal_code']);
    assert.equal(k.parseKlarnaError('{}', 70000).http_status, null); // not an HTTP status: ignored, not wrapped to 4464
  });
}
