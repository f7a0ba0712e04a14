// klarna-precheck/mock on Cloudflare Workers and Vercel Edge: the main edge entry instantiates
// the full .wasm (imported as a module) on import; the mock shares its glue.
import './edge.js';
import * as glue from './dist/web.js';
import { createMockApi, KLARNA_HOSTS } from './lib/mock.mjs';

/** Resolves at once: the module was instantiated on import. */
export const ready = () => Promise.resolve();
export const { createKlarnaMock } = createMockApi(glue, () => {});
export { KLARNA_HOSTS };
