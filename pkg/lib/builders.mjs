// The builders' and flow helpers' part of the main entry's API, kept apart from lib/api.mjs so
// that klarna-precheck/validate never loads it. It converts arguments and names errors; every
// rule is in Rust.
import { createValidateApi, text, uuidV4 } from './api.mjs';

/** Thrown by the builders: `kind` 'input' (the input is impossible: `path` says where) or
 * 'invalid' (the payload it describes would be rejected: `report` says why). */
class KlarnaBuildError extends Error {
  constructor({ kind, path, message, report }) {
    super(`klarna-precheck: ${message}`);
    this.name = 'KlarnaBuildError';
    this.kind = kind;
    this.path = path;
    if (report) this.report = report;
  }
}

/**
 * The builders and flow helpers: the rest of the main entry's API. Needs the full .wasm.
 * @param glue the wasm-bindgen exports of the full .wasm for this environment
 * @param assertReady as for createValidateApi
 */
function createBuilderApi(glue, assertReady) {
  // Builders and response readers: Rust returns a plain refusal object; it becomes a real Error.
  const rethrow = (fn) => (...args) => {
    assertReady();
    try {
      return fn(...args);
    } catch (e) {
      if (e && typeof e === 'object' && (e.kind === 'input' || e.kind === 'invalid') && !(e instanceof Error)) throw new KlarnaBuildError(e);
      throw e;
    }
  };
  const ms = (t) => (t instanceof Date ? t.getTime() : Number(t));
  const decimal = (v) => (typeof v === 'number' ? String(v) : text(v, 'amount'));

  return {
    orderLine: rethrow(glue.orderLine),
    buildOrder: rethrow(glue.buildOrder),
    buildSession: rethrow(glue.buildSession),
    buildCustomerToken: rethrow(glue.buildCustomerToken),
    buildTokenOrder: rethrow(glue.buildTokenOrder),
    buildTokenStatus: rethrow(glue.buildTokenStatus),
    splitDiscount: rethrow((amount, weights) => glue.splitDiscount(amount, weights)),
    toMinorUnits: rethrow((amount, currency) => glue.toMinorUnits(decimal(amount), text(currency, 'currency'))),
    fromMinorUnits: rethrow((minor, currency) => glue.fromMinorUnits(Number(minor), text(currency, 'currency'))),

    compareWithAuthorization: rethrow(glue.compareWithAuthorization),
    authorizationWindow: rethrow((authorizedAt, now = Date.now()) => glue.authorizationWindow(ms(authorizedAt), ms(now))),
    sessionWindow: rethrow((createdAt, now = Date.now()) => glue.sessionWindow(ms(createdAt), ms(now))),
    allowedCalls: rethrow((intent) => glue.allowedCalls(text(intent, 'intent'))),
    checkIntent: rethrow((intent, call) => glue.checkIntent(text(intent, 'intent'), text(call, 'call'))),
    newIdempotencyKey: uuidV4,
    parseOrderResponse: rethrow(glue.parseOrderResponse),
    parseTokenCreationResponse: rethrow(glue.parseTokenCreationResponse),
    parseCustomerTokenResponse: rethrow(glue.parseCustomerTokenResponse),
    // Only a real HTTP status is used; anything else is as if none was given.
    parseKlarnaError: rethrow((body, httpStatus) =>
      glue.parseKlarnaError(body, Number.isInteger(httpStatus) && httpStatus >= 100 && httpStatus <= 599 ? httpStatus : undefined)),
  };
}

/** The main entry's whole API, on the full .wasm's glue. */
function createApi(glue, assertReady) {
  return { ...createValidateApi(glue, assertReady), ...createBuilderApi(glue, assertReady) };
}

export { createApi, KlarnaBuildError };
