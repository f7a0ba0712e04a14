// klarna-precheck/validate in Node, CommonJS: the validate-only .wasm, instantiated
// synchronously on require.
'use strict';
const glue = require('./dist/validate/node.cjs');
const { createValidateApi, KlarnaValidationError, PAYLOAD_KINDS } = require('./dist/api.cjs');

module.exports = {
  ready: () => Promise.resolve(),
  ...createValidateApi(glue, () => {}),
  KlarnaValidationError,
  PAYLOAD_KINDS,
};
