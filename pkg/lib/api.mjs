// The public API, written once and bound to each environment's wasm glue by the entry files:
// web.js, node.mjs, node.cjs (the full .wasm) and validate.js, validate.mjs, validate.cjs (the
// validate-only .wasm). It converts arguments and names errors; every rule is in Rust.

/** The payload kinds, one per Klarna endpoint. */
const PAYLOAD_KINDS = Object.freeze(['session', 'session_update', 'order', 'customer_token', 'token_order', 'token_status']);

/** Thrown by assertValid(): a real Error carrying the whole report. */
class KlarnaValidationError extends Error {
  constructor(kind, report) {
    const count = report.errors.length;
    super(`klarna-precheck: ${kind} payload has ${count} error${count === 1 ? '' : 's'}: ${report.errors[0].message}`);
    this.name = 'KlarnaValidationError';
    this.kind = kind;
    this.report = report;
  }
}

/** A UUID v4 from the platform's crypto (randomUUID needs a secure context; getRandomValues does not). */
function uuidV4() {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Browsers: `ready()` fetches and instantiates the wasm module once (every call returns the
 * same promise; a failed load can be retried), and `assertReady()` throws until it has.
 * @param init the web glue's default export
 * @param defaultSource () => the .wasm's URL, written in the entry as
 *   `new URL('./dist/….wasm', import.meta.url)` so that bundlers find the file
 */
function webLoader(init, defaultSource) {
  let instantiated = false;
  let pending = null;
  // `source` overrides where the .wasm comes from (a URL, a Response, bytes or a compiled
  // WebAssembly.Module), for pages that serve it from elsewhere.
  function ready(source) {
    if (!pending) {
      pending = init({ module_or_path: source ?? defaultSource() }).then(
        () => {
          instantiated = true;
        },
        (error) => {
          pending = null; // let a later call retry, e.g. after a network error
          throw error;
        },
      );
    }
    return pending;
  }
  function assertReady() {
    if (!instantiated) {
      throw new Error('klarna-precheck: the wasm module is not loaded yet; call `await ready()` once before validating.');
    }
  }
  return { ready, assertReady };
}

// A clean report crosses the wasm boundary as nothing, and is made here: a fresh object on
// every call, since callers may mutate what they get. Any other report crosses as JSON text.
const reportOf = (json) => (json === undefined ? { valid: true, errors: [], warnings: [] } : JSON.parse(json));

// wasm-bindgen's glue assumes a string wherever Rust takes &str; anything else can corrupt
// the call inside wasm. Every string argument is checked here first.
const text = (value, name) => {
  if (typeof value !== 'string') throw new TypeError(`klarna-precheck: ${name} must be a string`);
  return value;
};

/**
 * validate(), its shorthands, assertValid(), toKlarnaError(), locatePath() and markets(): the
 * whole API of `klarna-precheck/validate`, and part of the main entry's.
 * @param glue the wasm-bindgen exports for this environment (either .wasm)
 * @param assertReady throws when the wasm module is not instantiated yet (browsers)
 */
function createValidateApi(glue, assertReady) {
  function validate(kind, payload, options) {
    assertReady();
    // The kind crosses as its index in PAYLOAD_KINDS (Rust's order too). An unknown kind, or a
    // non-string, is -1, and Rust throws the TypeError naming the valid kinds.
    const index = PAYLOAD_KINDS.indexOf(kind);
    const warningsAsErrors = Boolean(options && options.warningsAsErrors);
    if (typeof payload === 'string') return reportOf(glue.validate(index, payload, warningsAsErrors));
    // Objects cross as JSON text: JSON.stringify here is several µs cheaper than calling it
    // from wasm. A value with no JSON text (undefined, a cycle, a BigInt…) crosses as itself,
    // and Rust says what is wrong with it.
    let json;
    try {
      json = JSON.stringify(payload);
    } catch {
      // left to Rust
    }
    return reportOf(typeof json === 'string'
      ? glue.validate(index, json, warningsAsErrors)
      : glue.validateValue(index, payload, warningsAsErrors));
  }

  function assertValid(kind, payload, options) {
    const report = validate(kind, payload, options);
    if (!report.valid) throw new KlarnaValidationError(kind, report);
    return report;
  }

  function toKlarnaError(report) {
    assertReady();
    // Crosses as JSON text; a value without one is passed as '', which Rust refuses with a TypeError.
    let json;
    try {
      json = JSON.stringify(report);
    } catch {
      // left to Rust
    }
    const body = glue.klarnaError(typeof json === 'string' ? json : '', uuidV4());
    return body === undefined ? null : JSON.parse(body);
  }

  function locatePath(json, path) {
    assertReady();
    const span = glue.locatePath(text(json, 'jsonText'), text(path, 'path'));
    return span.length === 2 ? { start: span[0], end: span[1] } : null;
  }

  function markets() {
    assertReady();
    return JSON.parse(glue.markets());
  }

  const shorthand = (kind) => (payload, options) => validate(kind, payload, options);

  return {
    validate,
    assertValid,
    toKlarnaError,
    validateSession: shorthand('session'),
    validateSessionUpdate: shorthand('session_update'),
    validateOrder: shorthand('order'),
    validateCustomerToken: shorthand('customer_token'),
    validateTokenOrder: shorthand('token_order'),
    validateTokenStatus: shorthand('token_status'),
    locatePath,
    markets,
  };
}

export { createValidateApi, webLoader, text, uuidV4, KlarnaValidationError, PAYLOAD_KINDS };
