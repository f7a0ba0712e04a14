// klarna-precheck/mock in Node, CommonJS: the full .wasm's glue, shared with the main entry.
'use strict';
const glue = require('./dist/node.cjs');
const { createMockApi } = require('./dist/mock.cjs');

module.exports = { ready: () => Promise.resolve(), ...createMockApi(glue, () => {}) };
