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
  /** Klarna style: 'order_amount', 'billing_address.region', 'order_lines[2].total_tax_amount'; '' for the payload itself. */
  path: string;
  /** Stable machine id of the rule, e.g. 'max_length', 'required', 'type'. The README lists them all. */
  rule: string;
  /** Human text in Klarna's wording: 'Bad value: order_amount must be at least 0, got -5'. Never contains personal data. */
  message: string;
  /** The limit or value expected (amounts, lengths, codes). */
  expected?: number | string;
  /** The value found (amounts, lengths, JSON types, codes); never free text such as names or emails. */
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
