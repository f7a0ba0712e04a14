// klarna-precheck/inline: the browser entry for bundlers that do not emit the .wasm as an asset
// (esbuild, Rollup, bun build, Parcel): the module's bytes are part of the JavaScript (base64),
// compiled synchronously on import, so there is nothing to fetch and no `ready()` to wait for.
import wasm from './dist/klarna_precheck_bg.wasm.mjs';
import * as glue from './dist/web.js';
import { KlarnaValidationError, PAYLOAD_KINDS } from './lib/api.mjs';
import { createApi, KlarnaBuildError } from './lib/builders.mjs';

glue.initSync({ module: wasm });

/** Resolves at once: the module was compiled and instantiated on import. */
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
