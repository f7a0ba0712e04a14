// klarna-precheck/validate in Node, ES modules: the validate-only .wasm, instantiated
// synchronously on import.
import * as glue from './dist/validate/node.mjs';
import { createValidateApi, KlarnaValidationError, PAYLOAD_KINDS } from './lib/api.mjs';

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
  locatePath,
  markets,
} = createValidateApi(glue, () => {});
export { KlarnaValidationError, PAYLOAD_KINDS };
