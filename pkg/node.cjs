// Node, CommonJS: the wasm is read and instantiated synchronously on require.
'use strict';
const glue = require('./dist/node.cjs');
const { KlarnaValidationError, PAYLOAD_KINDS } = require('./dist/api.cjs');
const { createApi, KlarnaBuildError } = require('./dist/builders.cjs');

module.exports = {
  ready: () => Promise.resolve(),
  ...createApi(glue, () => {}),
  KlarnaValidationError,
  KlarnaBuildError,
  PAYLOAD_KINDS,
};
