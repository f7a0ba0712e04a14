/**
 * klarna-precheck/validate: the validator alone, on a smaller .wasm without the builders and
 * flow helpers. The same declarations as the main entry's (index.d.ts), re-exported.
 */
export type {
  PayloadKind, RuleId, ErrorCode, Violation, Report, ValidateOptions, KlarnaErrorV2, PayloadOf, PayloadTypes, StandardSchemaV1,
  SessionRequest, SessionUpdateRequest, OrderRequest, CustomerTokenRequest, TokenOrderRequest, TokenStatusRequest,
  ExtraMerchantData, EmdSegment, EmdDateTime,
} from './index.js';
export {
  PAYLOAD_KINDS,
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
  ready,
  KlarnaValidationError,
  locatePath,
  markets,
} from './index.js';
