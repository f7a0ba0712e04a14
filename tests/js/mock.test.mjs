// klarna-precheck/mock, through the built package: the README's examples (run from the README
// itself), every endpoint with Klarna's status codes, headers and ErrorV2 bodies, Basic auth,
// every Klarna host, the lifetimes on a moved clock, idempotency, strict mode, the request log,
// reset(), listen() from Node's fetch, seeded ids, and the validate entries never loading it.
// The recorded traffic replayed through the mock is tests/js/mock-replay.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { createKlarnaMock, KLARNA_HOSTS, ready } from '../../pkg/mock.mjs';
import { out, root } from './support.mjs';

// MSW 3 calls Promise.withResolvers (Node >= 22.12); `make test` also runs on Node 20.
function withResolvers() {
  let resolve, reject;
  const promise = new this((a, b) => { resolve = a; reject = b; });
  return { promise, resolve, reject };
}
Promise.withResolvers ??= withResolvers;
const WITH_RESOLVERS = `Promise.withResolvers ??= ${withResolvers};\n`;

const require = createRequire(import.meta.url);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-12-01T09:00:00Z');
const USER = 'PK12345_playground';
const PASSWORD = 's3cret';
const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

const cart = {
  purchase_country: 'SE', purchase_currency: 'SEK', locale: 'sv-SE',
  order_amount: 10000, order_tax_amount: 2000,
  order_lines: [{ type: 'physical', reference: '123050', name: 'Tomatoes', quantity: 10, quantity_unit: 'kg',
    unit_price: 1000, tax_rate: 2500, total_amount: 10000, total_tax_amount: 2000 }],
};
const billing_address = { given_name: 'Testperson-se', family_name: 'Approved', email: 'customer@email.se',
  street_address: 'Stårgatan 1', postal_code: '123 45', city: 'Ankeborg', phone: '+46765260000', country: 'SE' };

/** A mock on a clock the test moves, and helpers that call it as a server would. */
function setup(options = {}) {
  const clock = { now: START };
  const mock = createKlarnaMock({ now: () => clock.now, seed: 7, credentials: { username: USER, password: PASSWORD }, ...options });
  const host = options.host ?? 'https://api.playground.klarna.com';
  async function call(method, path, body, headers = {}) {
    const init = { method, headers: { Authorization: basic(USER, PASSWORD), 'Content-Type': 'application/json', ...headers } };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const response = await mock.fetch(`${host}${path}`, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null, text };
  }
  const ok = async (method, path, body, headers) => {
    const r = await call(method, path, body, headers);
    assert.ok(r.status >= 200 && r.status < 300, `${method} ${path}: ${r.status} ${r.text}`);
    return r;
  };
  async function session(body = cart) {
    return (await ok('POST', '/payments/v1/sessions', body)).body.session_id;
  }
  async function authorized(body = cart, outcome = { approve: true, data: { billing_address } }) {
    const session_id = await session(body);
    return { session_id, ...mock.authorize(session_id, outcome) };
  }
  async function order(body = cart) {
    const { authorization_token } = await authorized(body);
    return (await ok('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...body, billing_address })).body.order_id;
  }
  const om = (id, rest = '') => `/ordermanagement/v1/orders/${id}${rest}`;
  const read = async (id) => (await ok('GET', om(id))).body;
  return { mock, clock, call, ok, session, authorized, order, om, read };
}

/** Klarna's ErrorV2: the code and messages, and a correlation id that is also the header's. */
function klarnaError(r, status, error_code, error_messages) {
  assert.equal(r.status, status, r.text);
  assert.deepEqual(Object.keys(r.body).sort(), ['correlation_id', 'error_code', 'error_messages']);
  assert.equal(r.body.error_code, error_code);
  if (error_messages) assert.deepEqual(r.body.error_messages, error_messages);
  assert.match(r.body.correlation_id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(r.headers.get('Klarna-Correlation-Id'), r.body.correlation_id);
  assert.equal(r.headers.get('Content-Type'), 'application/json');
}

// ---------------------------------------------------------------------------------------------
// The README's examples, run from the README.

const README_SECTION = '## A local Klarna for test suites (klarna-precheck/mock)';

test("the README's mock examples run as one node --test file (from the README, against the built package)", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(README_SECTION);
  assert.ok(start >= 0, `README.md has the section ${README_SECTION}`);
  const end = readme.indexOf('\n## ', start + README_SECTION.length);
  assert.equal(readme.slice(end + 1, end + 1 + '## The demo page'.length), '## The demo page', 'the section comes right before "## The demo page"');
  const blocks = [...readme.slice(start, end).matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  assert.equal(blocks.length, 3, 'the checkout flow, the MSW flow and the failure paths');
  const source = blocks.join('\n');
  for (const needle of ["from 'klarna-precheck/mock'", 'https://api.playground.klarna.com', 'Basic ', "from 'msw'", "from 'msw/node'", "from 'axios'", 'now +=']) {
    assert.ok(source.includes(needle), `the examples use ${needle}`);
  }
  // A project that installed the package: klarna-precheck resolves through pkg/'s "exports";
  // msw and axios come from the repository's devDependencies (node_modules above).
  const dir = join(out, 'readme-mock');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(join(root, 'pkg'), join(dir, 'node_modules', 'klarna-precheck'), 'dir');
  writeFileSync(join(dir, 'checkout.test.mjs'), source);
  writeFileSync(join(dir, 'with-resolvers.mjs'), WITH_RESOLVERS);
  // Its own test run, not a child of this one (node --test tells its children by NODE_TEST_CONTEXT).
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const run = spawnSync(process.execPath, ['--import', './with-resolvers.mjs', '--test', '--test-reporter=tap', 'checkout.test.mjs'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  const tests = source.match(/^test\(/gm).length;
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, new RegExp(`^# pass ${tests}$`, 'm'), run.stdout);
  assert.match(run.stdout, /^# fail 0$/m, run.stdout);
});

// ---------------------------------------------------------------------------------------------
// Payments.

test('Payments: create (200), read (200, status and expires_at), update (204) a session; authorize completes it', async () => {
  const { mock, ok, call } = setup();
  const created = await ok('POST', '/payments/v1/sessions', cart);
  assert.equal(created.status, 200);
  const { session_id, client_token, payment_method_categories } = created.body;
  assert.match(session_id, /^[0-9a-f-]{36}$/);
  assert.equal(typeof client_token, 'string');
  assert.ok(Array.isArray(payment_method_categories) && payment_method_categories.length > 0);

  let read = await ok('GET', `/payments/v1/sessions/${session_id}`);
  assert.equal(read.status, 200);
  assert.equal(read.body.status, 'incomplete');
  assert.equal(read.body.client_token, client_token);
  assert.equal(read.body.expires_at, new Date(START + 48 * HOUR).toISOString());
  assert.equal(read.body.order_amount, 10000);

  // An update with only the amounts and lines (Klarna's "update the cart"): 204, no body.
  const twice = { ...cart.order_lines[0], quantity: 20, total_amount: 20000, total_tax_amount: 4000 };
  const updated = await call('POST', `/payments/v1/sessions/${session_id}`, { order_amount: 20000, order_tax_amount: 4000, order_lines: [twice] });
  assert.equal(updated.status, 204);
  assert.equal(updated.text, '');
  read = await ok('GET', `/payments/v1/sessions/${session_id}`);
  assert.equal(read.body.order_amount, 20000);
  assert.equal(read.body.order_lines[0].quantity, 20);
  assert.equal(read.body.purchase_country, 'SE');

  const { approved, authorization_token, show_form } = mock.authorize(session_id, { approve: true, data: { billing_address } });
  assert.equal(approved, true);
  assert.equal(show_form, true);
  assert.match(authorization_token, /^[0-9a-f-]{36}$/);
  assert.equal((await ok('GET', `/payments/v1/sessions/${session_id}`)).body.status, 'complete');

  klarnaError(await call('GET', '/payments/v1/sessions/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
  klarnaError(await call('POST', '/payments/v1/sessions/00000000-0000-4000-8000-000000000000', {}), 404, 'NOT_FOUND');
});

test('Payments: create order (200) with what was authorized; the order is readable in Order Management', async () => {
  const { mock, ok, authorized, read } = setup();
  const { authorization_token } = await authorized();
  const placed = await ok('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address });
  assert.equal(placed.status, 200);
  const { order_id, fraud_status, redirect_url, authorized_payment_method } = placed.body;
  assert.equal(fraud_status, 'ACCEPTED');
  assert.equal(typeof redirect_url, 'string');
  assert.ok(authorized_payment_method);
  const order = await read(order_id);
  assert.equal(order.order_id, order_id);
  assert.equal(order.status, 'AUTHORIZED');
  assert.deepEqual([order.order_amount, order.captured_amount, order.refunded_amount, order.remaining_authorized_amount], [10000, 0, 0, 10000]);
  assert.deepEqual(order.billing_address, billing_address);
  assert.deepEqual(order.order_lines, cart.order_lines);
  assert.equal(order.expires_at, new Date(START + 28 * DAY).toISOString());
  assert.deepEqual(mock.orders.map((o) => o.order_id), [order_id]);
});

test('Payments: authorize() with no data authorizes the session as it is (create-order with the session body: 200)', async () => {
  // AuthorizeOutcome.data is optional (mock.d.ts); the default outcome is { approve: true }.
  const { mock, call, session } = setup();
  for (const outcome of [undefined, { approve: true }]) {
    const session_id = await session();
    const { authorization_token } = mock.authorize(session_id, outcome);
    const placed = await call('POST', `/payments/v1/authorizations/${authorization_token}/order`, cart);
    assert.equal(placed.status, 200, `authorize(id, ${JSON.stringify(outcome)}), then create-order with the session's body: ${placed.text}`);
  }
});

test('Payments: Not matching fields, as Klarna words them (a changed postcode, a cart that grew)', async () => {
  const { call, authorized } = setup();
  let { authorization_token } = await authorized();
  const stripped = { ...billing_address, postal_code: '12345' };
  klarnaError(await call('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address: stripped }),
    400, 'BAD_VALUE', ['Not matching fields: [billing_address.postal_code]']);
  ({ authorization_token } = await authorized());
  const line = cart.order_lines[0];
  const grown = { ...cart, order_amount: 20000, order_tax_amount: 4000, order_lines: [line, line], billing_address };
  klarnaError(await call('POST', `/payments/v1/authorizations/${authorization_token}/order`, grown),
    400, 'BAD_VALUE', ['Not matching fields: [order_amount, order_tax_amount, Incorrect number of items in the cart. Expected: 1, Actual: 2]']);
});

test('Payments: cancel an authorization (DELETE, 204); the token then places no order', async () => {
  const { call, authorized } = setup();
  const { authorization_token } = await authorized();
  const cancelled = await call('DELETE', `/payments/v1/authorizations/${authorization_token}`);
  assert.equal(cancelled.status, 204);
  assert.equal(cancelled.text, '');
  klarnaError(await call('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address }), 404, 'NOT_FOUND', ['Invalid authorization token']);
  klarnaError(await call('DELETE', `/payments/v1/authorizations/${authorization_token}`), 404, 'NOT_FOUND', ['Invalid authorization token']);
});

test('Payments: one order per authorization token; create-order again answers the same order (idempotent per token)', async () => {
  const { mock, call, ok, authorized } = setup();
  const { authorization_token } = await authorized();
  const first = await ok('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address });
  const again = await ok('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address, merchant_reference1: 'retry' });
  assert.equal(again.body.order_id, first.body.order_id);
  klarnaError(await call('DELETE', `/payments/v1/authorizations/${authorization_token}`), 404, 'NOT_FOUND', ['Invalid authorization token']);
  assert.equal(mock.orders.length, 1);
});

test('Payments: a declined authorize() gives no token; a pending one gives an order on fraud review', async () => {
  const { mock, ok, session, read } = setup();
  assert.deepEqual(mock.authorize(await session(), { decline: true }), { approved: false, show_form: false });
  const { authorization_token } = mock.authorize(await session(), { pending: true, data: { billing_address } });
  const placed = await ok('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address });
  assert.equal(placed.body.fraud_status, 'PENDING');
  assert.equal((await read(placed.body.order_id)).fraud_status, 'PENDING');
  assert.throws(() => mock.authorize('00000000-0000-4000-8000-000000000000'), /authorize\(\)/);
});

test("Payments: the session's intent decides which calls its token allows (403 INVALID_OPERATION)", async () => {
  const { call, authorized } = setup();
  let { authorization_token } = await authorized();
  klarnaError(await call('POST', `/payments/v1/authorizations/${authorization_token}/customer-token`, { ...tokenBody, billing_address }),
    403, 'INVALID_OPERATION', ['Not allowed to create customer tokens for intent buy.']);
  ({ authorization_token } = await authorized({ ...cart, intent: 'tokenize' }));
  klarnaError(await call('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address }), 403, 'INVALID_OPERATION');
});

// ---------------------------------------------------------------------------------------------
// Customer tokens.

/** Klarna's documented create-customer-token body: no amounts, no lines (recorded 046). */
const tokenBody = { purchase_country: 'SE', purchase_currency: 'SEK', locale: 'sv-SE', description: 'Tomatoes every month', intended_use: 'SUBSCRIPTION' };

test('Customer Token: create a token (200 token_id) after a tokenize session, with the body Klarna documents', async () => {
  // Klarna's recurring flow: an intent tokenize session carries a cart (order_amount and
  // order_lines are required), the token request carries none (customer_token_creation_request
  // has no such fields), and Klarna answers 200 (recorded 046; collected 119, 128, 133).
  const { call, authorized } = setup();
  const { authorization_token } = await authorized({ ...cart, intent: 'tokenize' });
  const created = await call('POST', `/payments/v1/authorizations/${authorization_token}/customer-token`, { ...tokenBody, billing_address });
  assert.equal(created.status, 200, created.text);
  assert.match(created.body.token_id, /^[0-9a-f-]{36}$/);
});

test('Customer Token: read (200), order with it (200), cancel it (202); then TOKEN_CANCELED', async () => {
  const { call, ok, authorized, read } = setup();
  const session = { ...cart, intent: 'tokenize' };
  const { authorization_token } = await authorized(session);
  // The token body also carries the session's cart here, so that the token is created whether or
  // not the mock compares the cart (the test above); Klarna's own body has no cart.
  const created = await ok('POST', `/payments/v1/authorizations/${authorization_token}/customer-token`,
    { ...tokenBody, billing_address, order_amount: cart.order_amount, order_tax_amount: cart.order_tax_amount, order_lines: cart.order_lines });
  const { token_id } = created.body;
  let token = await ok('GET', `/customer-token/v1/tokens/${token_id}`);
  assert.equal(token.status, 200);
  assert.equal(token.body.status, 'ACTIVE');
  assert.equal(token.body.description, tokenBody.description);

  const charged = await ok('POST', `/customer-token/v1/tokens/${token_id}/order`, cart);
  assert.equal(charged.status, 200);
  assert.equal(charged.body.fraud_status, 'ACCEPTED');
  const order = await read(charged.body.order_id);
  assert.equal(order.status, 'AUTHORIZED');
  assert.equal(order.order_amount, 10000);

  const status = await call('PATCH', `/customer-token/v1/tokens/${token_id}/status`, { status: 'CANCELLED' });
  assert.equal(status.status, 202);
  assert.equal(status.text, '');
  token = await ok('GET', `/customer-token/v1/tokens/${token_id}`);
  assert.equal(token.body.status, 'CANCELLED');
  klarnaError(await call('POST', `/customer-token/v1/tokens/${token_id}/order`, cart), 403, 'TOKEN_CANCELED');

  const unknown = '00000000-0000-4000-8000-000000000000';
  klarnaError(await call('GET', `/customer-token/v1/tokens/${unknown}`), 404, 'TOKEN_NOT_FOUND');
  klarnaError(await call('POST', `/customer-token/v1/tokens/${unknown}/order`, cart), 404, 'TOKEN_NOT_FOUND');
  klarnaError(await call('PATCH', `/customer-token/v1/tokens/${unknown}/status`, { status: 'CANCELLED' }), 404, 'TOKEN_NOT_FOUND');
});

// ---------------------------------------------------------------------------------------------
// Order Management.

test('Order Management: capture (201, Location, Capture-Id): AUTHORIZED → PART_CAPTURED → CAPTURED', async () => {
  const { call, order, om, read } = setup();
  const id = await order();
  const first = await call('POST', om(id, '/captures'), { captured_amount: 4000, description: 'First box' });
  assert.equal(first.status, 201);
  assert.equal(first.text, '');
  const capture_id = first.headers.get('Capture-Id');
  assert.match(capture_id, /^[0-9a-f-]{36}$/);
  assert.ok(first.headers.get('Location').endsWith(`/ordermanagement/v1/orders/${id}/captures/${capture_id}`), first.headers.get('Location'));
  assert.ok(first.headers.get('Klarna-Correlation-Id'));
  let o = await read(id);
  assert.deepEqual([o.status, o.captured_amount, o.remaining_authorized_amount], ['PART_CAPTURED', 4000, 6000]);
  assert.deepEqual(o.captures.map((c) => [c.capture_id, c.captured_amount, c.description]), [[capture_id, 4000, 'First box']]);

  const second = await call('POST', om(id, '/captures'), { captured_amount: 6000 });
  assert.equal(second.status, 201);
  assert.notEqual(second.headers.get('Capture-Id'), capture_id);
  o = await read(id);
  assert.deepEqual([o.status, o.captured_amount, o.remaining_authorized_amount, o.captures.length], ['CAPTURED', 10000, 0, 2]);
  klarnaError(await call('POST', om(id, '/captures'), { captured_amount: 1 }), 403, 'CAPTURE_NOT_ALLOWED',
    ['Captured amount is higher than the remaining authorized amount. Capture not possible.']);
});

test('Order Management: the Location of a capture is absolute, on the host called (as Klarna sends it)', async () => {
  // Klarna, recorded: "Location: https://api-na.playground.klarna.com/ordermanagement/v1/orders/
  // 1dab0505-…/captures/eabd454d-…" (workarea-commerce/workarea-klarna,
  // test/vcr_cassettes/klarna_capture.yml; collected 136).
  const { call, order, om } = setup({ host: 'https://api-na.playground.klarna.com' });
  const id = await order();
  const r = await call('POST', om(id, '/captures'), { captured_amount: 500 });
  assert.equal(r.headers.get('Location'), `https://api-na.playground.klarna.com/ordermanagement/v1/orders/${id}/captures/${r.headers.get('Capture-Id')}`);
});

test('Order Management: refund (201, Location, Refund-Id); no capture, over-refund refused (403 REFUND_NOT_ALLOWED)', async () => {
  const { call, ok, order, om, read } = setup();
  const id = await order();
  klarnaError(await call('POST', om(id, '/refunds'), { refunded_amount: 100 }), 403, 'REFUND_NOT_ALLOWED', ['Order has no captures. Refund not possible']);
  await ok('POST', om(id, '/captures'), { captured_amount: 6000 });
  const refund = await call('POST', om(id, '/refunds'), { refunded_amount: 4000, description: 'Returned', reference: 'R1' });
  assert.equal(refund.status, 201);
  const refund_id = refund.headers.get('Refund-Id');
  assert.match(refund_id, /^[0-9a-f-]{36}$/);
  assert.ok(refund.headers.get('Location').endsWith(`/ordermanagement/v1/orders/${id}/refunds/${refund_id}`));
  klarnaError(await call('POST', om(id, '/refunds'), { refunded_amount: 2001 }), 403, 'REFUND_NOT_ALLOWED', ['Over refund is not allowed. Refund not possible.']);
  assert.equal((await call('POST', om(id, '/refunds'), { refunded_amount: 2000 })).status, 201);
  klarnaError(await call('POST', om(id, '/refunds'), { refunded_amount: 1 }), 403, 'REFUND_NOT_ALLOWED', ['Over refund is not allowed. Refund not possible.']);
  const o = await read(id);
  assert.equal(o.refunded_amount, 6000);
  assert.deepEqual(o.refunds.map((r) => r.refunded_amount), [4000, 2000]);
  assert.equal(o.refunds[0].refund_id, refund_id);
});

test('Order Management: update authorization (204; lines replaced); not below the captured amount', async () => {
  const { call, ok, order, om, read } = setup();
  const id = await order();
  const line = { ...cart.order_lines[0], quantity: 6, total_amount: 6000, total_tax_amount: 1200 };
  const r = await call('PATCH', om(id, '/authorization'), { order_amount: 6000, order_lines: [line] });
  assert.equal(r.status, 204);
  let o = await read(id);
  assert.deepEqual([o.order_amount, o.remaining_authorized_amount, o.order_lines[0].quantity], [6000, 6000, 6]);
  await ok('POST', om(id, '/captures'), { captured_amount: 5000 });
  klarnaError(await call('PATCH', om(id, '/authorization'), { order_amount: 4000, order_lines: [line] }), 403, 'NOT_ALLOWED',
    ['Resulting authorization amount 4000 cannot be less than the captured amount 5000 for order. Order authorization cannot be updated']);
  o = await read(id);
  assert.equal(o.order_amount, 6000);
});

test('Order Management: customer details, merchant references, shipping info on the order and on a capture (204)', async () => {
  const { call, ok, order, om, read } = setup();
  const id = await order();
  const shipping_address = { ...billing_address, street_address: 'Hamngatan 2', postal_code: '111 47', city: 'Stockholm' };
  assert.equal((await call('PATCH', om(id, '/customer-details'), { shipping_address })).status, 204);
  assert.equal((await call('PATCH', om(id, '/merchant-references'), { merchant_reference1: 'ON4711', merchant_reference2: 'special order' })).status, 204);
  const tracking = { shipping_company: 'DHL US', shipping_method: 'Home', tracking_number: '63456415674545679874' };
  assert.equal((await call('POST', om(id, '/shipping-info'), { shipping_info: [tracking] })).status, 204);
  klarnaError(await call('POST', om(id, '/captures/00000000-0000-4000-8000-000000000000/shipping-info'), { shipping_info: [tracking] }), 403, 'NOT_ALLOWED', ['Order has no captures.']);
  const capture_id = (await ok('POST', om(id, '/captures'), { captured_amount: 10000 })).headers.get('Capture-Id');
  assert.equal((await call('POST', om(id, `/captures/${capture_id}/shipping-info`), { shipping_info: [tracking] })).status, 204);
  klarnaError(await call('POST', om(id, '/captures/00000000-0000-4000-8000-000000000000/shipping-info'), { shipping_info: [tracking] }), 404, 'NO_SUCH_CAPTURE');
  const o = await read(id);
  assert.deepEqual(o.shipping_address, shipping_address);
  assert.deepEqual([o.merchant_reference1, o.merchant_reference2], ['ON4711', 'special order']);
  assert.deepEqual(o.shipping_info, [tracking]);
  assert.deepEqual(o.captures[0].shipping_info, [tracking]);
});

test('Order Management: extend authorization time, release the rest, cancel, extend the due date (204)', async () => {
  const { clock, call, ok, order, om, read } = setup();
  // Extend: the authorization then lasts 28 days from the call.
  let id = await order();
  clock.now += 20 * DAY;
  assert.equal((await call('POST', om(id, '/extend-authorization-time'))).status, 204);
  assert.equal((await read(id)).expires_at, new Date(START + 48 * DAY).toISOString());
  clock.now += 27 * DAY;
  assert.equal((await call('POST', om(id, '/captures'), { captured_amount: 100 })).status, 201, 'still authorized 47 days after the order');

  // Release what remains after a partial capture; not before one, not twice.
  clock.now = START;
  id = await order();
  klarnaError(await call('POST', om(id, '/release-remaining-authorization')), 403, 'NOT_ALLOWED', ['Can not release when order is cancelled or has no captures.']);
  const capture_id = (await ok('POST', om(id, '/captures'), { captured_amount: 4000 })).headers.get('Capture-Id');
  assert.equal((await call('POST', om(id, '/release-remaining-authorization'))).status, 204);
  let o = await read(id);
  assert.deepEqual([o.status, o.remaining_authorized_amount], ['CAPTURED', 0]);
  klarnaError(await call('POST', om(id, '/release-remaining-authorization')), 403, 'NOT_ALLOWED', ['Order is fully captured. Remaining authorization cannot be released.']);
  // Extend the due date of a capture; a capture the order does not have is refused.
  assert.equal((await call('PATCH', om(id, `/captures/${capture_id}/extend-due-date`), { number_of_days: 14 })).status, 204);
  klarnaError(await call('PATCH', om(id, '/captures/00000000-0000-4000-8000-000000000000/extend-due-date'), { number_of_days: 14 }), 404, 'NO_SUCH_CAPTURE');
  // Cancel: not once something was captured (refund it instead) ...
  klarnaError(await call('POST', om(id, '/cancel')), 403, 'CANCEL_NOT_ALLOWED', ['Order has previous captures. Cancel not possible.']);
  // ... but an uncaptured order, once; then nothing more.
  id = await order();
  const cancelled = await call('POST', om(id, '/cancel'));
  assert.equal(cancelled.status, 204);
  o = await read(id);
  assert.deepEqual([o.status, o.remaining_authorized_amount], ['CANCELLED', 0]);
  klarnaError(await call('POST', om(id, '/cancel')), 403, 'CANCEL_NOT_ALLOWED');
  klarnaError(await call('POST', om(id, '/captures'), { captured_amount: 100 }), 403, 'CAPTURE_NOT_ALLOWED');
  klarnaError(await call('PATCH', om(id, '/merchant-references'), { merchant_reference1: 'x' }), 403, 'NOT_ALLOWED');
});

test('Order Management: an order that does not exist is 404 NO_SUCH_ORDER, in Klarna\'s sentence', async () => {
  const { call, om } = setup();
  const unknown = '7849fd84-47dc-4919-a7ce-47b9f46156f0';
  // Klarna: "[Order xxxxxxx-xxxx-xxxxxxxxxxxxxxx cannot be found]", "Order 7849fd84-… cannot be
  // found. Shipping info cannot be added to order …" (ORDER-MANAGEMENT.md §3.1, §3.6).
  for (const [method, rest, body] of [['GET', ''], ['POST', '/captures', { captured_amount: 1 }], ['POST', '/refunds', { refunded_amount: 1 }], ['POST', '/cancel'], ['PATCH', '/merchant-references', {}]]) {
    const r = await call(method, om(unknown, rest), body);
    klarnaError(r, 404, 'NO_SUCH_ORDER');
    assert.match(r.body.error_messages[0], new RegExp(`^Order ${unknown} cannot be found\\.`));
  }
});

test('Order Management: a body the package refuses is refused before the order changes', async () => {
  const { call, order, om, read } = setup();
  const id = await order();
  const r = await call('POST', om(id, '/captures'), { captured_amount: 49.99 });
  assert.equal(r.status >= 400 && r.status < 500, true, r.text);
  assert.equal((await read(id)).captured_amount, 0);
});

// ---------------------------------------------------------------------------------------------
// ErrorV2, auth, hosts, paths.

test('every error answer is ErrorV2 with a fresh correlation_id equal to the Klarna-Correlation-Id header', async () => {
  const { call, order, om } = setup();
  const id = await order();
  const answers = [
    await call('POST', '/payments/v1/sessions', {}),
    await call('POST', '/payments/v1/sessions', {}),
    await call('POST', '/payments/v1/authorizations/nope/order', cart),
    await call('POST', om(id, '/refunds'), { refunded_amount: 1 }),
    await call('GET', om('nope')),
    await call('GET', '/no/such/endpoint'),
  ];
  for (const r of answers) klarnaError(r, r.status, r.body.error_code);
  const ids = answers.map((r) => r.body.correlation_id);
  assert.equal(new Set(ids).size, ids.length, 'a fresh correlation id each time');
  // Answers that succeed carry one too.
  assert.match((await call('GET', om(id))).headers.get('Klarna-Correlation-Id'), /^[0-9a-f-]{36}$/);
});

test('401 without Basic auth, or with other credentials', async () => {
  const { mock } = setup();
  const url = 'https://api.playground.klarna.com/payments/v1/sessions';
  const post = (headers) => mock.fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(cart) });
  for (const headers of [{}, { Authorization: basic(USER, 'wrong') }, { Authorization: basic('PK_other', PASSWORD) }, { Authorization: `Bearer ${PASSWORD}` },
    { Authorization: 'Basic' }, { Authorization: 'Basic !!!' }]) {
    const r = await post(headers);
    assert.equal(r.status, 401, JSON.stringify(headers));
    assert.ok(r.headers.get('Klarna-Correlation-Id'));
  }
  assert.equal((await post({ Authorization: basic(USER, PASSWORD) })).status, 200);
  assert.equal(mock.requests.filter((r) => r.status === 401).length, 6);
  // Without `credentials`, any user:password goes, but some must be sent.
  const any = createKlarnaMock();
  assert.equal((await any.fetch(url, { method: 'POST', body: JSON.stringify(cart), headers: { Authorization: basic('anyone', 'anything') } })).status, 200);
  assert.equal((await any.fetch(url, { method: 'POST', body: JSON.stringify(cart) })).status, 401);
});

test('every Klarna host (KLARNA_HOSTS: each region, playground and live) is the mock, one state', async () => {
  assert.deepEqual([...KLARNA_HOSTS].sort(), ['api-na.klarna.com', 'api-na.playground.klarna.com', 'api-oc.klarna.com', 'api-oc.playground.klarna.com', 'api.klarna.com', 'api.playground.klarna.com']);
  const { mock } = setup();
  const headers = { Authorization: basic(USER, PASSWORD), 'Content-Type': 'application/json' };
  for (const host of KLARNA_HOSTS) {
    const created = await mock.fetch(`https://${host}/payments/v1/sessions`, { method: 'POST', headers, body: JSON.stringify(cart) });
    assert.equal(created.status, 200, host);
    const { session_id } = await created.json();
    // One Klarna behind every host: a session created on one is read on another.
    const other = KLARNA_HOSTS[(KLARNA_HOSTS.indexOf(host) + 1) % KLARNA_HOSTS.length];
    assert.equal((await mock.fetch(`https://${other}/payments/v1/sessions/${session_id}`, { headers })).status, 200, `${host} → ${other}`);
  }
  // fetch's other forms: a Request, a URL.
  assert.equal((await mock.fetch(new Request(`https://${KLARNA_HOSTS[0]}/payments/v1/sessions`, { method: 'POST', headers, body: JSON.stringify(cart) }))).status, 200);
  assert.equal((await mock.fetch(new URL(`https://${KLARNA_HOSTS[0]}/payments/v1/sessions`), { method: 'POST', headers, body: JSON.stringify(cart) })).status, 200);
});

test('MSW: mock.handlers({ http }) intercepts every Klarna host (node fetch and axios)', async () => {
  const [{ http }, { setupServer }, { default: axios }] = await Promise.all([import('msw'), import('msw/node'), import('axios')]);
  const { mock } = setup();
  const handlers = mock.handlers({ http });
  assert.equal(handlers.length, KLARNA_HOSTS.length);
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    for (const host of KLARNA_HOSTS) {
      const viaFetch = await fetch(`https://${host}/payments/v1/sessions`, { method: 'POST', headers: { Authorization: basic(USER, PASSWORD), 'Content-Type': 'application/json' }, body: JSON.stringify(cart) });
      assert.equal(viaFetch.status, 200, host);
      const viaAxios = await axios.post(`https://${host}/payments/v1/sessions`, {}, { auth: { username: USER, password: PASSWORD }, validateStatus: () => true });
      assert.equal(viaAxios.status, 400, host);
      assert.deepEqual(viaAxios.data.error_messages, ['Bad value: purchase_country, purchase_currency']);
      assert.equal(viaAxios.headers['klarna-correlation-id'], viaAxios.data.correlation_id);
    }
  } finally {
    server.close();
  }
  assert.equal(mock.requests.length, 2 * KLARNA_HOSTS.length);
});

test('paths as clients send them: a doubled slash, a trailing slash, a query string', async () => {
  const { call, order } = setup();
  const id = await order();
  // workarea-klarna sent //ordermanagement/… and Klarna answered 201 (collected 136).
  assert.equal((await call('POST', `//ordermanagement/v1/orders/${id}/captures`, { captured_amount: 500 })).status, 201);
  assert.equal((await call('POST', '/payments/v1/sessions/', cart)).status, 200);
  assert.equal((await call('GET', `/ordermanagement/v1/orders/${id}?expand=captures`)).status, 200);
});

// ---------------------------------------------------------------------------------------------
// Lifetimes.

test('an authorization token lives 60 minutes: NOT_FOUND "Invalid authorization token" from then on', async () => {
  const { clock, call, authorized } = setup();
  let { authorization_token } = await authorized();
  clock.now += 60 * 60_000 - 1;
  assert.equal((await call('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address })).status, 200);
  ({ authorization_token } = await authorized());
  clock.now += 60 * 60_000;
  klarnaError(await call('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address }), 404, 'NOT_FOUND', ['Invalid authorization token']);
  klarnaError(await call('DELETE', `/payments/v1/authorizations/${authorization_token}`), 404, 'NOT_FOUND', ['Invalid authorization token']);
});

test('a session lives 48 hours: then it is not found, not updated, not authorized', async () => {
  const { mock, clock, call, session } = setup();
  const session_id = await session();
  clock.now += 48 * HOUR - 1;
  assert.equal((await call('GET', `/payments/v1/sessions/${session_id}`)).status, 200);
  clock.now += 1;
  klarnaError(await call('GET', `/payments/v1/sessions/${session_id}`), 404, 'NOT_FOUND');
  klarnaError(await call('POST', `/payments/v1/sessions/${session_id}`, { order_amount: 10000 }), 404, 'NOT_FOUND');
  assert.throws(() => mock.authorize(session_id, { approve: true, data: {} }), /48 hours/);
});

test("an order's authorization lasts 28 days (or authorizationDays): then EXPIRED, capture refused", async () => {
  const { clock, call, order, om, read } = setup();
  const early = await order();
  const late = await order();
  clock.now += 28 * DAY - 1;
  assert.equal((await call('POST', om(early, '/captures'), { captured_amount: 10000 })).status, 201);
  clock.now += 1;
  const o = await read(late);
  assert.equal(o.status, 'EXPIRED');
  klarnaError(await call('POST', om(late, '/captures'), { captured_amount: 10000 }), 403, 'CAPTURE_NOT_ALLOWED', [`Order ${late} is expired. Capture not possible.`]);
  klarnaError(await call('POST', om(late, '/extend-authorization-time')), 403, 'NOT_ALLOWED', ['Order is expired. Authorization time cannot be extended.']);
  assert.equal((await read(early)).status, 'CAPTURED', 'a captured order does not expire');

  const week = setup({ authorizationDays: 7 });
  const id = await week.order();
  assert.equal((await week.read(id)).expires_at, new Date(START + 7 * DAY).toISOString());
  week.clock.now += 7 * DAY;
  klarnaError(await week.call('POST', week.om(id, '/captures'), { captured_amount: 1 }), 403, 'CAPTURE_NOT_ALLOWED', [`Order ${id} is expired. Capture not possible.`]);
});

// ---------------------------------------------------------------------------------------------
// Idempotency, strict mode, the request log, reset, listen, seeds.

test('Klarna-Idempotency-Key: the first answer for 24 hours, whatever the body; then a new call', async () => {
  const { mock, clock, call, order, om, read } = setup();
  const id = await order();
  const key = { 'Klarna-Idempotency-Key': 'a1b2c3d4-0000-4000-8000-000000000001' };
  const first = await call('POST', om(id, '/captures'), { captured_amount: 3000 }, key);
  assert.equal(first.status, 201);
  // The same key with another body: "only the key matters".
  const again = await call('POST', om(id, '/captures'), { captured_amount: 5000, description: 'different' }, key);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('Capture-Id'), first.headers.get('Capture-Id'));
  assert.equal(again.headers.get('Location'), first.headers.get('Location'));
  clock.now += 24 * HOUR - 1;
  assert.equal((await call('POST', om(id, '/captures'), {}, key)).headers.get('Capture-Id'), first.headers.get('Capture-Id'));
  let o = await read(id);
  assert.deepEqual([o.captured_amount, o.captures.length], [3000, 1], 'captured once');
  // 24 hours on, the key is forgotten: the call runs.
  clock.now += 1;
  const later = await call('POST', om(id, '/captures'), { captured_amount: 5000 }, key);
  assert.equal(later.status, 201);
  assert.notEqual(later.headers.get('Capture-Id'), first.headers.get('Capture-Id'));
  o = await read(id);
  assert.deepEqual([o.captured_amount, o.captures.length], [8000, 2]);
  // A refusal is the first answer too.
  const refusedKey = { 'Klarna-Idempotency-Key': 'a1b2c3d4-0000-4000-8000-000000000002' };
  const over = await call('POST', om(id, '/captures'), { captured_amount: 9999 }, refusedKey);
  klarnaError(over, 403, 'CAPTURE_NOT_ALLOWED');
  const replay = await call('POST', om(id, '/captures'), { captured_amount: 100 }, refusedKey);
  assert.equal(replay.status, 403);
  assert.deepEqual(replay.body, over.body);
  assert.equal((await read(id)).captured_amount, 8000);
  // Without a key, each call is its own.
  assert.equal((await call('POST', om(id, '/captures'), { captured_amount: 100 })).status, 201);
  assert.equal((await call('POST', om(id, '/captures'), { captured_amount: 100 })).status, 201);
  assert.equal((await read(id)).captured_amount, 8200);
  assert.ok(mock.requests.length > 0);
});

test('Klarna-Idempotency-Key on token orders: one order per key', async () => {
  const { mock, ok, authorized } = setup();
  const { authorization_token } = await authorized({ ...cart, intent: 'tokenize' });
  const { token_id } = (await ok('POST', `/payments/v1/authorizations/${authorization_token}/customer-token`,
    { ...tokenBody, billing_address, order_amount: cart.order_amount, order_tax_amount: cart.order_tax_amount, order_lines: cart.order_lines })).body;
  const key = { 'Klarna-Idempotency-Key': 'b1b2c3d4-0000-4000-8000-000000000001' };
  const first = await ok('POST', `/customer-token/v1/tokens/${token_id}/order`, cart, key);
  const again = await ok('POST', `/customer-token/v1/tokens/${token_id}/order`, cart, key);
  assert.equal(again.body.order_id, first.body.order_id);
  assert.equal(mock.orders.length, 1);
});

test('strict: a body with only a warning is refused (400), and an Order Management warning too', async () => {
  // `locale: 'us-US'` (Klarna's own docs example) is a warning: "us" is no language.
  const body = { ...cart, purchase_country: 'US', purchase_currency: 'USD', locale: 'us-US', order_tax_amount: 0,
    order_lines: [{ ...cart.order_lines[0], tax_rate: 0, total_tax_amount: 0 }] };
  const lenient = setup();
  const accepted = await lenient.call('POST', '/payments/v1/sessions', body);
  assert.equal(accepted.status, 200);
  const [logged] = lenient.mock.requests;
  assert.equal(logged.findings.valid, true);
  assert.deepEqual(logged.findings.warnings.map((w) => w.path), ['locale']);

  const strict = setup({ strict: true });
  const refused = await strict.call('POST', '/payments/v1/sessions', body);
  klarnaError(refused, 400, 'BAD_VALUE', ['Bad value: locale']);
  assert.equal(strict.mock.requests[0].findings.valid, false);

  // An order on fraud review: Klarna asks not to capture it. A warning, refused when strict.
  for (const [mock, status] of [[lenient, 201], [strict, 403]]) {
    const session_id = await mock.session();
    const { authorization_token } = mock.mock.authorize(session_id, { pending: true, data: { billing_address } });
    const { order_id } = (await mock.ok('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address })).body;
    const capture = await mock.call('POST', mock.om(order_id, '/captures'), { captured_amount: 10000 });
    assert.equal(capture.status, status, capture.text);
    if (status === 403) assert.equal(capture.body.error_code, 'CAPTURE_NOT_ALLOWED');
    else assert.ok(mock.mock.requests.at(-1).findings.warnings.some((w) => w.rule === 'capture_pending'));
  }
});

test('mock.requests: method, url, kind, body, status and the findings on the body, for every request', async () => {
  const { mock, call, order, om } = setup();
  const id = await order();
  const wrongTax = { ...cart, order_tax_amount: 2500, order_lines: [{ ...cart.order_lines[0], total_tax_amount: 2500 }] };
  klarnaError(await call('POST', '/payments/v1/sessions', wrongTax), 400, 'BAD_VALUE', ['Bad value: order_lines[0].total_tax_amount']);
  await call('POST', om(id, '/captures'), { captured_amount: 100 });
  await call('GET', om(id));
  const log = mock.requests;
  assert.deepEqual(log.map((r) => [r.method, r.kind, r.status]), [
    ['POST', 'session', 200], ['POST', 'order', 200], ['POST', 'session', 400], ['POST', 'capture', 201], ['GET', null, 200],
  ]);
  const refused = log[2];
  assert.equal(refused.url, 'https://api.playground.klarna.com/payments/v1/sessions');
  assert.deepEqual(refused.body, wrongTax);
  assert.equal(refused.findings.valid, false);
  assert.deepEqual(refused.findings.errors.map((e) => [e.path, e.rule, e.expected]), [['order_lines[0].total_tax_amount', 'tax_formula', 2000]]);
  assert.equal(log[4].body, null);
  assert.equal(log[4].findings, null);
  assert.ok(Object.isFrozen(log[0]));
  // A body that is no JSON is logged as its text.
  await call('POST', '/payments/v1/sessions', '{"purchase_country": ');
  assert.equal(mock.requests.at(-1).body, '{"purchase_country": ');
  assert.equal(mock.requests.at(-1).status, 400);
});

test('mock.reset() forgets every session, order, token and request (and ids start again)', async () => {
  const { mock, call, session, order, om } = setup();
  const session_id = await session();
  const id = await order();
  assert.ok(mock.requests.length > 0);
  assert.equal(mock.orders.length, 1);
  mock.reset();
  assert.deepEqual(mock.requests, []);
  assert.deepEqual(mock.orders, []);
  const again = await session();
  assert.equal(again, session_id, 'the same seed gives the same ids again');
  mock.reset();
  klarnaError(await call('GET', `/payments/v1/sessions/${session_id}`), 404, 'NOT_FOUND');
  klarnaError(await call('GET', om(id)), 404, 'NO_SUCH_ORDER');
  assert.equal(mock.requests.length, 2);
});

test('listen(): the same Klarna over HTTP, for another client (Node\'s fetch)', async () => {
  const { mock } = setup();
  const server = await mock.listen();
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(server.url, `http://127.0.0.1:${server.port}`);
    const headers = { Authorization: basic(USER, PASSWORD), 'Content-Type': 'application/json' };
    const send = async (method, path, body) => {
      const r = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await r.text();
      return { status: r.status, headers: r.headers, body: text ? JSON.parse(text) : null };
    };
    const { body: { session_id } } = await send('POST', '/payments/v1/sessions', cart);
    assert.equal((await send('POST', `/payments/v1/sessions/${session_id}`, { order_amount: 10000 })).status, 204);
    const cancelled = mock.authorize(session_id, { approve: true, data: { billing_address } });
    assert.equal((await send('DELETE', `/payments/v1/authorizations/${cancelled.authorization_token}`)).status, 204);
    const { authorization_token } = mock.authorize(session_id, { approve: true, data: { billing_address } });
    const placed = await send('POST', `/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address });
    assert.equal(placed.status, 200);
    const { order_id } = placed.body;
    const capture = await send('POST', `/ordermanagement/v1/orders/${order_id}/captures`, { captured_amount: 10000 });
    assert.equal(capture.status, 201);
    assert.ok(capture.headers.get('capture-id'));
    assert.equal((await send('PATCH', `/ordermanagement/v1/orders/${order_id}/merchant-references`, { merchant_reference1: 'ON4711' })).status, 204);
    const over = await send('POST', `/ordermanagement/v1/orders/${order_id}/captures`, { captured_amount: 1 });
    assert.equal(over.status, 403);
    assert.equal(over.headers.get('klarna-correlation-id'), over.body.correlation_id);
    const order = (await send('GET', `/ordermanagement/v1/orders/${order_id}`)).body;
    assert.deepEqual([order.status, order.merchant_reference1], ['CAPTURED', 'ON4711']);
    const unauthorized = await fetch(`${server.url}/payments/v1/sessions`, { method: 'POST', body: '{}' });
    assert.equal(unauthorized.status, 401);
    // The same state as mock.fetch.
    assert.equal(mock.orders[0].order_id, order_id);
  } finally {
    await server.close();
  }
});

test('seed: the same seed gives the same ids; another seed, others; ids never repeat', async () => {
  const flow = async (seed) => {
    const mock = createKlarnaMock({ seed, now: () => START });
    const headers = { Authorization: basic('u', 'p'), 'Content-Type': 'application/json' };
    const post = async (path, body) => mock.fetch(`https://api.klarna.com${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const created = await post('/payments/v1/sessions', cart);
    const { session_id } = await created.json();
    const { authorization_token } = mock.authorize(session_id, { approve: true, data: {} });
    const { order_id } = await (await post(`/payments/v1/authorizations/${authorization_token}/order`, cart)).json();
    const capture = await post(`/ordermanagement/v1/orders/${order_id}/captures`, { captured_amount: 100 });
    const refused = await (await post('/payments/v1/sessions', {})).json();
    return [created.headers.get('Klarna-Correlation-Id'), session_id, authorization_token, order_id, capture.headers.get('Capture-Id'), refused.correlation_id];
  };
  const a = await flow(1234);
  assert.deepEqual(await flow(1234), a);
  const b = await flow(1235);
  assert.equal(a.filter((id, i) => id === b[i]).length, 0);
  assert.equal(new Set(a).size, a.length);
  for (const id of [...a, ...b]) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

// ---------------------------------------------------------------------------------------------
// The entries.

test('the mock entries: ESM and CJS give the same API; the browser entry waits for ready()', async () => {
  const cjs = require('../../pkg/mock.cjs');
  assert.deepEqual(Object.keys(cjs).sort(), ['KLARNA_HOSTS', 'createKlarnaMock', 'ready']);
  assert.deepEqual(cjs.KLARNA_HOSTS, KLARNA_HOSTS);
  await ready();
  const web = await import('../../pkg/mock.js');
  assert.throws(() => web.createKlarnaMock(), /await ready\(\)/);
  await web.ready(readFileSync(join(root, 'pkg/dist/klarna_precheck_bg.wasm')));
  const mock = web.createKlarnaMock({ seed: 7 });
  const r = await mock.fetch('https://api.klarna.com/payments/v1/sessions', { method: 'POST', headers: { Authorization: basic('u', 'p') }, body: JSON.stringify(cart) });
  assert.equal(r.status, 200);
  assert.deepEqual(web.KLARNA_HOSTS, KLARNA_HOSTS);
  const { exports } = JSON.parse(readFileSync(join(root, 'pkg/package.json'), 'utf8'));
  assert.deepEqual([exports['./mock'].node, exports['./mock'].require, exports['./mock'].default], [{ import: './mock.mjs', require: './mock.cjs' }, './mock.cjs', './mock.js']);
});

/** Every file a module loads, following relative import/export/require specifiers. */
function graph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    // The code without its comments (which quote specifiers as examples).
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
    // new URL('x.wasm', import.meta.url): assets the module fetches.
    specifiers.push(...[...source.matchAll(/new URL\(\s*['"]([^'":]+)['"]\s*,\s*import\.meta\.url/g)].map((m) => m[1]));
    for (const s of specifiers) {
      const target = join(dirname(file), s);
      if (/\.(m?js|cjs)$/.test(target)) visit(target);
      else seen.add(target);
    }
  };
  visit(entry);
  return [...seen].map((f) => relative(join(root, 'pkg'), f)).sort();
}

test('klarna-precheck/validate never loads the mock: its entries, their imports and the packed files', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'pkg/package.json'), 'utf8'));
  const entries = new Set();
  const collect = (v) => (typeof v === 'string' ? entries.add(v) : Object.values(v).forEach(collect));
  collect(pkg.exports['./validate']);
  const scripts = [...entries].filter((e) => /\.(m?js|cjs)$/.test(e));
  assert.deepEqual(scripts.sort(), ['./validate-edge.js', './validate.cjs', './validate.js', './validate.mjs']);
  // The tarball as npm would pack it (no file is written).
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: join(root, 'pkg'), encoding: 'utf8' }));
  const packed = new Set(files.map((f) => f.path));
  for (const entry of scripts) {
    const loaded = graph(join(root, 'pkg', entry));
    for (const file of loaded) {
      assert.doesNotMatch(file, /mock/i, `${entry} loads ${file}`);
      assert.ok(packed.has(file), `${entry} loads ${file}, which is not in the tarball`);
      if (/\.(m?js|cjs)$/.test(file)) assert.doesNotMatch(readFileSync(join(root, 'pkg', file), 'utf8'), /mock/i, `${file} mentions the mock`);
    }
    // The validate glue and wasm are its own: not the main entry's, which carries the mock.
    assert.ok(loaded.every((f) => !f.startsWith('dist/') || f.startsWith('dist/validate/') || f === 'dist/api.cjs'), `${entry}: ${loaded}`);
  }
  // The validate .wasm exports nothing of the mock; the main one does (so the check means something).
  const exportsOf = (file) => WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(root, 'pkg', file)))).map((e) => e.name);
  assert.deepEqual(exportsOf('dist/validate/klarna_precheck_bg.wasm').filter((n) => /mock/i.test(n)), []);
  assert.deepEqual(exportsOf('dist/klarna_precheck_bg.wasm').filter((n) => /mock/i.test(n)).sort(), ['mockAuthorize', 'mockHandle', 'mockState']);
  // At run time too: requiring the validate entry loads no mock file.
  const run = spawnSync(process.execPath, ['-e', "require('./validate.cjs'); console.log(JSON.stringify(Object.keys(require.cache)))"], { cwd: join(root, 'pkg'), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const cached = JSON.parse(run.stdout).map((f) => relative(join(root, 'pkg'), f));
  assert.ok(cached.includes('dist/validate/node.cjs'), cached.join(', '));
  assert.deepEqual(cached.filter((f) => /mock/i.test(f)), []);
});

test('Payments: buy_and_tokenize places the order and then creates the token with the same authorization token', async () => {
  const { createKlarnaMock } = await import('../../pkg/mock.mjs');
  const mock = createKlarnaMock();
  const headers = { authorization: `Basic ${btoa('PK_1:secret')}`, 'content-type': 'application/json' };
  const post = (path, body) => mock.fetch(`https://api.klarna.com${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const session = await (await post('/payments/v1/sessions', { ...cart, intent: 'buy_and_tokenize' })).json();
  const { authorization_token } = mock.authorize(session.session_id, { data: { billing_address } });
  const order = await post(`/payments/v1/authorizations/${authorization_token}/order`, { ...cart, billing_address });
  assert.equal(order.status, 200);
  const token = await post(`/payments/v1/authorizations/${authorization_token}/customer-token`, { ...tokenBody, billing_address });
  assert.equal(token.status, 200, await token.clone().text());
  assert.match((await token.json()).token_id, /^[0-9a-f-]{36}$/);
});
