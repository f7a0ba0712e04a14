/** klarna-precheck/inline: the main entry's API, on the .wasm's bytes inlined in the JavaScript. */
export * from './index.js';
