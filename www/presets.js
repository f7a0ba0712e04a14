// Example payloads for the demo page and `make demo`: valid ones and the classic mistakes.
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

export const presets = [
  { id: 'gb-order', label: 'Valid UK order', kind: 'order', payload: gbOrder() },
  {
    id: 'se-session', label: 'Valid Swedish session', kind: 'session',
    payload: {
      purchase_country: 'se', purchase_currency: 'sek', locale: 'sv-se', order_amount: 12500, order_tax_amount: 2500, intent: 'buy',
      order_lines: [{ type: 'physical', name: 'Kaffekopp', quantity: 1, unit_price: 12500, tax_rate: 2500, total_amount: 12500, total_tax_amount: 2500 }],
      billing_address: address({ given_name: 'Örjan', family_name: 'Åström', postal_code: '123 45', city: 'Stockholm', country: 'SE' }),
    },
  },
  { id: 'decimal-amounts', label: 'Mistake: decimal amounts', kind: 'order', payload: gbOrder({ order_lines: [line({ unit_price: 49.99, total_amount: 99.98 })] }) },
  { id: 'wrong-types', label: 'Mistake: wrong types', kind: 'order', payload: gbOrder({ order_amount: '10000', order_lines: [line({ quantity: '2' })], billing_address: null }) },
  { id: 'long-reference', label: 'Mistake: 70-character reference', kind: 'order', payload: gbOrder({ order_lines: [line({ reference: 'SKU-'.padEnd(70, '0') })] }) },
  { id: 'typo', label: 'Mistake: typo in a field name', kind: 'order', payload: { ...gbOrder(), purchase_countyr: 'GB' } },
  { id: 'token-order', label: 'Token order without confirmation URL', kind: 'token_order', payload: { purchase_currency: 'USD', order_amount: 1500, order_tax_amount: 0, merchant_urls: { push: 'https://shop.example/push' }, order_lines: [line({ tax_rate: 0, unit_price: 750, total_amount: 1500, total_tax_amount: 0 })] } },
  { id: 'token-status', label: 'Cancel a customer token', kind: 'token_status', payload: { status: 'CANCELLED' } },
];
