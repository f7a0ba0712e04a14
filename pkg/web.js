// Browsers and bundlers: the wasm is fetched once by ready(); validators throw until then.
import init, * as glue from './dist/web.js';
import { createApi, KlarnaValidationError, KlarnaBuildError, PAYLOAD_KINDS } from './lib/api.mjs';

let instantiated = false;
let pending = null;

/**
 * Fetches and instantiates the wasm module once; every call returns the same promise.
 * `source` overrides where the .wasm comes from (a URL, a Response, bytes or a compiled
 * WebAssembly.Module), for pages that serve it from elsewhere.
 */
export function ready(source) {
  if (!pending) {
    const module_or_path = source ?? new URL('./dist/klarna_precheck_bg.wasm', import.meta.url);
    pending = init({ module_or_path }).then(
      () => {
        instantiated = true;
      },
      (error) => {
        pending = null; // let a later call retry, e.g. after a network error
        throw error;
      },
    );
  }
  return pending;
}

function assertReady() {
  if (!instantiated) {
    throw new Error('klarna-precheck: the wasm module is not loaded yet; call `await ready()` once before validating.');
  }
}

export const {
  validate,
  assertValid,
  toKlarnaError,
  validateSession,
  validateOrder,
  validateCustomerToken,
  validateTokenOrder,
  validateTokenStatus,
  orderLine,
  buildOrder,
  buildSession,
  buildCustomerToken,
  buildTokenOrder,
  buildTokenStatus,
  splitDiscount,
  toMinorUnits,
  fromMinorUnits,
  compareWithAuthorization,
  authorizationWindow,
  sessionWindow,
  allowedCalls,
  checkIntent,
  newIdempotencyKey,
  parseOrderResponse,
  parseTokenCreationResponse,
  parseCustomerTokenResponse,
  parseKlarnaError,
  locatePath,
  markets,
} = createApi(glue, assertReady);
export { KlarnaValidationError, KlarnaBuildError, PAYLOAD_KINDS };
