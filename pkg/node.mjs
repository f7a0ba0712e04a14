// Node, ES modules: the wasm is read and instantiated synchronously on import.
import * as glue from './dist/node.mjs';
import { KlarnaValidationError, PAYLOAD_KINDS } from './lib/api.mjs';
import { createApi, KlarnaBuildError } from './lib/builders.mjs';

/** Resolves at once: in Node the module is ready as soon as it is imported. */
export function ready() {
  return Promise.resolve();
}

export const {
  validate,
  assertValid,
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
