// Fidelity of klarna-precheck/mock: every body of tests/fidelity/recorded/ (the same files as
// ../shared/fidelity/recorded/) and tests/fidelity/collected/ (format: tests/fidelity/FORMAT.md)
// is sent to its endpoint on a fresh mock prepared so that the call can succeed as it did at
// Klarna: a session to update, an authorization whose authorized data is the create-order (or
// create-customer-token) body itself, a customer token for token orders, an order in a state
// that allows the Order Management call. Then:
//   accepted → the mock answers 2xx;
//   rejected → the same HTTP status and error_code as Klarna's, and the fields the mock's message
//              names (`Bad value: a, b`, or Order Management's `'a' must not be null`) are the
//              recorded `paths`, as a set;
//   unknown  → not sent (counted).
// Bodies that cannot agree by construction are `todo` (run and reported, not failing), each
// with the reason; every other disagreement fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKlarnaMock, KLARNA_HOSTS } from '../../pkg/mock.mjs';
import { root } from './support.mjs';

const bodies = ['recorded', 'collected'].flatMap((dir) =>
  readdirSync(join(root, 'tests/fidelity', dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ dir, ...JSON.parse(readFileSync(join(root, 'tests/fidelity', dir, f), 'utf8')) })));

/** Bodies whose recorded answer the mock cannot give, with why. */
const CANNOT_AGREE = {
  // None: the mock serves /credit/v1/sessions as Klarna did in 2017, and the HPP endpoints.
};

const AUTH = `Basic ${Buffer.from('PK_replay:replay').toString('base64')}`;
const START = Date.parse('2026-12-01T09:00:00Z');
const market = { purchase_country: 'SE', purchase_currency: 'SEK', locale: 'sv-SE' };
const line = (amount) => ({ name: 'Replay item', quantity: 1, unit_price: amount, tax_rate: 0, total_amount: amount, total_tax_amount: 0 });
const cartOf = (amount) => ({ ...market, order_amount: amount, order_tax_amount: 0, order_lines: [line(amount)] });
const COMPARED = ['purchase_country', 'purchase_currency', 'locale', 'order_amount', 'order_tax_amount', 'order_lines', 'billing_address', 'shipping_address'];
const CURRENCY = { US: 'USD', SE: 'SEK', GB: 'GBP', DE: 'EUR' };

/** The host Klarna was called on, when the recording names a Klarna host. */
function hostOf(body) {
  const host = /^[A-Z]+ https:\/\/([^/]+)\//.exec(body.source?.request ?? '')?.[1];
  return KLARNA_HOSTS.includes(host) ? host : 'api.playground.klarna.com';
}

/** A mock, and the calls to prepare it as Klarna was before the recorded request. */
function prepared(body) {
  const mock = createKlarnaMock({ seed: 1, now: () => START });
  const base = `https://${hostOf(body)}`;
  const call = async (method, path, text) => {
    const response = await mock.fetch(`${base}${path}`, { method, headers: { Authorization: AUTH, 'Content-Type': 'application/json' }, body: text });
    const raw = await response.text();
    return { method, path, status: response.status, body: raw ? JSON.parse(raw) : null };
  };
  const ok = async (method, path, value) => {
    const r = await call(method, path, JSON.stringify(value));
    assert.ok(r.status >= 200 && r.status < 300, `preparing: ${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r;
  };
  /** A session, and the shopper's authorize() with `data` merged over it: its token. */
  const authorization = async (session, data) => {
    const { session_id } = (await ok('POST', '/payments/v1/sessions', session)).body;
    const { approved, authorization_token } = mock.authorize(session_id, { approve: true, data });
    assert.ok(approved);
    return authorization_token;
  };
  /** An AUTHORIZED order of `amount`. */
  const order = async (amount) => {
    const token = await authorization(cartOf(amount), {});
    return (await ok('POST', `/payments/v1/authorizations/${token}/order`, cartOf(amount))).body.order_id;
  };
  const capture = async (id, amount) => {
    const r = await mock.fetch(`${base}/ordermanagement/v1/orders/${id}/captures`, { method: 'POST', headers: { Authorization: AUTH }, body: JSON.stringify({ captured_amount: amount }) });
    assert.equal(r.status, 201, 'preparing: a capture');
    return r.headers.get('Capture-Id');
  };
  /** An ACTIVE customer token. Its creation body carries the session's cart too, so that the
   * token exists whatever the mock does with a token body without one (tests/js/mock.test.mjs). */
  const token = async () => {
    const session = { ...cartOf(1000), intent: 'tokenize' };
    const auth = await authorization(session, {});
    const { intent, ...cart } = session;
    const created = await ok('POST', `/payments/v1/authorizations/${auth}/customer-token`, { ...cart, description: 'replay', intended_use: 'SUBSCRIPTION' });
    return created.body.token_id;
  };
  return { mock, call, ok, authorization, order, capture, token };
}

/** Sends the body where Klarna received it, after preparing the mock: the mock's answer. */
async function replay(body) {
  const m = prepared(body);
  const text = body.payload_text ?? JSON.stringify(body.payload);
  const p = body.payload && typeof body.payload === 'object' ? body.payload : {};
  const om = async (rest, method = 'POST', amount = 1000, captured = 0) => {
    const id = await m.order(amount);
    let capture_id;
    if (captured) capture_id = await m.capture(id, captured);
    return m.call(method, `/ordermanagement/v1/orders/${id}${rest.replace('{capture_id}', capture_id)}`, text);
  };
  switch (body.kind) {
    // A create-session body goes where Klarna received it: POST /payments/v1/sessions, or
    // /credit/v1/sessions, its pre-2018 name, which the mock serves as it answered then.
    case 'session':
      return m.call('POST', /\/credit\/v1\//.test(body.source?.request ?? '') ? '/credit/v1/sessions' : '/payments/v1/sessions', text);
    case 'session_update': {
      const { session_id } = (await m.ok('POST', '/payments/v1/sessions', cartOf(1000))).body;
      return m.call('POST', `/payments/v1/sessions/${session_id}`, text);
    }
    case 'order': {
      // The session: the body's own cart fields; authorize() with the whole body, so that the
      // authorized data is the body. A body whose fields make no session (the empty one) gets a
      // plain session and the same authorize(): it is refused on its own fields first.
      const own = Object.fromEntries(COMPARED.filter((k) => k in p).map((k) => [k, p[k]]));
      const session = (await m.call('POST', '/payments/v1/sessions', JSON.stringify(own))).status === 200 ? own : cartOf(p.order_amount ?? 1000);
      const auth = await m.authorization(session, p);
      return m.call('POST', `/payments/v1/authorizations/${auth}/order`, text);
    }
    case 'customer_token': {
      // A tokenize session in the body's market (a session needs a cart), authorized with the body.
      const country = p.purchase_country ?? 'US';
      const session = { ...cartOf(1000), intent: 'tokenize', purchase_country: country, purchase_currency: p.purchase_currency ?? CURRENCY[country], locale: p.locale ?? 'en-US' };
      if (p.billing_address) session.billing_address = p.billing_address;
      const auth = await m.authorization(session, p);
      return m.call('POST', `/payments/v1/authorizations/${auth}/customer-token`, text);
    }
    case 'token_order':
      return m.call('POST', `/customer-token/v1/tokens/${await m.token()}/order`, text);
    case 'token_status':
      return m.call('PATCH', `/customer-token/v1/tokens/${await m.token()}/status`, text);
    case 'capture':
      // An order of exactly the captured amount (151: "Capture the full order amount").
      return om('/captures', 'POST', Math.max(p.captured_amount ?? 0, 1));
    case 'refund': {
      // Fully captured in one capture, in a return-fee market (SE): what 156's return fee needs.
      const amount = Math.max(p.refunded_amount ?? 0, ...(p.order_lines ?? []).map((l) => l.total_amount ?? 0), 1);
      return om('/refunds', 'POST', amount, amount);
    }
    case 'update_authorization':
      return om('/authorization', 'PATCH', p.order_amount ?? 1000);
    case 'update_customer_details':
      return om('/customer-details', 'PATCH');
    case 'update_merchant_references':
      return om('/merchant-references', 'PATCH');
    case 'shipping_info':
      return body.endpoint?.includes('/captures/') ? om('/captures/{capture_id}/shipping-info', 'POST', 1000, 1000) : om('/shipping-info');
    case 'extend_due_date':
      return om('/captures/{capture_id}/extend-due-date', 'PATCH', 1000, 1000);
    case 'cancel':
      return om('/cancel');
    case 'release_remaining_authorization':
      return om('/release-remaining-authorization', 'POST', 1000, 400);
    case 'extend_authorization_time':
      return om('/extend-authorization-time');
    case 'hpp_session':
      return m.call('POST', '/hpp/v1/sessions', text);
    default:
      throw new Error(`no preparation for kind ${body.kind}: add one`);
  }
}

/** The fields an error message names: `Bad value: a, b` (Payments), `'a' must not be null` (OM). */
function named(messages) {
  const fields = [];
  for (const m of messages ?? []) {
    const bad = /^Bad value: (.+)$/.exec(m);
    if (bad) fields.push(...bad[1].split(', ').map((f) => f.trim()));
    const nul = /^'([^']+)' must not be null$/.exec(m);
    if (nul) fields.push(nul[1]);
  }
  return [...new Set(fields)].sort();
}

const tally = { agreeing: [], disagreeing: [], cannot: [], unknown: [] };

for (const body of bodies) {
  const reason = CANNOT_AGREE[body.id];
  test(`${body.dir}/${body.id} (${body.kind}, ${body.verdict})`, reason ? { todo: reason } : {}, async (t) => {
    if (body.verdict === 'unknown') {
      tally.unknown.push(body.id);
      t.skip('verdict unknown: no answer of Klarna to compare with');
      return;
    }
    const answer = await replay(body);
    const said = `the mock: ${answer.method} ${answer.path} → ${answer.status} ${JSON.stringify(answer.body)}`;
    try {
      if (body.verdict === 'accepted') {
        assert.ok(answer.status >= 200 && answer.status < 300, `Klarna accepted it (${body.evidence.slice(0, 160)}…); ${said}`);
      } else {
        const k = body.klarna_error;
        const klarna = `Klarna: ${k.http_status} ${k.error_code} ${JSON.stringify(k.error_messages)}`;
        assert.equal(answer.status, k.http_status, `${klarna}; ${said}`);
        assert.equal(answer.body?.error_code, k.error_code, `${klarna}; ${said}`);
        assert.deepEqual(named(answer.body?.error_messages), [...new Set(k.paths)].sort(), `the fields named: ${klarna}; ${said}`);
      }
      (reason ? tally.cannot : tally.agreeing).push(body.id);
    } catch (e) {
      (reason ? tally.cannot : tally.disagreeing).push(body.id);
      throw e;
    }
  });
}

test('replay summary: every decided body sent; the tallies', (t) => {
  const decided = bodies.filter((b) => b.verdict !== 'unknown').length;
  const { agreeing, disagreeing, cannot, unknown } = tally;
  t.diagnostic(`${bodies.length} bodies: ${agreeing.length} agree, ${disagreeing.length} disagree${disagreeing.length ? ` (${disagreeing.join(', ')})` : ''}, ` +
    `${cannot.length} cannot agree by construction (todo: ${cannot.join(', ')}), ${unknown.length} skipped (verdict unknown: ${unknown.join(', ')})`);
  assert.equal(agreeing.length + disagreeing.length + cannot.length, decided);
  assert.equal(unknown.length, bodies.length - decided);
  assert.ok(bodies.some((b) => b.dir === 'recorded') && bodies.some((b) => b.dir === 'collected'));
  // The shared recorded traffic is this corpus's recorded/ (the same files, the same bodies).
  const shared = join(root, '../shared/fidelity/recorded');
  let files = [];
  try {
    files = readdirSync(shared).filter((f) => f.endsWith('.json'));
  } catch {
    t.diagnostic(`${shared} is not here: compared tests/fidelity/recorded/ only`);
  }
  for (const f of files) {
    assert.deepEqual(JSON.parse(readFileSync(join(shared, f), 'utf8')), JSON.parse(readFileSync(join(root, 'tests/fidelity/recorded', f), 'utf8')), f);
  }
  for (const id of Object.keys(CANNOT_AGREE)) assert.ok(bodies.some((b) => b.id === id), `CANNOT_AGREE names ${id}, which is no corpus body`);
});
