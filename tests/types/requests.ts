// Type tests (compiled by tests/js/types.test.mjs with strict tsc): the request types generated
// from the Rust model catch payload mistakes, the report is a union on `valid`, the guards
// narrow, and `schemas` are Standard Schema v1 as the spec's own types describe it.
import type { StandardSchemaV1 as Spec } from '@standard-schema/spec';
import * as k from '../../pkg/index.js';
import type { OrderRequest, PayloadOf, Report, SessionUpdateRequest, TokenStatusRequest } from '../../pkg/index.js';

const order: OrderRequest = {
  purchase_country: 'SE', purchase_currency: 'SEK', order_amount: 10000, order_tax_amount: 2000,
  order_lines: [{ name: 'Kaffe', quantity: 1, unit_price: 10000, tax_rate: 2500, total_amount: 10000, total_tax_amount: 2000, type: 'physical' }],
  merchant_urls: { confirmation: 'https://shop.example/thanks' }, locale: null,
};
// Klarna reads enums in any case, and null as absent: both are accepted.
const lenient: TokenStatusRequest = { status: 'cancelled' };
const update: SessionUpdateRequest = { order_amount: 200, order_lines: order.order_lines };
const same: PayloadOf<'order'> = order;

// @ts-expect-error: a misspelled field (order_line for order_lines)
const misspelled: OrderRequest = { ...order, order_line: [] };
// @ts-expect-error: a wrong type (unit_price as text)
const wrongType: OrderRequest = { ...order, order_lines: [{ name: 'x', quantity: 1, unit_price: '10', total_amount: 10 }] };
// @ts-expect-error: a required field missing (order_amount)
const missing: OrderRequest = { purchase_country: 'SE', purchase_currency: 'SEK', order_lines: [] };
// @ts-expect-error: not a line type in any case
const badType: OrderRequest = { ...order, order_lines: [{ ...order.order_lines[0]!, type: 'product' }] };

const report: Report = k.validate('order', order);
if (report.valid) {
  const none: [] = report.errors;
  void none;
} else {
  const first: k.Violation = report.errors[0];
  const rule: k.RuleId = first.rule;
  void rule;
}

const incoming: unknown = JSON.parse('{}');
if (k.isValid('order', incoming)) {
  const amount: number = incoming.order_amount;
  void amount;
}
const asserted: unknown = order;
k.assertValid('session_update', asserted);
const lines: SessionUpdateRequest['order_lines'] = asserted.order_lines;

// Standard Schema, as its own package types it.
const schema: Spec<unknown, OrderRequest> = k.schemas.order;
const result = schema['~standard'].validate(order);
if (!(result instanceof Promise) && result.issues) {
  const path: ReadonlyArray<PropertyKey | Spec.PathSegment> | undefined = result.issues[0]?.path;
  void path;
}

void [lenient, update, same, misspelled, wrongType, missing, badType, lines];

// Extra merchant data: the builder's input is typed from the Rust model.
const emd: k.ExtraMerchantData = {
  air_reservation_details: [{
    itinerary: [{ departure: 'ARN', departure_date: new Date(), ticket_delivery_method: 'email', passenger_id: [1] }],
    passengers: [{ id: 1, title: '' }],
  }],
  payment_history_full: [{ payment_option: 'non klarna credit', total_amount_paid_purchases: 412134 }],
};
const attachment: k.EmdAttachment = k.buildAttachment(emd);
const envelope: SessionUpdateRequest = { attachment };
const segment: k.ValidateOptions = { segment: ['travel', 'registered_checkout'] };
// @ts-expect-error: packages are arrays of objects
const notAnArray: k.ExtraMerchantData = { customer_account_info: { unique_account_identifier: '4711' } };
// @ts-expect-error: EMD enums are exact, lowercase
const shouting: k.ExtraMerchantData = { air_reservation_details: [{ itinerary: [{ ticket_delivery_method: 'EMAIL' }] }] };
// @ts-expect-error: a misspelled package
const typo: k.ExtraMerchantData = { Subscription: [] };
// @ts-expect-error: not a segment
const noSegment: k.ValidateOptions = { segment: 'travels' };
void [envelope, segment, notAnArray, shouting, typo, noSegment];
