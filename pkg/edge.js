// Cloudflare Workers (workerd) and Vercel Edge: runtimes that compile wasm only when it is
// imported as a module, never from bytes. The .wasm is imported here, so the entry is ready on
// import: no `ready()` argument, no fetch. Chosen by the `workerd` and `edge-light` conditions.
import wasm from './dist/klarna_precheck_bg.wasm';
import * as glue from './dist/web.js';
import { KlarnaValidationError, PAYLOAD_KINDS } from './lib/api.mjs';
import { createApi, KlarnaBuildError } from './lib/builders.mjs';

glue.initSync({ module: wasm });

/** Resolves at once: the module was instantiated on import. */
export function ready() {
  return Promise.resolve();
}

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
} = createApi(glue, () => {});
export { KlarnaValidationError, KlarnaBuildError, PAYLOAD_KINDS };
