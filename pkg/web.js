// Browsers and bundlers: the wasm is fetched once by ready(); validators throw until then.
import init, * as glue from './dist/web.js';
import { webLoader, KlarnaValidationError, PAYLOAD_KINDS } from './lib/api.mjs';
import { createApi, KlarnaBuildError } from './lib/builders.mjs';

const loader = webLoader(init, () => new URL('./dist/klarna_precheck_bg.wasm', import.meta.url));

/**
 * Fetches and instantiates the wasm module once; every call returns the same promise.
 * `source` overrides where the .wasm comes from (a URL, a Response, bytes or a compiled
 * WebAssembly.Module), for pages that serve it from elsewhere.
 */
export const ready = loader.ready;

export const {
  validate,
  assertValid,
  isValid,
  schemas,
  toKlarnaError,
  validateSession,
  validateSessionUpdate,
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
} = createApi(glue, loader.assertReady);
export { KlarnaValidationError, KlarnaBuildError, PAYLOAD_KINDS };
