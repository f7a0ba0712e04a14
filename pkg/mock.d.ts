/**
 * klarna-precheck/mock: a local Klarna for test suites. Payments (sessions, authorize(), orders,
 * customer tokens), the Customer Token API and Order Management, answered from memory with the
 * package's own rules: every body is checked as validate() checks it (400 BAD_VALUE, `Bad value:
 * a, b`), every Order Management call as checkAgainstOrder() judges it (Klarna's 403/404 codes
 * and sentences), create-order against what authorize() approved (`Not matching fields: [...]`),
 * with Klarna's lifetimes (tokens 60 minutes, sessions 48 hours, authorizations 28 days),
 * idempotency keys (the first answer for 24 hours) and Basic auth (401 without).
 */
import type { Report } from './index.js';

export interface KlarnaMockOptions {
  /** The clock, in ms since 1970 (default Date.now): move it to expire tokens and orders. */
  now?: () => number;
  /** Seeds the ids (session, order, capture ids and correlation ids): the same seed, the same ids. */
  seed?: number;
  /** The Basic auth credentials requests must carry; default: any non-empty username:password. */
  credentials?: { username: string; password: string };
  /** Refuse (400) any body with a warning too, so that a test fails on it. */
  strict?: boolean;
  /** Days an order's authorization lasts (Klarna's default: 28). */
  authorizationDays?: number;
}

export interface MockedRequest {
  method: string;
  url: string;
  /** The payload kind the body was checked as (`session`, `capture`, …), or null. */
  kind: string | null;
  /** The body as sent (parsed JSON, or the text when it is not JSON). */
  body: unknown;
  status: number;
  /** What validate() (and, for Order Management, checkAgainstOrder()) found in the body. */
  findings: Report | null;
}

export interface AuthorizeOutcome {
  approve?: boolean;
  decline?: boolean;
  /** Approved, with the order put on fraud review: create-order answers fraud_status PENDING. */
  pending?: boolean;
  /** What the page passes to Klarna.Payments.authorize(), merged over the session. */
  data?: unknown;
}

export interface KlarnaMock {
  /** A WHATWG fetch: give it to the code under test, or call it with fetch's arguments. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** The shopper's authorize() in the browser: `{ approved, authorization_token? }`. */
  authorize(sessionId: string, outcome?: AuthorizeOutcome): { approved: boolean; authorization_token?: string; show_form: boolean };
  /** MSW handlers for every Klarna host: `setupServer(...mock.handlers({ http }))`. */
  handlers(msw: { http: { all(path: string, resolver: (info: { request: Request }) => Promise<Response>): unknown } }): unknown[];
  /** An HTTP server on 127.0.0.1 (Node): `{ url, port, close() }`. */
  listen(port?: number, host?: string): Promise<{ url: string; port: number; close(): Promise<void> }>;
  /** Forgets every session, order and token, and the request log. */
  reset(): void;
  /** Every request so far, with the findings on its body. */
  readonly requests: readonly MockedRequest[];
  /** The orders as Klarna's GET /ordermanagement/v1/orders/{id} would return them (expiry aside). */
  readonly orders: readonly Record<string, unknown>[];
}

export declare function createKlarnaMock(options?: KlarnaMockOptions): KlarnaMock;
/** Klarna's API hosts the mock answers for (every region, playground and live). */
export declare const KLARNA_HOSTS: readonly string[];
/** Resolves once the wasm is loaded (at once in Node). */
export declare function ready(source?: unknown): Promise<void>;
