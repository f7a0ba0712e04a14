// klarna-precheck/validate in browsers and bundlers: the validate-only .wasm (no builders), fetched
// once by ready(); validators throw until then.
import init, * as glue from './dist/validate/web.js';
import { createValidateApi, webLoader, KlarnaValidationError, PAYLOAD_KINDS } from './lib/api.mjs';

const loader = webLoader(init, () => new URL('./dist/validate/klarna_precheck_bg.wasm', import.meta.url));

/** Fetches and instantiates the wasm module once; every call returns the same promise. */
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
  locatePath,
  markets,
} = createValidateApi(glue, loader.assertReady);
export { KlarnaValidationError, PAYLOAD_KINDS };
