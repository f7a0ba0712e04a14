// No output of any export echoes personal data: personal-data stand-ins are fed through every
// export, as values and as keys, in valid and invalid positions, and none may come back in a
// message, a path, an error's fields or a report. What a builder or reader returns on success
// is the payload or response itself (the caller's own data, by design) and is not searched;
// nor are the fields parseKlarnaError copies from Klarna's body (error_code, error_messages,
// correlation_id): they are Klarna's words, returned as read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k from '../../pkg/node.mjs';
import { cases } from './support.mjs';

const PERSONAL = ['Zelda Quixote', 'zelda.quixote@example.org', '+46 70 999 88 77', 'Quixotegatan 42', '987 65', 'Zelda', 'Qx', 'Quixote-Ö', '0701234567', '197001011234'];

/** The key policy of reports (README): a member name that is a plain identifier (`nmae`,
 * `Zelda`, starting with a letter) is shown, since every Klarna field is one and a typo is worth
 * naming; anything else (digits first, as a phone or an ID number; spaces, `@`, `+`,
 * non-ASCII) is masked. So only those stand-ins are fed as keys. */
const maskedAsKey = (p) => !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(p);

/** Every string of a value replaced by `p`, and `p` added as a key to every object. */
function seeded(value, p, asKeys) {
  if (typeof value === 'string') return p;
  if (Array.isArray(value)) return value.map((v) => seeded(v, p, asKeys));
  if (value && typeof value === 'object') {
    const out = Object.fromEntries(Object.entries(value).map(([key, v]) => [key, seeded(v, p, asKeys)]));
    if (asKeys) out[p] = p;
    return out;
  }
  return value;
}

/** Variants of a valid input: stand-ins as values, as keys, and in number positions. Extra
 * merchant data in `attachment.body` is JSON inside a string: its variants are seeded inside it
 * too (a body replaced whole by a stand-in would only test one string). */
function variants(input, p) {
  const inNumbers = JSON.parse(JSON.stringify(input), (key, v) => (typeof v === 'number' ? p : v));
  const asValues = [seeded(input, p, false), inNumbers];
  const all = maskedAsKey(p) ? [...asValues, seeded(input, p, true), { ...input, [p]: { [p]: [p] } }] : asValues;
  let body = null;
  try {
    body = JSON.parse(input.attachment.body);
  } catch {
    // no attachment, or a body that is not JSON (a case about that)
  }
  if (body === null || typeof body !== 'object') return all;
  const inBody = variants(body, p).map((b) => ({ ...input, attachment: { ...input.attachment, body: JSON.stringify(b) } }));
  return [...all, ...inBody];
}

let checked = 0;
/** Runs fn; searches its result (when `searchResult`) or what it threw for the stand-in. */
function search(label, p, fn, searchResult = true) {
  let out;
  try {
    out = fn();
    if (!searchResult) return;
  } catch (e) {
    out = { name: e && e.name, message: e && e.message, path: e && e.path, kind: e && e.kind, report: e && e.report };
  }
  checked++;
  const text = JSON.stringify(out) ?? '';
  assert.ok(!text.includes(JSON.stringify(p).slice(1, -1)), `${label}: "${p}" came back: ${text.slice(0, 300)}`);
}

const checkout = { purchase_country: 'SE', lines: [{ name: 'Kaffe', quantity: 2, unit_price: 5000, tax_rate: 1200, reference: 'K-1' }],
  shipping: { amount: 4900, tax_rate: 2500 }, discounts: [{ name: 'Rabatt', amount: 300 }], gift_cards: [{ name: 'Kort', amount: 100 }],
  billing_address: { given_name: 'Örjan', family_name: 'Åström', postal_code: '123 45', country: 'SE' },
  merchant_urls: { confirmation: 'https://shop.example/thanks' } };
const tokenOrder = { purchase_currency: 'SEK', lines: [{ name: 'Kaffe', unit_price: 5000, tax_rate: 1200 }] };
const omOrder = { order_id: '0b1d9815-165e-42e2-8867-35bc03789e00', status: 'PART_CAPTURED', fraud_status: 'ACCEPTED', purchase_country: 'SE',
  order_amount: 10000, captured_amount: 5000, refunded_amount: 0, remaining_authorized_amount: 5000, expires_at: '2030-01-01T00:00:00.000Z',
  created_at: '2026-11-30T00:00:00.000Z', initial_payment_method: { type: 'INVOICE' },
  captures: [{ capture_id: '4ba29b50-be7b-44f5-a492-113e6a865e22', captured_amount: 5000, order_lines: [{ reference: 'K-1', name: 'Kaffe', quantity: 1, unit_price: 5000, tax_rate: 2500, total_amount: 5000, total_tax_amount: 1000 }] }],
  order_lines: [{ reference: 'K-1', name: 'Kaffe', quantity: 2, unit_price: 5000, tax_rate: 2500, total_amount: 10000, total_tax_amount: 2000 }],
  billing_address: { given_name: 'Åsa', family_name: 'Berg', country: 'SE' } };
const emd = { customer_account_info: [{ unique_account_identifier: 'kund-4711', account_registration_date: '2021-06-10T12:02:21Z' }],
  air_reservation_details: [{ itinerary: [{ departure: 'ARN', ticket_delivery_method: 'email', ticket_delivery_recipient: 'a@example.com', passenger_id: [1] }],
    passengers: [{ id: 1, title: 'ms', first_name: 'Åsa', last_name: 'Berg' }] }],
  other_delivery_address: [{ shipping_method: 'pick-up point', first_name: 'Åsa', city: 'Stockholm', country: 'SE' }] };

test('validate, assertValid and toKlarnaError: no stand-in in any report, error or body', () => {
  for (const c of cases) {
    if (typeof c.payload !== 'object' || c.payload === null) continue;
    for (const p of PERSONAL) {
      for (const payload of variants(c.payload, p)) {
        search(`validate ${c.name}`, p, () => k.validate(c.kind, payload));
        search(`validate ${c.name} (text)`, p, () => k.validate(c.kind, JSON.stringify(payload)));
        search(`assertValid ${c.name}`, p, () => k.assertValid(c.kind, payload, { warningsAsErrors: true }));
        search(`toKlarnaError ${c.name}`, p, () => k.toKlarnaError(k.validate(c.kind, payload)));
        search(`locatePath ${c.name}`, p, () => k.locatePath(JSON.stringify(payload), p));
      }
    }
  }
  assert.ok(checked > 2000, `only ${checked} outputs checked`);
});

test('builders, response readers, compare and the helpers: no stand-in in any refusal or comparison', () => {
  for (const p of PERSONAL) {
    for (const [name, fn, input] of [
      ['buildOrder', k.buildOrder, checkout], ['buildSession', k.buildSession, checkout], ['orderLine', k.orderLine, checkout.lines[0]],
      ['buildCustomerToken', k.buildCustomerToken, { purchase_country: 'SE', description: 'Kaffe', billing_address: checkout.billing_address }],
      ['buildTokenOrder', k.buildTokenOrder, tokenOrder],
      ['buildAttachment', k.buildAttachment, emd],
      ['buildCapture', (v) => k.buildCapture(omOrder, v), { lines: [{ reference: 'K-1', name: 'Kaffe', quantity: 1 }], shipping_info: [{ tracking_number: '1Z' }] }],
      ['buildRefund', (v) => k.buildRefund(omOrder, v), { lines: [{ reference: 'K-1', quantity: 1 }], reference: 'RMA-1' }],
      ['buildUpdateAuthorization', (v) => k.buildUpdateAuthorization(omOrder, v), { lines: [{ name: 'Kaffe', unit_price: 5000, tax_rate: 2500 }] }],
      ['buildCapture (order)', (v) => k.buildCapture(v, { amount: 100 }), omOrder],
      ['buildSessionUpdate', k.buildSessionUpdate, { ...checkout, emd }],
      ['parseOrderResponse', k.parseOrderResponse, { order_id: 'a', fraud_status: 'ACCEPTED', redirect_url: 'https://x' }],
      ['parseTokenCreationResponse', k.parseTokenCreationResponse, { token_id: 'a', redirect_url: 'https://x' }],
      ['parseCustomerTokenResponse', k.parseCustomerTokenResponse, { payment_method_type: 'INVOICE', status: 'ACTIVE' }],
    ]) {
      // A success returns the caller's own data; only refusals are searched.
      for (const v of variants(input, p)) search(`${name}`, p, () => fn(v), false);
      search(`${name} (text)`, p, () => fn(p), false);
    }
    for (const v of variants([{ tax_rate: 2500, amount: 6000 }], p)) search('splitDiscount', p, () => k.splitDiscount(100, v), false);
    // The order's own values (its id, payment method, addresses) never come back either.
    for (const v of variants(omOrder, p)) {
      search('checkAgainstOrder (order)', p, () => k.checkAgainstOrder('capture', { captured_amount: 99999 }, v));
      search('checkAgainstOrder (order, extend)', p, () => k.checkAgainstOrder('extend_authorization_time', {}, v));
    }
    for (const v of variants({ captured_amount: 100, reference: 'r', shipping_info: [{ tracking_number: 't' }] }, p)) {
      search('checkAgainstOrder (body)', p, () => k.checkAgainstOrder('capture', v, omOrder, { captureId: p }));
    }
    search('toMinorUnits', p, () => k.toMinorUnits(p, p));
    search('fromMinorUnits', p, () => k.fromMinorUnits(100, p));
    search('allowedCalls', p, () => k.allowedCalls(p));
    search('checkIntent', p, () => k.checkIntent(p, p));
    search('checkIntent', p, () => k.checkIntent('buy', p));
    const order = k.buildOrder(checkout);
    for (const v of variants(order, p)) search('compareWithAuthorization', p, () => k.compareWithAuthorization(order, v));
    search('compareWithAuthorization (text)', p, () => k.compareWithAuthorization(p, order));
    const klarna = { error_code: 'BAD_VALUE', error_messages: [`Bad value: ${p}`, `Not matching fields: [${p}, billing_address.${p}]`] };
    if (maskedAsKey(p)) search('parseKlarnaError', p, () => {
      const e = k.parseKlarnaError(klarna, 400);
      return { paths: e.paths, explanation: e.explanation, action: e.action };
    });
  }
});
