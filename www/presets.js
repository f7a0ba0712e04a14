// Example payloads for the demo page and `make demo`: valid ones for several markets, and the
// classic mistakes merchants make (KLARNA-RULES.md).
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
];
