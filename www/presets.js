// Example payloads for the demo page and `make demo`: valid ones for several markets, and the
// classic mistakes merchants make (KLARNA-RULES.md); after the purchase, the orders Klarna holds
// (tests/state/calls.json) and a default body for each Order Management call.
const line = (over = {}) => ({
  type: 'physical', reference: '19-402', name: 'Red T-Shirt', quantity: 2, quantity_unit: 'pcs',
  unit_price: 5000, tax_rate: 2000, total_amount: 10000, total_discount_amount: 0, total_tax_amount: 1667, ...over,
});
const address = (over = {}) => ({
  given_name: 'Åsa', family_name: 'Müller', email: 'asa@example.com', street_address: '33 Cavendish Square',
  postal_code: 'W1G 0PW', city: 'London', phone: '+44 20 7946 0958', country: 'GB', ...over,
});
const gbOrder = (over = {}) => ({
  purchase_country: 'GB', purchase_currency: 'GBP', locale: 'en-GB', order_amount: 10000, order_tax_amount: 1667,
  order_lines: [line()], billing_address: address(),
  merchant_urls: { confirmation: 'https://shop.example/thanks?sid={session.id}&oid={order.id}' }, ...over,
});
const usAddress = { given_name: 'John', family_name: 'Doe', email: 'john@doe.com', street_address: 'Lombard St 10',
  postal_code: '90210', city: 'Beverly Hills', region: 'CA', phone: '333444555', country: 'US' };
const usLines = [
  { type: 'physical', name: 'Running shoes', quantity: 1, unit_price: 10000, tax_rate: 0, total_amount: 10000, total_tax_amount: 0 },
  { type: 'sales_tax', name: 'Sales Tax', quantity: 1, unit_price: 825, tax_rate: 0, total_amount: 825, total_tax_amount: 0 },
];
const cart1000 = Array.from({ length: 1000 }, (_, i) => ({
  type: 'physical', reference: `SKU-${i}`, name: `Item ${i}`, quantity: 1, unit_price: 1000, tax_rate: 2500, total_amount: 1000, total_tax_amount: 200,
}));

// Extra merchant data (EMD, EMD.md): Klarna wants it in authorize() or a session update, as an
// attachment whose body is the packages serialised to JSON text.
const attachment = (emd) => ({ content_type: 'application/vnd.klarna.internal.emd-v2+json', body: JSON.stringify(emd) });
// Klarna's air example (EMD.md §6.1): two segments, three passengers, a child with a blank title.
const airSegment = (over = {}) => ({
  departure: 'AMS', departure_city: 'Amsterdam', arrival: 'LHR', arrival_city: 'London', carrier: 'KL', segment_price: 2000,
  departure_date: '2022-08-06T19:50:00Z', ticket_delivery_method: 'email', ticket_delivery_recipient: 'john.doe@email.com',
  passenger_id: [1, 2, 3], class: 'business', ...over,
});
const airReservation = {
  pnr: 'Y2YWJD',
  itinerary: [
    airSegment(),
    airSegment({ departure: 'LHR', departure_city: 'London', arrival: 'AMS', arrival_city: 'Amsterdam', departure_date: '2022-08-20T16:45:00Z' }),
  ],
  insurance: [{ insurance_company: 'AON', insurance_type: 'cancellation', insurance_price: 200 }],
  passengers: [
    { id: 1, title: 'mr', first_name: 'John', last_name: 'Doe' },
    { id: 2, title: 'mrs', first_name: 'Jane', last_name: 'Doe' },
    { id: 3, title: '', first_name: 'Josh', last_name: 'Doe' },
  ],
  affiliate_name: 'Booking.com',
};
// EMD.md §6.2's account, with an identifier of 24 characters (Klarna's example has 25, one past the documented limit).
const accountId = '1234567890qwertyuiopasdf';
const account = { unique_account_identifier: accountId, account_registration_date: '2021-06-10T12:02:21Z', account_last_modified: '2021-07-10T12:02:21Z' };
const frShipping = { given_name: 'Marie', family_name: 'Dupont', email: 'marie@example.com', street_address: '40 Rue La Fayette', postal_code: '75009', city: 'Paris', country: 'FR' };

// After the purchase (Order Management, Hosted Payment Page): the line of tests/cases/capture-valid.json.
const kaffe = (over = {}) => ({
  type: 'physical', reference: 'K-1', name: 'Kaffe', quantity: 1, unit_price: 5000, tax_rate: 2500, total_amount: 5000, total_tax_amount: 1000, ...over,
});
const seShipping = { given_name: 'Åsa', family_name: 'Berg', street_address: 'Storgatan 1', postal_code: '11122', city: 'Stockholm', country: 'SE' };
const hppSessionUrl = 'https://api.klarna.com/payments/v1/sessions/0b1d9815-165e-42e2-8867-35bc03789e00';

export const presets = [
  { id: 'gb-order', label: 'Valid: UK order', kind: 'order', payload: gbOrder() },
  {
    id: 'se-session', label: 'Valid: Swedish session (lowercase codes)', kind: 'session',
    payload: {
      purchase_country: 'se', purchase_currency: 'sek', locale: 'sv-se', order_amount: 12500, order_tax_amount: 2500, intent: 'buy',
      order_lines: [{ type: 'physical', name: 'Kaffekopp', quantity: 1, unit_price: 12500, tax_rate: 2500, total_amount: 12500, total_tax_amount: 2500 }],
      billing_address: address({ given_name: 'Örjan', family_name: 'Åström', postal_code: '123 45', city: 'Stockholm', country: 'SE', phone: '+46 70 174 06 15' }),
    },
  },
  {
    id: 'us-sales-tax', label: 'Valid: US order with a sales_tax line', kind: 'order',
    payload: { purchase_country: 'US', purchase_currency: 'USD', locale: 'en-US', order_amount: 10825, order_tax_amount: 825, order_lines: usLines, billing_address: usAddress },
  },
  {
    id: 'de-discount', label: 'Valid: German order with a discount line', kind: 'order',
    payload: {
      purchase_country: 'DE', purchase_currency: 'EUR', locale: 'de-DE', order_amount: 9000, order_tax_amount: 1437,
      order_lines: [
        { type: 'physical', name: 'Jacke', quantity: 1, unit_price: 10000, tax_rate: 1900, total_amount: 10000, total_tax_amount: 1597 },
        { type: 'discount', name: 'Rabatt', quantity: 1, unit_price: -1000, tax_rate: 1900, total_amount: -1000, total_tax_amount: -160 },
      ],
      billing_address: { given_name: 'Jürgen', family_name: 'Groß', title: 'Herr', postal_code: '10115', city: 'Berlin', country: 'DE' },
    },
  },
  {
    id: 'cart-update', label: 'Valid: cart update (amounts and lines only)', kind: 'session_update',
    payload: { order_amount: 10000, order_tax_amount: 1667, order_lines: [line()] },
  },
  { id: 'cart-1000', label: 'Valid: 1000-line cart', kind: 'order', payload: { purchase_country: 'SE', purchase_currency: 'SEK', locale: 'sv-SE', order_amount: 1000000, order_tax_amount: 200000, order_lines: cart1000 } },
  {
    id: 'tax-gross', label: 'Mistake: tax as a percentage of the gross price', kind: 'order',
    payload: gbOrder({ order_tax_amount: 2000, order_lines: [line({ total_tax_amount: 2000 })] }),
  },
  { id: 'decimal-amounts', label: 'Mistake: decimal amounts (49.99)', kind: 'order', payload: gbOrder({ order_lines: [line({ unit_price: 49.99, total_amount: 99.98 })] }) },
  {
    id: 'us-US', label: "Warning: locale us-US (from Klarna's own docs)", kind: 'customer_token',
    payload: { purchase_country: 'US', purchase_currency: 'USD', locale: 'us-US', description: 'Monthly subscription', intended_use: 'SUBSCRIPTION', billing_address: usAddress },
  },
  { id: 'country-mismatch', label: 'Warning: billing country ≠ purchase country (Klarna accepts it on orders)', kind: 'order', payload: gbOrder({ billing_address: address({ country: 'IE', postal_code: 'D02 X285', city: 'Dublin' }) }) },
  { id: 'currency-mismatch', label: 'Mistake: a currency of neither country', kind: 'order', payload: gbOrder({ purchase_currency: 'EUR' }) },
  {
    id: 'token-no-intended-use', label: 'Mistake: customer token without intended_use', kind: 'customer_token',
    payload: { purchase_country: 'US', purchase_currency: 'USD', locale: 'en-US', description: 'Monthly subscription', billing_address: usAddress },
  },
  {
    id: 'us-no-region', label: 'Mistake: US order without region', kind: 'order',
    payload: { purchase_country: 'US', purchase_currency: 'USD', locale: 'en-US', order_amount: 10825, order_tax_amount: 825, order_lines: usLines, billing_address: { ...usAddress, region: undefined } },
  },
  { id: 'wrong-types', label: 'Mistake: wrong types', kind: 'order', payload: gbOrder({ order_amount: '10000', order_lines: [line({ quantity: '2' })], billing_address: null }) },
  { id: 'long-reference', label: 'Mistake: 70-character reference', kind: 'order', payload: gbOrder({ order_lines: [line({ reference: 'SKU-'.padEnd(70, '0') })] }) },
  { id: 'typo', label: 'Mistake: typo in a field name', kind: 'order', payload: { ...gbOrder(), purchase_countyr: 'GB' } },
  { id: 'token-order', label: 'Mistake: token order without confirmation URL', kind: 'token_order', payload: { purchase_currency: 'USD', order_amount: 1500, order_tax_amount: 0, merchant_urls: { push: 'https://shop.example/push' }, order_lines: [line({ tax_rate: 0, unit_price: 750, total_amount: 1500, total_tax_amount: 0, subscription: { name: 'Tees', interval: 'MONTH', interval_count: 1 } })] } },
  { id: 'token-status', label: 'Valid: cancel a customer token', kind: 'token_status', payload: { status: 'CANCELLED' } },
  {
    id: 'om-capture', label: 'Valid: a partial capture with its lines and tracking', kind: 'capture',
    payload: {
      captured_amount: 5000, description: 'First parcel', reference: 'SHIP-1', order_lines: [kaffe()],
      shipping_info: [{ shipping_company: 'postnord', shipping_method: 'PickUpPoint', tracking_number: '00370730253', tracking_uri: 'https://track.example/00370730253' }],
    },
  },
  { id: 'om-refund', label: 'Valid: a refund of one returned item', kind: 'refund', payload: { refunded_amount: 5000, description: 'Returned: 1 Kaffe', reference: 'RMA-7', order_lines: [kaffe()] } },
  { id: 'om-auth-no-lines', label: 'Warning: authorization update without order_lines (Klarna deletes the lines)', kind: 'update_authorization', payload: { order_amount: 8000, description: 'One item out of stock' } },
  {
    id: 'om-billing-address', label: 'Mistake: customer details update with a billing address', kind: 'update_customer_details',
    payload: { billing_address: { ...seShipping, email: 'asa@example.com' }, shipping_address: seShipping },
  },
  {
    id: 'hpp-back-and-cancel', label: 'Warning: HPP session with both back and cancel URLs', kind: 'hpp_session',
    payload: {
      payment_session_url: hppSessionUrl,
      merchant_urls: {
        success: 'https://shop.example/thanks?sid={{session_id}}&authorization_token={{authorization_token}}',
        back: 'https://shop.example/checkout', cancel: 'https://shop.example/checkout',
      },
      options: { purchase_type: 'BUY' },
    },
  },
  { id: 'hpp-sms-no-country', label: 'Mistake: HPP link by SMS without phone_country', kind: 'hpp_distribution', payload: { method: 'sms', contact_information: { phone: '+46701740615' } } },
  {
    id: 'emd-flight', label: 'Valid: extra merchant data of a flight booking', kind: 'session_update', segment: 'travel',
    payload: {
      order_amount: 4200, order_tax_amount: 0,
      order_lines: [
        { type: 'digital', reference: 'Y2YWJD', name: 'Flights AMS–LHR–AMS, 3 passengers', quantity: 1, unit_price: 4000, tax_rate: 0, total_amount: 4000, total_tax_amount: 0 },
        { type: 'digital', reference: 'AON-CXL', name: 'Cancellation insurance', quantity: 1, unit_price: 200, tax_rate: 0, total_amount: 200, total_tax_amount: 0 },
      ],
      attachment: attachment({ air_reservation_details: [airReservation], customer_account_info: [account] }),
    },
  },
  {
    id: 'emd-subscription', label: 'Valid: extra merchant data of a subscription with an account history', kind: 'session_update', segment: 'subscriptions',
    payload: {
      order_amount: 2500, order_tax_amount: 500,
      order_lines: [{
        type: 'physical', reference: 'LENS-30', name: 'Contact lenses, monthly', quantity: 1, unit_price: 2500, tax_rate: 2500, total_amount: 2500, total_tax_amount: 500,
        subscription: { name: 'Contact lenses', interval: 'MONTH', interval_count: 1 },
      }],
      attachment: attachment({
        subscription: [{ subscription_name: 'Contact_lenses', start_time: '2024-03-01T09:30:00Z', end_time: '2025-03-01T09:30:00Z', auto_renewal_of_subscription: true }],
        customer_account_info: [account],
        payment_history_full: [
          { unique_account_identifier: accountId, number_paid_purchases: 5, payment_option: 'other', total_amount_paid_purchases: 412134, date_of_first_paid_purchase: '2021-06-10T12:10:43Z', date_of_last_paid_purchase: '2022-05-11T12:43:56Z' },
          { unique_account_identifier: accountId, number_paid_purchases: 30, payment_option: 'non klarna credit', total_amount_paid_purchases: 123210, date_of_first_paid_purchase: '2022-01-02T10:23:10Z', date_of_last_paid_purchase: '2022-11-09T16:52:41Z' },
        ],
      }),
    },
  },
  {
    id: 'emd-marketplace', label: 'Valid: extra merchant data of a marketplace order to a pick-up point', kind: 'session_update', segment: 'marketplace',
    payload: {
      order_amount: 49900, order_tax_amount: 8317,
      order_lines: [{ type: 'physical', reference: 'ACER-5400', name: 'Acer 5400', quantity: 1, unit_price: 49900, tax_rate: 2000, total_amount: 49900, total_tax_amount: 8317 }],
      shipping_address: frShipping,
      attachment: attachment({
        marketplace_seller_info: [{
          unique_account_identifier_seller: { email: 'seller@example.com', other: 'S-881' },
          sub_merchant_id: 'S-881', sub_merchant_name: 'Marketbrick Ltd.', sub_merchant_postal_code: '11010', product_category: 'Computers', product_name: 'Acer 5400',
          account_registration_date: '2019-03-01T09:00:00Z',
          account_last_modified: { password: '2023-01-01T10:00:00Z', email: '2023-02-01T10:00:00Z', listing: '2024-05-01T10:00:00Z', login: '2024-06-01T08:30:00Z', address: '2022-01-01T10:00:00Z' },
          seller_rating: 4.5, number_of_trades: 320, volume_of_trades: 2305,
        }],
        other_delivery_address: [{
          shipping_method: 'pick-up point', shipping_type: 'express', first_name: 'Marie', last_name: 'Dupont',
          street_address: 'Rue La Fayette', street_number: '40', postal_code: '75009', city: 'Paris', country: 'FR',
        }],
      }),
    },
  },
  {
    // krokedil's "Subscription" key, WooCommerce's nested customer_account_info, toISOString()'s
    // milliseconds, a UTC offset, Magento's shipping method code and a country name (EMD.md §8).
    id: 'emd-mistakes', label: 'Mistake: extra merchant data as real integrations send it (Subscription, toISOString(), a shop\'s shipping code)', kind: 'session_update', segment: 'subscriptions',
    payload: {
      order_amount: 2500, order_tax_amount: 500,
      order_lines: [{
        type: 'physical', reference: 'LENS-30', name: 'Contact lenses, monthly', quantity: 1, unit_price: 2500, tax_rate: 2500, total_amount: 2500, total_tax_amount: 500,
        subscription: { name: 'Contact lenses', interval: 'MONTH', interval_count: 1 },
      }],
      attachment: attachment({
        Subscription: [{ subscription_name: 'Contact_lenses', auto_renewal_of_subscription: true }],
        subscription: [{
          subscription_name: 'Contact_lenses', start_time: new Date(Date.UTC(2024, 2, 1, 9, 30)).toISOString(), end_time: '2025-03-01T10:30:00+01:00', auto_renewal_of_subscription: true,
          customer_account_info: { unique_account_identifier: 'jane.doe', account_registration_date: '2021-06-10T12:02:21Z', account_last_modified: '2021-07-10T12:02:21Z' },
        }],
        other_delivery_address: [{ shipping_method: 'flatrate_flatrate', shipping_type: 'normal', street_address: 'Storgatan 3', postal_code: '113 35', city: 'Stockholm', country: 'Sweden' }],
      }),
    },
  },
  {
    // The typos of Klarna's own KCO API example (hotel_intinerary, intinerary; its hotel values,
    // "Sweden" included, are copied as they are), and a flight naming a passenger who is not booked.
    id: 'emd-trip-mistakes', label: "Mistake: extra merchant data of a trip with the typos of Klarna's KCO example and a passenger nobody booked", kind: 'session_update', segment: 'travel',
    payload: {
      attachment: attachment({
        air_reservation_details: [{
          pnr: 'VH67899',
          itinerary: [airSegment({ departure: 'AMS', departure_city: 'Amsterdam', arrival: 'ARN', arrival_city: 'Stockholm', departure_date: '2024-01-30T15:00:00Z', ticket_delivery_recipient: 'adam@example.com', passenger_id: [1, 2], class: 'economy' })],
          passengers: [{ id: 1, title: 'mr', first_name: 'Adam', last_name: 'Adamson' }],
        }],
        train_reservation_details: [{
          pnr: 'AX-2291',
          intinerary: [{ departure_city: 'Stockholm Arlanda', arrival_city: 'Stockholm C', carrier: 'Arlanda Express', segment_price: 3300, departure_date: '2024-01-30T18:05:00Z', ticket_delivery_method: 'email', ticket_delivery_recipient: 'adam@example.com', passenger_id: [1] }],
          passengers: [{ id: 1, title: 'mr', first_name: 'Adam', last_name: 'Adamson' }],
        }],
        hotel_reservation_details: [{
          pnr: 'VH67899',
          hotel_intinerary: [{
            hotel_name: 'Hotel ltd.', address: { street_address: 'Storgatan 3', postal_code: '113 35', city: 'Stockholm', country: 'Sweden' },
            start_time: '2024-01-30T15:00:00Z', end_time: '2024-02-02T11:00:00Z', number_of_rooms: 1, ticket_delivery_method: 'email', ticket_delivery_recipient: 'adam@example.com', hotel_price: 23050, passenger_id: [1],
          }],
          passengers: [{ id: 1, title: 'mr', first_name: 'Adam', last_name: 'Adamson' }],
        }],
      }),
    },
  },
];

// ---- after the purchase -----------------------------------------------------------------------

const DAY = 86_400_000;
/** Klarna's form of a date-time: `2026-12-08T10:00:00.000Z`, to the second. */
const iso = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
const captureId = '4ba29b50-be7b-44f5-a492-113e6a865e22';

/**
 * The orders of the "After the purchase" tab, as GET /ordermanagement/v1/orders/{order_id}
 * answers: each one's state is the order of the tests/state/calls.json call named in `from`
 * (`make demo` compares them). Its dates are moved to `now` (created 11 days before, expiring in
 * 7), as calls.json's are to its own `now`, so the page judges expiry the same any day.
 */
export function orderPresets(now = Date.now()) {
  const order = (over) => ({
    order_id: '0b1d9815-165e-42e2-8867-35bc03789e00', status: 'AUTHORIZED', fraud_status: 'ACCEPTED',
    order_amount: 10000, original_order_amount: 10000, captured_amount: 0, refunded_amount: 0, remaining_authorized_amount: 10000,
    purchase_country: 'SE', created_at: iso(now - 11 * DAY), expires_at: iso(now + 7 * DAY), initial_payment_method: { type: 'INVOICE' },
    order_lines: [{ name: 'Kaffe', quantity: 2, unit_price: 5000, total_amount: 10000 }], captures: [], ...over,
  });
  return [
    { id: 'authorized', label: 'Authorized, nothing captured', from: 'cancel an uncaptured order', order: order() },
    {
      id: 'half-captured', label: 'Half captured', from: 'capture above the remaining authorization',
      order: order({ status: 'PART_CAPTURED', captured_amount: 5000, remaining_authorized_amount: 5000, captures: [{ capture_id: captureId, captured_amount: 5000 }] }),
    },
    {
      id: 'fully-captured', label: 'Fully captured', from: 'release on a fully captured order',
      order: order({ status: 'CAPTURED', captured_amount: 10000, remaining_authorized_amount: 0, captures: [{ capture_id: captureId, captured_amount: 10000 }] }),
    },
    // calls.json's EXPIRED order keeps a future expires_at (the status alone decides there); here it is past too.
    { id: 'expired', label: 'Expired', from: 'capture on an EXPIRED order', order: order({ status: 'EXPIRED', created_at: iso(now - 30 * DAY), expires_at: iso(now - 2 * DAY) }) },
    { id: 'cancelled', label: 'Cancelled', from: 'capture on a cancelled order', order: order({ status: 'CANCELLED' }) },
    { id: 'pending', label: 'Pending fraud review', from: 'capture while the fraud review is pending', order: order({ fraud_status: 'PENDING' }) },
  ];
}

/** The body each Order Management call starts with on the tab (the calls without one take `{}`). */
export const callBodies = {
  capture: { captured_amount: 5000, reference: 'SHIP-1', order_lines: [kaffe()] },
  refund: { refunded_amount: 5000, reference: 'RMA-7', order_lines: [kaffe()] },
  update_authorization: { order_amount: 9000, description: 'Price adjusted', order_lines: [kaffe({ quantity: 2, unit_price: 4500, total_amount: 9000, total_tax_amount: 1800 })] },
  cancel: {},
  release_remaining_authorization: {},
  extend_authorization_time: {},
  update_customer_details: { shipping_address: seShipping },
  update_merchant_references: { merchant_reference1: 'ORDER-4711', merchant_reference2: '' },
  shipping_info: { shipping_info: [{ shipping_company: 'postnord', shipping_method: 'PickUpPoint', tracking_number: '00370730253' }] },
  extend_due_date: { number_of_days: 14 },
};

/** The capture a call is made on by default: extend_due_date is on a capture (the order's first);
 * shipping_info may be on the order or a capture (the order, by default); the rest on the order. */
export const defaultCaptureId = (kind, order) => (kind === 'extend_due_date' ? order?.captures?.[0]?.capture_id ?? '' : '');
