// klarna-precheck/validate in Node, ES modules: the CommonJS entry, re-exported (one instance
// and one set of classes per process, whether imported or required).
import api from './validate.cjs';

export const {
  ready,
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
  KlarnaValidationError,
  PAYLOAD_KINDS,
} = api;
