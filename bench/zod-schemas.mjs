// The benchmark's Zod 4 peer: what a merchant would hand-write instead of klarna-precheck.
// Structure as in the spec, plus refinements for the cross-field rules (line totals, the tax
// formula, order sums, the market's currency). Deliberately not exhaustive: no ISO code lists,
// no address rules; it is a speed reference, not a second implementation.
import { z } from 'zod';

const int = z.number().int();
const str = (max) => z.string().max(max);
const country = z.string().regex(/^[A-Za-z]{2}$/);
const currency = z.string().regex(/^[A-Za-z]{3}$/);
const locale = z.string().regex(/^[A-Za-z]{2}(?:-[A-Za-z]{2})*$/);
const LOCAL_CURRENCY = { GB: 'GBP', SE: 'SEK', US: 'USD', DE: 'EUR', NO: 'NOK', DK: 'DKK', FI: 'EUR' };

const address = z.object({
  given_name: str(99).optional(), family_name: str(99).optional(), email: str(99).optional(), title: str(20).optional(),
  street_address: str(99).optional(), street_address2: str(99).optional(), postal_code: str(10).optional(),
  city: str(99).optional(), region: str(99).optional(), phone: str(99).optional(), country: country.optional(),
  organization_name: str(99).optional(), attention: str(99).optional(),
});

const line = (maxAmount) => z.object({
  type: z.enum(['physical', 'discount', 'shipping_fee', 'sales_tax', 'digital', 'gift_card', 'store_credit', 'surcharge']).optional(),
  reference: str(64).optional(), name: z.string().min(1).max(255), quantity: int.min(0), quantity_unit: z.string().min(1).max(8).optional(),
  unit_price: int.max(maxAmount), tax_rate: int.min(0).max(10000).optional(), total_amount: int.max(maxAmount),
  total_discount_amount: int.min(0).optional(), total_tax_amount: int.optional(),
  product_url: str(1024).optional(), image_url: str(1024).optional(), merchant_data: str(1024).optional(),
  subscription: z.object({ name: z.string(), interval: z.enum(['DAY', 'WEEK', 'MONTH', 'YEAR']), interval_count: int.min(1) }).optional(),
}).refine((l) => l.total_amount === l.quantity * l.unit_price - (l.total_discount_amount ?? 0), { path: ['total_amount'], message: 'line total' })
  .refine((l) => l.tax_rate === undefined || l.total_tax_amount === undefined
    || Math.abs(l.total_tax_amount - (l.total_amount - (l.total_amount * 10000) / (10000 + l.tax_rate))) <= 1, { path: ['total_tax_amount'], message: 'tax formula' });

const sums = (o, ctx) => {
  const total = o.order_lines.reduce((a, l) => a + l.total_amount, 0);
  if (total !== o.order_amount) ctx.addIssue({ code: 'custom', path: ['order_amount'], message: 'order total' });
  const salesTax = o.order_lines.filter((l) => l.type === 'sales_tax');
  const tax = salesTax.length ? salesTax.reduce((a, l) => a + l.total_amount, 0) : o.order_lines.reduce((a, l) => a + (l.total_tax_amount ?? 0), 0);
  if (o.order_tax_amount !== undefined && tax !== o.order_tax_amount) ctx.addIssue({ code: 'custom', path: ['order_tax_amount'], message: 'order tax' });
};
const market = (o, ctx) => {
  const expected = LOCAL_CURRENCY[o.purchase_country?.toUpperCase()];
  if (expected && expected !== o.purchase_currency?.toUpperCase()) ctx.addIssue({ code: 'custom', path: ['purchase_currency'], message: 'market currency' });
};

const orderShape = {
  purchase_country: country, purchase_currency: currency, locale: locale.optional(),
  order_amount: int.min(0), order_tax_amount: int.min(0).optional(), order_lines: z.array(line(200_000_000)).min(1).max(1000),
  billing_address: address.optional(), shipping_address: address.optional(),
  merchant_reference1: str(255).optional(), merchant_reference2: str(255).optional(), merchant_data: str(6000).optional(),
  merchant_urls: z.object({ confirmation: str(2000).optional(), notification: str(2000).optional(), push: str(2000).optional() }).optional(),
  auto_capture: z.boolean().optional(),
};

export const zodSchemas = {
  order: z.object(orderShape).superRefine(sums).superRefine(market),
  session: z.object({ ...orderShape, intent: z.enum(['buy', 'tokenize', 'buy_and_tokenize']).optional(),
    acquiring_channel: z.enum(['ECOMMERCE', 'IN_STORE', 'TELESALES']).optional() }).superRefine(sums).superRefine(market),
  token_order: z.object({
    purchase_currency: currency, order_amount: int.min(1), order_tax_amount: int.min(0), order_lines: z.array(line(100_000_000)).min(1).max(1000),
    merchant_urls: z.object({ confirmation: str(2000), push: str(2000).optional() }).optional(), auto_capture: z.boolean().optional(),
    merchant_reference1: str(255).optional(),
  }).superRefine(sums),
};
