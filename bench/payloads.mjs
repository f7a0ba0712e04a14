// The benchmark's payloads, built once so every validator sees the very same objects.
const rate = 2500;
const line = (i, unit_price = 1000 + i) => ({
  type: 'physical', reference: `SKU-${i}`, name: `Item ${i}`, quantity: 1, unit_price, tax_rate: rate,
  total_amount: unit_price, total_tax_amount: Math.round((unit_price * rate) / (10000 + rate)),
});
export function order(n) {
  const order_lines = Array.from({ length: n }, (_, i) => line(i));
  return {
    purchase_country: 'SE', purchase_currency: 'SEK', locale: 'sv-SE',
    order_amount: order_lines.reduce((a, l) => a + l.total_amount, 0),
    order_tax_amount: order_lines.reduce((a, l) => a + l.total_tax_amount, 0),
    order_lines,
    billing_address: { given_name: 'Örjan', family_name: 'Åström', email: 'orjan@example.se', street_address: 'Drottninggatan 1', postal_code: '123 45', city: 'Stockholm', country: 'SE' },
    merchant_urls: { confirmation: 'https://shop.example/thanks?sid={session.id}' },
  };
}

/** Five violations: a decimal price, a wrong tax, a wrong total, the wrong currency, an empty name. */
function invalidOrder() {
  const o = order(2);
  o.order_lines[0].unit_price = 10.5;
  o.order_lines[1].total_tax_amount += 50;
  o.order_lines[1].name = '';
  o.order_amount += 1;
  o.purchase_currency = 'EUR';
  return o;
}

export const payloads = [
  { name: '2-line order', kind: 'order', valid: true, payload: order(2) },
  { name: '20-line order', kind: 'order', valid: true, payload: order(20) },
  { name: '1000-line order', kind: 'order', valid: true, payload: order(1000) },
  { name: 'invalid 2-line order (5 faults)', kind: 'order', valid: false, payload: invalidOrder() },
  { name: 'session', kind: 'session', valid: true, payload: { ...order(2), intent: 'buy', merchant_urls: undefined } },
  {
    name: 'token order', kind: 'token_order', valid: true,
    payload: { purchase_currency: 'SEK', order_amount: 1000, order_tax_amount: 200, auto_capture: true, merchant_urls: { confirmation: 'https://shop.example/thanks' },
      order_lines: [{ ...line(0, 1000), subscription: { name: 'Kaffe', interval: 'MONTH', interval_count: 1 } }] },
  },
];
