// klarna-precheck/mock in Node, ES modules: the CommonJS entry re-exported (one wasm instance).
import api from './mock.cjs';

export const { ready, createKlarnaMock, KLARNA_HOSTS } = api;
