// klarna-precheck/mock in browsers, workers and bundlers: the main entry's wasm, fetched by its
// ready(); create mocks once it has resolved.
import * as glue from './dist/web.js';
import { ready as load } from './web.js';
import { createMockApi, KLARNA_HOSTS } from './lib/mock.mjs';

let loaded = false;
/** Resolves once the wasm is loaded (the main entry's ready()). */
export const ready = (source) => load(source).then(() => { loaded = true; });
const assertReady = () => {
  if (!loaded) throw new Error('klarna-precheck mock: call `await ready()` once before creating a mock.');
};
export const { createKlarnaMock } = createMockApi(glue, assertReady);
export { KLARNA_HOSTS };
