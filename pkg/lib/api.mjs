// The public API, written once and bound to each environment's wasm glue by the entry files:
// web.js, node.mjs, node.cjs (the full .wasm) and validate.js, validate.mjs, validate.cjs (the
// validate-only .wasm). It converts arguments and names errors; every rule is in Rust.

/** The payload kinds, one per Klarna endpoint. */
// <generated from src/lib.rs by tests/generated.rs>
const PAYLOAD_KINDS = Object.freeze([
  'session',
  'session_update',
  'order',
  'customer_token',
  'token_order',
  'token_status',
  'capture',
  'refund',
  'update_authorization',
  'update_customer_details',
  'update_merchant_references',
  'shipping_info',
  'extend_due_date',
  'cancel',
  'release_remaining_authorization',
  'extend_authorization_time',
  'hpp_session',
  'hpp_distribution',
]);
// </generated>

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

/** The longest JSON text (or byte payload) accepted by default, in UTF-8 bytes: 16 MiB. */
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** Past this much wasm memory after a call, the instance is replaced before the next one. */
const MEMORY_KEPT = 64 * 1024 * 1024;

/** Codes of Rust's `Unserializable` (its `from_code`): why a value has no JSON text. */
const UNDEFINED = 1;
const FUNCTION = 2;
const SYMBOL = 3;
const THROWS = 4;

/**
 * A value as JSON text, the way `fetch(…, { body: JSON.stringify(value) })` would send it, as
 * `[text, 0]`; or `['', reason]` when it has none. A string is JSON text already. This runs
 * before any call into wasm, so a `toJSON` or getter never runs while wasm is in a call.
 */
function jsonText(value) {
  if (typeof value === 'string') return [value, 0];
  let json;
  try {
    json = JSON.stringify(value);
  } catch (e) {
    // The stack running out is not the payload's fault: no report could be right.
    if (stackOverflow(e)) throw interruption(e);
    return ['', THROWS]; // a cycle, a BigInt, or a getter or toJSON that throws
  }
  if (typeof json === 'string') return [json, 0];
  return ['', typeof value === 'function' ? FUNCTION : typeof value === 'symbol' ? SYMBOL : UNDEFINED];
}

/** A report's path as Standard Schema's segments: 'order_lines[2].total_tax_amount' →
 * ['order_lines', 2, 'total_tax_amount']; '' (the payload) → []. */
function pathSegments(path) {
  const segments = [];
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) segments.push(part[0] === '[' ? Number(part.slice(1, -1)) : part);
  return segments;
}

/** UTF-8 bytes of a string, counted up to just past `limit`. */
function utf8Bytes(s, limit) {
  if (s.length * 3 <= limit) return s.length; // cannot be over: skip the count
  let n = 0;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair
      i++;
    } else n += 3; // the rest of the BMP, and a lone surrogate (sent as U+FFFD)
  }
  return n;
}

/** A body given as bytes, as a plain Uint8Array the glue can copy: a Buffer, any typed array or
 * DataView, or an ArrayBuffer. Read through the intrinsic accessors, never the object's own
 * (an overridden `length` must not size a copy into wasm memory); `null` for anything else. */
const TypedArray = Object.getPrototypeOf(Uint8Array.prototype);
const intrinsic = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const [viewBuffer, viewOffset, viewLength] = ['buffer', 'byteOffset', 'byteLength'].map((n) => intrinsic(TypedArray, n));
const [dataBuffer, dataOffset, dataLength] = ['buffer', 'byteOffset', 'byteLength'].map((n) => intrinsic(DataView.prototype, n));
function bytesOf(payload) {
  try {
    if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
    if (payload instanceof DataView) return new Uint8Array(dataBuffer.call(payload), dataOffset.call(payload), dataLength.call(payload));
    if (ArrayBuffer.isView(payload)) return new Uint8Array(viewBuffer.call(payload), viewOffset.call(payload), viewLength.call(payload));
  } catch {
    // a detached buffer or an impostor: not bytes
  }
  return null;
}

/** Refuses text past the byte limit before it is copied into wasm memory. */
function withinLimit(size, limit, what) {
  if (size > limit) {
    throw new RangeError(`klarna-precheck: ${what} is over the ${limit}-byte limit (the maxBytes option; default ${DEFAULT_MAX_BYTES})`);
  }
}

const maxBytesOf = (options) => {
  const max = options && options.maxBytes;
  if (max === undefined) return DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(max) || max < 0) throw new RangeError('klarna-precheck: maxBytes must be a whole number of bytes');
  return max;
};

/** The RangeError a call answers when it was interrupted (the cause says how). */
const interruption = (e) => new RangeError(`klarna-precheck: the call was interrupted (${e instanceof WebAssembly.RuntimeError ? `the wasm instance trapped: ${e.message}` : 'the JS stack ran out'}); it has no result, and the next call works`, { cause: e });

/** Whether a thrown value is one Rust returned on purpose (a finished call): its TypeErrors and
 * RangeErrors. Anything else (a trap, the engine's stack overflow: V8's and JSC's RangeError
 * "Maximum call stack size exceeded", Firefox's InternalError) interrupted the call. Written
 * with as few calls as possible: it runs where the stack may be nearly gone. */
const stackOverflow = (e) => (e instanceof RangeError && e.message.includes('call stack')) || (e !== null && typeof e === 'object' && e.name === 'InternalError');
const deliberate = (e) => e instanceof TypeError || (e instanceof RangeError && !stackOverflow(e));

/**
 * The glue's functions, each run under supervision: whatever happens inside one call, the next
 * call works. A call that traps or runs out of stack inside wasm may leave the instance's memory
 * corrupt, so it answers with a RangeError naming the cause and the instance is replaced (a new
 * instance of the already compiled module) before the next call; so is an instance whose memory
 * grew past MEMORY_KEPT, to give that memory back. A call made while another is running (a
 * re-entrant one) is refused with a RangeError; nothing of the package calls user code during
 * a call, so only a misuse could get there.
 */
const SUPERVISED = Symbol('klarna-precheck supervised glue');
/** One supervisor per glue (so per instance), however many entries of a bundle wrap it. */
const supervisors = new WeakMap();

function supervise(glue) {
  if (glue[SUPERVISED]) return glue; // already the supervised view
  if (supervisors.has(glue)) return supervisors.get(glue);
  let busy = false;
  let replace = false;
  const supervised = (fn) => (...args) => {
    if (busy) throw new RangeError('klarna-precheck: called from inside one of its own calls; refused');
    if (replace || glue.__bufferBytes() > MEMORY_KEPT) {
      glue.__replaceInstance();
      replace = false;
    }
    busy = true;
    try {
      return fn(...args);
    } catch (e) {
      // First mark the instance for replacement: if even the check below runs out of stack,
      // the next call still gets a fresh instance.
      replace = true;
      if (deliberate(e)) {
        replace = false;
        throw e;
      }
      throw interruption(e);
    } finally {
      busy = false;
    }
  };
  const out = { [SUPERVISED]: true };
  for (const [name, value] of Object.entries(glue)) {
    if (typeof value === 'function' && !name.startsWith('__') && name !== 'default' && name !== 'initSync') out[name] = supervised(value);
  }
  supervisors.set(glue, out);
  return out;
}

// wasm-bindgen's glue assumes a string wherever Rust takes &str; anything else can corrupt
// the call inside wasm. Every string argument is checked here first.
const text = (value, name) => {
  if (typeof value !== 'string') throw new TypeError(`klarna-precheck: ${name} must be a string`);
  return value;
};

// `segment`: one name or a list; Rust knows the names and throws the TypeError for others.
// A name with a comma would read as two, so it is refused here.
function segmentsOf(options) {
  const segment = options ? options.segment : undefined;
  if (segment === undefined || segment === null) return '';
  const names = Array.isArray(segment) ? segment : [segment];
  for (const name of names) {
    if (typeof name !== 'string' || name.includes(',')) throw new TypeError('klarna-precheck: segment must be a segment name or a list of them');
  }
  return names.join(',');
}

/**
 * validate(), its shorthands, assertValid(), toKlarnaError(), locatePath() and markets(): the
 * whole API of `klarna-precheck/validate`, and part of the main entry's.
 * @param glue the wasm-bindgen exports for this environment (either .wasm)
 * @param assertReady throws when the wasm module is not instantiated yet (browsers)
 */
function createValidateApi(rawGlue, assertReady) {
  const glue = supervise(rawGlue);
  function validate(kind, payload, options) {
    assertReady();
    // The kind crosses as its index in PAYLOAD_KINDS (Rust's order too). An unknown kind, or a
    // non-string, is -1, and Rust throws the TypeError naming the valid kinds.
    const index = PAYLOAD_KINDS.indexOf(kind);
    const warningsAsErrors = Boolean(options && options.warningsAsErrors);
    const segments = segmentsOf(options);
    const limit = maxBytesOf(options);
    // A body as bytes (a Buffer, a typed array, a DataView, an ArrayBuffer): Rust reads it as
    // UTF-8, BOM allowed.
    const bytes = typeof payload === 'object' && payload !== null ? bytesOf(payload) : null;
    if (bytes) {
      withinLimit(bytes.length, limit, 'the payload');
      return reportOf(glue.validateBytes(index, bytes, warningsAsErrors, segments));
    }
    const [json, unreadable] = jsonText(payload);
    withinLimit(utf8Bytes(json, limit), limit, 'the payload');
    return reportOf(glue.validate(index, json, unreadable, warningsAsErrors, segments));
  }

  function assertValid(kind, payload, options) {
    const report = validate(kind, payload, options);
    if (!report.valid) throw new KlarnaValidationError(kind, report);
    return report;
  }

  const isValid = (kind, payload, options) => validate(kind, payload, options).valid;

  // Standard Schema v1, one per kind: errors become issues with the path as segments.
  const schemas = Object.freeze(Object.fromEntries(PAYLOAD_KINDS.map((kind) => [kind, Object.freeze({
    '~standard': Object.freeze({
      version: 1,
      vendor: 'klarna-precheck',
      validate(value) {
        let report;
        try {
          report = validate(kind, value);
        } catch (e) {
          return { issues: [{ message: e.message }] }; // past maxBytes, or an interrupted call
        }
        return report.valid ? { value } : { issues: report.errors.map((e) => ({ message: e.message, path: pathSegments(e.path) })) };
      },
    }),
  })])));

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
    withinLimit(utf8Bytes(text(json, 'jsonText'), DEFAULT_MAX_BYTES), DEFAULT_MAX_BYTES, 'jsonText');
    const span = glue.locatePath(json, text(path, 'path'));
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
    isValid,
    schemas,
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

export { createValidateApi, supervise, jsonText, utf8Bytes, withinLimit, webLoader, text, uuidV4, reportOf, KlarnaValidationError, PAYLOAD_KINDS, DEFAULT_MAX_BYTES };
