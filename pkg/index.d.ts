/**
 * klarna-precheck: check Klarna Payments and Customer Token API request payloads before they
 * are sent. Every violation is reported in one pass, with the path Klarna would name.
 */

/** The request payloads, one per Klarna endpoint. */
export type PayloadKind =
  /** POST /payments/v1/sessions (create or update). */
  | 'session'
  /** POST /payments/v1/authorizations/{authorizationToken}/order */
  | 'order'
  /** POST /payments/v1/authorizations/{authorizationToken}/customer-token */
  | 'customer_token'
  /** POST /customer-token/v1/tokens/{customerToken}/order */
  | 'token_order'
  /** PATCH /customer-token/v1/tokens/{customerToken}/status */
  | 'token_status';

/** Every payload kind, in a stable order. */
export declare const PAYLOAD_KINDS: readonly PayloadKind[];

/** Klarna's error classes that a local check can produce. */
export type ErrorCode = 'BAD_VALUE' | 'BAD_REQUEST' | (string & {});

export interface Violation {
  /** Klarna's error class: 'BAD_VALUE', 'BAD_REQUEST', … */
  error_code: ErrorCode;
  /** Klarna style: 'order_amount', 'billing_address.region', 'order_lines[2].total_tax_amount'; '' for the payload itself.
   * A member name that is not an ASCII identifier (an unknown key such as a pasted email) appears as '<key of N characters>'. */
  path: string;
  /** Stable machine id of the rule, e.g. 'max_length', 'required', 'type'. The README lists them all. */
  rule: string;
  /** Human text in Klarna's wording: 'Bad value: order_amount must be at least 0, got -5'. Never contains personal data. */
  message: string;
  /** The limit or value expected (amounts, lengths, codes). */
  expected?: number | string;
  /** The value found (amounts, lengths, JSON types, codes); never free text such as names or emails.
   * A number is the number as sent, parsed by JSON.parse: `1e400` gives Infinity. A number longer
   * than 40 characters is not echoed (no `actual`; the message gives its length). */
  actual?: number | string;
}

export interface Report {
  /** True exactly when `errors` is empty; warnings never make a payload invalid. */
  valid: boolean;
  /** In payload order; at most 1000, then one 'too_many_violations' entry. */
  errors: Violation[];
  /** What Klarna tolerates but is likely a mistake (unknown fields, read-only fields). */
  warnings: Violation[];
}

export interface ValidateOptions {
  /** Report warnings as errors, for a strict CI gate. Default false. */
  warningsAsErrors?: boolean;
}

/** Klarna's error body (ErrorV2). */
export interface KlarnaErrorV2 {
  error_code: string;
  error_messages: string[];
  /** Generated locally (UUID v4), so logs can tell local reports apart. */
  correlation_id: string;
}

/**
 * Checks a payload: an object (sent as JSON.stringify would send it) or JSON text.
 * Never throws on any payload; throws a TypeError for an unknown kind, and, in browsers, an
 * Error when called before `ready()` has resolved.
 */
export declare function validate(kind: PayloadKind, payload: unknown, options?: ValidateOptions): Report;

/** Like validate(), but throws a KlarnaValidationError when the report has errors. */
export declare function assertValid(kind: PayloadKind, payload: unknown, options?: ValidateOptions): Report;

/** The ErrorV2 body Klarna would have answered for this report, or null when it is valid. */
export declare function toKlarnaError(report: Report): KlarnaErrorV2 | null;

export declare function validateSession(payload: unknown, options?: ValidateOptions): Report;
export declare function validateOrder(payload: unknown, options?: ValidateOptions): Report;
export declare function validateCustomerToken(payload: unknown, options?: ValidateOptions): Report;
export declare function validateTokenOrder(payload: unknown, options?: ValidateOptions): Report;
export declare function validateTokenStatus(payload: unknown, options?: ValidateOptions): Report;

/**
 * Loads the wasm module. Browsers: await it once before validating (idempotent; a failed load
 * can be retried). Node: resolves at once. `source` overrides where the .wasm comes from:
 * a URL (string or URL), a Request, a Response, the bytes, or a compiled WebAssembly.Module.
 * (Typed loosely so these declarations need neither the DOM lib nor @types/node.)
 */
export declare function ready(source?: string | ArrayBuffer | ArrayBufferView | object): Promise<void>;

/** Thrown by assertValid(). */
export declare class KlarnaValidationError extends Error {
  name: 'KlarnaValidationError';
  kind: PayloadKind;
  report: Report;
  constructor(kind: PayloadKind, report: Report);
}

// ---- Builders --------------------------------------------------------------------------------
// Amounts are integers in minor units (2500 = 25.00). Every builder validates its output:
// it returns a payload that passes validate() for its kind, or throws KlarnaBuildError.

export type OrderLineType = 'physical' | 'discount' | 'shipping_fee' | 'sales_tax' | 'digital' | 'gift_card' | 'store_credit' | 'surcharge';

export interface Subscription {
  name: string;
  interval: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
  interval_count: number;
}

export interface ProductIdentifiers {
  brand?: string; category_path?: string; global_trade_item_number?: string;
  manufacturer_part_number?: string; color?: string; size?: string;
}

export interface Address {
  attention?: string; city?: string; country?: string; email?: string; family_name?: string; given_name?: string;
  organization_name?: string; phone?: string; postal_code?: string; region?: string; street_address?: string;
  street_address2?: string; title?: string;
}

export interface MerchantUrls { confirmation?: string; notification?: string; push?: string; authorization?: string }

/** What a merchant knows about a line; the builder computes the rest. */
export interface LineInput {
  name: string;
  /** Whole number, default 1. */
  quantity?: number;
  /** Minor units, tax included. Reductions (discount, gift_card, store_credit) are sent negative whatever the sign given. */
  unit_price: number;
  /** Hundredths of a percent (2500 = 25%), or use tax_percent. Default 0. */
  tax_rate?: number;
  /** A decimal percentage as text, rounded to Klarna's two decimals: "6.625" → 663. */
  tax_percent?: string;
  total_discount_amount?: number;
  type?: OrderLineType;
  reference?: string; quantity_unit?: string; merchant_data?: string; product_url?: string; image_url?: string;
  product_identifiers?: ProductIdentifiers;
  subscription?: Subscription;
}

/** A line with total_amount = quantity × unit_price − total_discount_amount and Klarna's tax formula applied. */
export interface OrderLine {
  type: OrderLineType; reference?: string; name: string; quantity: number; quantity_unit?: string;
  unit_price: number; tax_rate: number; total_amount: number; total_discount_amount: number; total_tax_amount: number;
  merchant_data?: string; product_url?: string; image_url?: string; product_identifiers?: ProductIdentifiers; subscription?: Subscription;
}

/** An order-level reduction: `amount` positive, in minor units. */
export interface ReductionInput { name: string; amount: number; reference?: string }
export interface ShippingInput { name?: string; amount: number; tax_rate?: number; tax_percent?: string; reference?: string }
/** US convention: give the tax as an amount, or as a rate of the taxable total (lines then stay at rate 0). */
export interface SalesTaxInput { name?: string; amount?: number; tax_rate?: number; tax_percent?: string }

export interface CartInput {
  lines: LineInput[];
  shipping?: ShippingInput;
  /** Split across the goods' tax rates in proportion to their totals; the parts add up exactly. */
  discounts?: ReductionInput[];
  gift_cards?: ReductionInput[];
  us_sales_tax?: SalesTaxInput;
  /** Put on every goods line that has none. */
  subscription?: Subscription;
}

export interface OrderInput extends CartInput {
  purchase_country: string;
  /** Default: the market's local currency. */
  purchase_currency?: string;
  /** Default: the market's first locale. */
  locale?: string;
  billing_address?: Address; shipping_address?: Address; customer?: Record<string, unknown>; merchant_urls?: MerchantUrls;
  merchant_reference1?: string; merchant_reference2?: string; merchant_data?: string; auto_capture?: boolean;
}

export interface SessionInput extends Omit<OrderInput, 'auto_capture'> {
  intent?: 'buy' | 'tokenize' | 'buy_and_tokenize';
  acquiring_channel?: 'ECOMMERCE' | 'IN_STORE' | 'TELESALES';
  options?: Record<string, string>;
  attachment?: { content_type: string; body: string };
}

export interface OrderPayload {
  purchase_country: string; purchase_currency: string; locale: string; order_amount: number; order_tax_amount: number;
  order_lines: OrderLine[]; billing_address?: Address; shipping_address?: Address; customer?: Record<string, unknown>;
  merchant_urls?: MerchantUrls; merchant_reference1?: string; merchant_reference2?: string; merchant_data?: string;
  auto_capture?: boolean; intent?: string; acquiring_channel?: string; options?: Record<string, string>;
  attachment?: { content_type: string; body: string };
}

export interface CustomerTokenInput {
  purchase_country: string; purchase_currency?: string; locale?: string; description: string;
  billing_address?: Address; customer?: Record<string, unknown>;
}
export interface CustomerTokenPayload {
  purchase_country: string; purchase_currency: string; locale: string; description: string; intended_use: 'SUBSCRIPTION';
  billing_address?: Address; customer?: Record<string, unknown>;
}

export interface TokenOrderInput extends CartInput {
  purchase_currency: string; merchant_urls?: MerchantUrls; shipping_address?: Address;
  merchant_reference1?: string; merchant_reference2?: string; merchant_data?: string; auto_capture?: boolean;
}
export interface TokenOrderPayload {
  purchase_currency: string; order_amount: number; order_tax_amount: number; order_lines: OrderLine[];
  merchant_urls?: MerchantUrls; shipping_address?: Address; merchant_reference1?: string; merchant_reference2?: string;
  merchant_data?: string; auto_capture?: boolean;
}

export declare function orderLine(input: LineInput): OrderLine;
export declare function buildOrder(input: OrderInput): OrderPayload;
export declare function buildSession(input: SessionInput): OrderPayload;
export declare function buildCustomerToken(input: CustomerTokenInput): CustomerTokenPayload;
/** Send it with a `Klarna-Idempotency-Key: newIdempotencyKey()` header. */
export declare function buildTokenOrder(input: TokenOrderInput): TokenOrderPayload;
export declare function buildTokenStatus(): { status: 'CANCELLED' };
/** Splits `amount` across tax rates in proportion to `weights[i].amount` (largest remainder; exact sum). */
export declare function splitDiscount(amount: number, weights: { tax_rate: number; amount: number }[]): { tax_rate: number; amount: number }[];
/** '49.99' or 49.99 → 4999 for EUR, exactly (the currency's ISO 4217 exponent). Throws RangeError. */
export declare function toMinorUnits(amount: string | number, currency: string): number;
/** 4999 → '49.99' for EUR. Throws RangeError. */
export declare function fromMinorUnits(minor: number, currency: string): string;

/** Thrown by builders and response readers. */
export declare class KlarnaBuildError extends Error {
  name: 'KlarnaBuildError';
  /** 'input': the input is impossible (`path` says where); 'invalid': the payload would be rejected (`report` says why). */
  kind: 'input' | 'invalid';
  path: string;
  report?: Report;
}

// ---- Flow helpers ----------------------------------------------------------------------------

export interface Mismatch { path: string; change: 'changed' | 'added' | 'removed' | 'count'; message: string }
export interface Comparison {
  matching: boolean;
  mismatches: Mismatch[];
  /** What Klarna would answer: 'Not matching fields: [billing_address.postal_code]'. */
  klarna_message: string | null;
}
/** The authorize() payload vs the create-order / create-customer-token one. Throws TypeError on malformed JSON. */
export declare function compareWithAuthorization(authorized: unknown, later: unknown): Comparison;

export interface TimeWindow { open: boolean; remaining_ms: number; expires_at_ms: number }
/** 60 minutes after authorize() succeeded. `now` defaults to Date.now(). */
export declare function authorizationWindow(authorizedAt: Date | number, now?: Date | number): TimeWindow;
/** 48 hours after the session was created. */
export declare function sessionWindow(createdAt: Date | number, now?: Date | number): TimeWindow;

export type Intent = 'buy' | 'tokenize' | 'buy_and_tokenize';
export type ApiCall = 'create_order' | 'create_customer_token' | 'token_order';
export declare function allowedCalls(intent: Intent): ApiCall[];
/** null when allowed, else Klarna's answer, e.g. { error_code: 'INVALID_OPERATION', message: 'Not allowed to create customer tokens for intent buy.' }. */
export declare function checkIntent(intent: Intent, call: ApiCall): { error_code: string; message: string } | null;
/** A UUID v4 for the Klarna-Idempotency-Key header of token orders. */
export declare function newIdempotencyKey(): string;

export interface OrderResponse {
  order_id: string;
  fraud_status: 'ACCEPTED' | 'PENDING';
  redirect_url?: string;
  authorized_payment_method?: { type: string; number_of_days?: number; number_of_installments?: number };
  /** false while PENDING: wait for Klarna's notification before capturing. */
  capture_allowed: boolean;
}
export interface TokenCreationResponse { token_id: string; redirect_url?: string; payment_method_reference?: string; billing_address?: Address; customer?: Record<string, unknown> }
export interface CustomerTokenResponse { payment_method_type: string; status: string; card?: Record<string, unknown>; direct_debit?: Record<string, unknown> }
export declare function parseOrderResponse(body: unknown): OrderResponse;
export declare function parseTokenCreationResponse(body: unknown): TokenCreationResponse;
export declare function parseCustomerTokenResponse(body: unknown): CustomerTokenResponse;

export type KlarnaAction = 'fix_payload' | 'reauthorize' | 'create_new_token' | 'check_token' | 'change_intent' | 'retry_later';
export interface ParsedKlarnaError {
  error_code: string;
  error_messages: string[];
  correlation_id: string | null;
  http_status: number | null;
  /** Paths named in the messages: 'order_lines[2].total_tax_amount', the fields of 'Not matching fields: [...]'. */
  paths: string[];
  retryable: boolean;
  action: KlarnaAction;
  explanation: string;
}
/** Never throws: any body (even an HTML error page) gives a classified error. */
export declare function parseKlarnaError(body: unknown, httpStatus?: number): ParsedKlarnaError;

// ---- Editors and pickers ---------------------------------------------------------------------

/**
 * Where the value at a violation's `path` sits in a JSON text, in UTF-16 code units (what a
 * textarea selection counts). A missing field gives its nearest existing ancestor; null when
 * the text is malformed before the path.
 */
export declare function locatePath(jsonText: string, path: string): { start: number; end: number } | null;

/** Klarna's markets as the rules know them: country → local currency → locales (first is the default). */
export declare function markets(): { country: string; currency: string; locales: string[] }[];
