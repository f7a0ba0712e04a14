// The builders' and flow helpers' part of the main entry's API, kept apart from lib/api.mjs so
// that klarna-precheck/validate never loads it. It converts arguments and names errors; every
// rule is in Rust.
import { createValidateApi, supervise, jsonText, utf8Bytes, withinLimit, text, uuidV4, DEFAULT_MAX_BYTES, PAYLOAD_KINDS, reportOf } from './api.mjs';

/** Thrown by the builders and response readers: `kind` 'input' (the input is impossible:
 * `path` says where) or 'invalid' (the payload it describes would be rejected: `report` says why). */
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
  /** A JS value as JSON text for Rust (`[text, reason]`), refused past the default size limit. */
  const input = (value, what) => {
    const [json, unreadable] = jsonText(value);
    withinLimit(utf8Bytes(json, DEFAULT_MAX_BYTES), DEFAULT_MAX_BYTES, what);
    return [json, unreadable];
  };
  // Builders and response readers answer `{"ok": value}` or `{"error": refusal}` as JSON text.
  const answer = (json) => {
    const result = JSON.parse(json);
    if ('error' in result) throw new KlarnaBuildError(result.error);
    return result.ok;
  };
  const built = (fn, what = 'the input') => (value) => {
    assertReady();
    return answer(fn(...input(value, what)));
  };
  const parsed = (fn) => (...args) => {
    assertReady();
    return JSON.parse(fn(...args));
  };
  const ms = (t) => (t instanceof Date ? t.getTime() : Number(t));
  const decimal = (v) => (typeof v === 'number' ? String(v) : text(v, 'amount'));
  const ready = (fn) => (...args) => {
    assertReady();
    return fn(...args);
  };

  // The Order Management builders take the order as Klarna returns it, then their input.
  const omBuilt = (fn) => (order, value, options) => {
    assertReady();
    const now = options && options.now !== undefined ? ms(options.now) : Date.now();
    return answer(fn(...input(order, 'the order'), ...input(value, 'the input'), now));
  };

  // What Klarna would refuse of an Order Management call, given the order it holds.
  function checkAgainstOrder(kind, body, order, options) {
    assertReady();
    const captureId = options && options.captureId !== undefined ? text(options.captureId, 'captureId') : '';
    const now = options && options.now !== undefined ? ms(options.now) : Date.now();
    return reportOf(glue.checkAgainstOrder(PAYLOAD_KINDS.indexOf(kind), ...input(body ?? {}, 'the body'), ...input(order, 'the order'), now, captureId));
  }

  // One Klarna-Idempotency-Key per logical call: the ledger remembers each key's first body and
  // asks Rust whether a later use is the same call (Klarna answers a repeat with the first
  // result for 24 hours, whatever its body).
  function createIdempotencyLedger(options) {
    const clock = options && typeof options.now === 'function' ? options.now : Date.now;
    const first = new Map();
    return Object.freeze({
      newKey: uuidV4,
      use(key, body) {
        assertReady();
        text(key, 'key');
        const [json] = input(body ?? {}, 'the body');
        const now = ms(clock());
        const seen = first.get(key);
        if (!seen) {
          first.set(key, { json, at: now });
          return { valid: true, errors: [], warnings: [] };
        }
        const { report, expired } = JSON.parse(glue.checkIdempotencyKey(seen.json, seen.at, json, now));
        if (expired) first.set(key, { json, at: now });
        return report;
      },
      forget(key) {
        first.delete(key);
      },
    });
  }

  return {
    checkAgainstOrder,
    createIdempotencyLedger,
    buildCapture: omBuilt(glue.buildCapture),
    buildRefund: omBuilt(glue.buildRefund),
    buildUpdateAuthorization: omBuilt(glue.buildUpdateAuthorization),
    orderLine: built(glue.orderLine),
    buildOrder: built(glue.buildOrder),
    buildSession: built(glue.buildSession),
    buildSessionUpdate: built(glue.buildSessionUpdate),
    buildAttachment: built(glue.buildAttachment, 'the extra merchant data'),
    buildCustomerToken: built(glue.buildCustomerToken),
    buildTokenOrder: built(glue.buildTokenOrder),
    buildTokenStatus: ready(() => answer(glue.buildTokenStatus())),
    splitDiscount: ready((amount, weights) => answer(glue.splitDiscount(amount, ...input(weights, 'weights')))),
    toMinorUnits: ready((amount, currency) => glue.toMinorUnits(decimal(amount), text(currency, 'currency'))),
    fromMinorUnits: ready((minor, currency) => glue.fromMinorUnits(Number(minor), text(currency, 'currency'))),

    compareWithAuthorization: parsed((authorized, later) => glue.compareWithAuthorization(...input(authorized, 'the authorized payload'), ...input(later, 'the later payload'))),
    authorizationWindow: parsed((authorizedAt, now = Date.now()) => glue.authorizationWindow(ms(authorizedAt), ms(now))),
    sessionWindow: parsed((createdAt, now = Date.now()) => glue.sessionWindow(ms(createdAt), ms(now))),
    allowedCalls: parsed((intent) => glue.allowedCalls(text(intent, 'intent'))),
    checkIntent: parsed((intent, call) => glue.checkIntent(text(intent, 'intent'), text(call, 'call'))),
    newIdempotencyKey: uuidV4,
    parseOrderResponse: built(glue.parseOrderResponse, 'the response'),
    parseTokenCreationResponse: built(glue.parseTokenCreationResponse, 'the response'),
    parseCustomerTokenResponse: built(glue.parseCustomerTokenResponse, 'the response'),
    // Only a real HTTP status is used; anything else is as if none was given. Never throws on a
    // body: one past the size limit is read as no body.
    parseKlarnaError: parsed((body, httpStatus) => {
      const [json, unreadable] = jsonText(body);
      const readable = utf8Bytes(json, DEFAULT_MAX_BYTES) <= DEFAULT_MAX_BYTES;
      return glue.parseKlarnaError(readable ? json : '', readable ? unreadable : 0, Number.isInteger(httpStatus) && httpStatus >= 100 && httpStatus <= 599 ? httpStatus : undefined);
    }),
  };
}

/** The main entry's whole API, on the full .wasm's glue. */
function createApi(glue, assertReady) {
  const supervised = supervise(glue); // one supervisor for both parts: they share the instance
  return { ...createValidateApi(supervised, assertReady), ...createBuilderApi(supervised, assertReady) };
}

export { createApi, KlarnaBuildError };
