// Extra merchant data through the built package: the segment option, buildAttachment and the
// builders that take `emd`, and locatePath inside the body string. The rules themselves are
// covered by the shared case files (tests/cases/*emd*.json, run by node.test.mjs and the
// others) and the EMD fidelity corpus (fidelity.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k from '../../pkg/node.mjs';
import * as lean from '../../pkg/validate.mjs';
import { cases, optionsOf, payloadOf } from './support.mjs';

const CT = 'application/vnd.klarna.internal.emd-v2+json';
const body = (emd) => ({ attachment: { content_type: CT, body: JSON.stringify(emd) } });
const rules = (report) => [...report.errors, ...report.warnings].map((v) => `${v.path} ${v.rule}`);

test('segment: a name or a list; each missing requirement is a warning; unknown names are TypeErrors', () => {
  const account = body({ customer_account_info: [{ unique_account_identifier: '4711' }] });
  assert.deepEqual(k.validate('session_update', account), { valid: true, errors: [], warnings: [] });
  for (const api of [k, lean]) {
    const one = api.validate('session_update', account, { segment: 'travel' });
    assert.deepEqual(rules(one), ['attachment.body emd_segment_package']);
    assert.deepEqual(one.warnings[0].expected.slice(0, 2), ['air_reservation_details', 'train_reservation_details']);
    const two = api.validate('session_update', account, { segment: ['travel', 'registered_checkout'] });
    assert.equal(two.warnings.length, 2, 'travel, and registered checkout wants a payment history too');
    assert.ok(two.valid);
    // Strict gates turn them into errors, as every warning.
    assert.equal(api.validate('session_update', account, { segment: 'travel', warningsAsErrors: true }).valid, false);
    // Create-session is not asked: Klarna prefers EMD in authorize() or an update.
    assert.deepEqual(api.validate('session', { ...account, purchase_country: 'SE', purchase_currency: 'SEK', order_amount: 0, order_lines: [] }, { segment: 'travel' }).warnings.filter((w) => w.rule === 'emd_segment_package'), []);
    for (const bad of ['Travel', 'travel,ticketing', 7, ['travel', null], {}]) {
      assert.throws(() => api.validate('session_update', account, { segment: bad }), TypeError, String(bad));
    }
    assert.deepEqual(api.validate('session_update', account, { segment: [] }), api.validate('session_update', account));
  }
});

test('buildAttachment: Dates and offsets in Klarna form, nulls dropped, and the body checks clean', () => {
  const built = k.buildAttachment({
    subscription: [{ subscription_name: 'Lenses', start_time: new Date(Date.UTC(2024, 0, 1, 10, 0, 0, 123)), end_time: '2025-01-01T11:30:00+01:00', auto_renewal_of_subscription: true, affiliate_name: null }],
  });
  assert.equal(built.content_type, CT);
  assert.deepEqual(JSON.parse(built.body), { subscription: [{ subscription_name: 'Lenses', start_time: '2024-01-01T10:00:00Z', end_time: '2025-01-01T10:30:00Z', auto_renewal_of_subscription: true }] });
  assert.deepEqual(k.validate('session_update', { attachment: built }, { segment: 'subscriptions' }), { valid: true, errors: [], warnings: [] });
});

test('buildAttachment refuses whatever the checks would report, with the path in its input', () => {
  const refusals = [
    [{ air_reservation_details: [{ itinerary: [{ departure: 'AMST' }] }] }, 'air_reservation_details[0].itinerary[0].departure', /at most 3 characters/],
    [{ Subscription: [] }, 'Subscription', /did you mean subscription/],
    [{ customer_account_info: [{ unique_account_identifier: 'x'.repeat(25) }] }, 'customer_account_info[0].unique_account_identifier', /25 characters/],
    [{ air_reservation_details: [{ itinerary: [{ passenger_id: [2] }], passengers: [{ id: 1 }] }] }, 'air_reservation_details[0].itinerary[0].passenger_id[0]', /is 2, which no passengers/],
    [{ event: [{ start_time: 'tomorrow' }] }, 'event[0].start_time', /yyyy-mm-ddThh:mm/],
    [[], '', /must be an object/],
  ];
  for (const [emd, path, message] of refusals) {
    assert.throws(() => k.buildAttachment(emd), (e) => e instanceof k.KlarnaBuildError && e.kind === 'input' && e.path === path && message.test(e.message), path);
  }
  assert.throws(() => k.buildAttachment(undefined), k.KlarnaBuildError);
});

test('buildSession, buildSessionUpdate and buildTokenOrder attach emd; emd and attachment together are refused', () => {
  const emd = { voucher: [{ voucher_name: 'Spa day', start_time: '2024-08-23T23:00:00.000Z', end_time: '2024-11-24T23:59:59Z' }] };
  const cart = { purchase_country: 'GB', lines: [{ name: 'Spa day', unit_price: 10000, tax_rate: 2000 }] };
  for (const [kind, build, input] of [
    ['session', k.buildSession, cart],
    ['session_update', k.buildSessionUpdate, cart],
    ['token_order', k.buildTokenOrder, { purchase_currency: 'GBP', lines: cart.lines, subscription: { name: 'Spa', interval: 'MONTH', interval_count: 1 } }],
  ]) {
    const payload = build({ ...input, emd });
    assert.equal(JSON.parse(payload.attachment.body).voucher[0].start_time, '2024-08-23T23:00:00Z', kind);
    assert.ok(k.validate(kind, payload, { segment: 'vouchers' }).valid, kind);
    assert.deepEqual(k.validate(kind, payload, { segment: 'vouchers' }).warnings, [], kind);
    assert.throws(() => build({ ...input, emd: { voucher: [{ start_time: 'x' }] } }), (e) => e.path === 'emd.voucher[0].start_time', kind);
    assert.throws(() => build({ ...input, emd, attachment: payload.attachment }), (e) => e.path === 'emd', kind);
  }
  assert.throws(() => k.buildOrder({ ...cart, emd }), (e) => e.path === 'emd' && /not to create-order/.test(e.message));
});

test('locatePath: every violation inside a body points at the escaped characters of its value', () => {
  let located = 0;
  for (const c of cases) {
    if (typeof c.payload !== 'object') continue;
    const text = JSON.stringify(payloadOf(c), null, 2);
    const report = k.validate(c.kind, text, optionsOf(c));
    for (const v of [...report.errors, ...report.warnings]) {
      if (!v.path.startsWith('attachment.body.')) continue;
      const span = k.locatePath(text, v.path);
      assert.ok(span, `${c.name} ${v.path}`);
      // Undo the outer string's escapes: what is left is the value's JSON text in the body.
      const inner = JSON.parse(`"${text.slice(span.start, span.end)}"`);
      const bodyValue = v.path.slice('attachment.body.'.length).match(/[^.[\]]+|\[\d+\]/g)
        .reduce((at, step) => (at === undefined ? at : at[step[0] === '[' ? Number(step.slice(1, -1)) : step]), JSON.parse(payloadOf(c).attachment.body));
      if (bodyValue !== undefined) assert.deepEqual(JSON.parse(inner), bodyValue, `${c.name} ${v.path}`);
      located++;
    }
  }
  assert.ok(located >= 30, `${located} located`);
});
