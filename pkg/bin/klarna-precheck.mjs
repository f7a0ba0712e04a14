#!/usr/bin/env node
// klarna-precheck <kind> [file ...|-]: validate Klarna request bodies from files or stdin.
// Exit 0: every payload valid; 1: some payload invalid; 2: usage error or unreadable input.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { validate, checkAgainstOrder, PAYLOAD_KINDS } from '../node.mjs';

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const USAGE = `usage: klarna-precheck <kind> [file ...|-] [--json] [--jsonl] [--warnings-as-errors] [--max-bytes N]
                       [--segment NAME ...] [--order FILE [--capture-id ID]]

  kind                  ${PAYLOAD_KINDS.join(' | ')}
  file ...              JSON files to check (UTF-8; a byte order mark is skipped); '-' or none reads stdin
  --jsonl               one payload per line (automatic for .jsonl and .ndjson files)
  --json                machine-readable output: one JSON document
  --warnings-as-errors  fail on warnings too
  --max-bytes N         refuse an input (a file, or stdin) larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --segment NAME        the merchant's segment, for the extra merchant data it must send (repeatable):
                        travel, marketplace, ticketing, subscriptions, in_store, registered_checkout,
                        pick_up_in_store, vouchers
  --order FILE          Order Management kinds: also check each body against this order (the JSON
                        GET /ordermanagement/v1/orders/{order_id} returns), as Klarna would judge it
  --capture-id ID       with --order: the capture a capture-level call is made on
  -h, --help, --version
  --                    the end of options: what follows is files, even if it starts with -

exit status: 0 all valid, 1 some invalid, 2 usage error or unreadable input`;

// `klarna-precheck mock`: a local Klarna over HTTP for code under test in another process.
if (process.argv[2] === 'mock') {
  const args = process.argv.slice(3);
  const value = (flag) => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : args[i + 1];
  };
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`usage: klarna-precheck mock [--port N] [--host H] [--seed N] [--username U --password P] [--strict]

  Serves a local Klarna (klarna-precheck/mock) until stopped: Payments, Customer Token and Order
  Management, every body checked with the package's rules. authorize() is POST /mock/authorize
  {"session_id", "approve"|"decline"|"pending": true, "data"?}; the clock is the system's.
`);
    process.exit(0);
  }
  const port = Number(value('--port') ?? 0);
  if (!Number.isSafeInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('klarna-precheck mock: --port needs a port number\n');
    process.exit(2);
  }
  const { createKlarnaMock } = await import('../mock.mjs');
  const username = value('--username');
  const mock = createKlarnaMock({
    seed: Number(value('--seed') ?? 1),
    strict: args.includes('--strict'),
    credentials: username === undefined ? undefined : { username, password: value('--password') ?? '' },
  });
  const server = await mock.listen(port, value('--host') ?? '127.0.0.1', { authorizeRoute: true });
  process.stdout.write(`klarna-precheck mock listening on ${server.url}\n`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
} else {
  await check();
}

async function check() {
// Options, then positionals; `--` ends the options, `-` alone is stdin.
const flags = new Set();
const positional = [];
let maxText;
const segments = [];
let orderFile;
let captureId;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--') {
    positional.push(...argv.slice(i + 1));
    break;
  }
  if (a === '--max-bytes') maxText = argv[++i] ?? '';
  else if (a === '--segment') segments.push(argv[++i] ?? '');
  else if (a === '--order') orderFile = argv[++i] ?? '';
  else if (a === '--capture-id') captureId = argv[++i] ?? '';
  else if (a === '-h') flags.add('--help');
  else if (a.startsWith('-') && a !== '-') flags.add(a);
  else positional.push(a);
}
/** Exit 2 with the message on stderr; with --json, as a JSON document on stdout too. */
const fail = (message) => {
  process.stderr.write(`klarna-precheck: ${message}\n`);
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify({ valid: false, error: message.split('\n')[0] })}\n`);
  process.exit(2);
};

if (flags.has('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (flags.has('--version')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
  process.exit(0);
}
for (const f of flags) if (!['--json', '--jsonl', '--warnings-as-errors'].includes(f)) fail(`unknown option ${f}\n${USAGE}`);
const [kind, ...files] = positional;
if (!kind) fail(`missing <kind>\n${USAGE}`);
if (!PAYLOAD_KINDS.includes(kind)) fail(`unknown kind '${kind}'; expected one of: ${PAYLOAD_KINDS.join(', ')}`);

const maxBytes = maxText === undefined ? DEFAULT_MAX_BYTES : Number(maxText);
if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) fail(`--max-bytes needs a whole number of bytes, got '${maxText ?? ''}'`);
const options = { warningsAsErrors: flags.has('--warnings-as-errors'), maxBytes, segment: segments };
if (captureId !== undefined && orderFile === undefined) fail('--capture-id needs --order');
// No file and nothing piped in: a person at a terminal gets the usage, not a silent wait.
if (!files.length && process.stdin.isTTY) fail(`no file given and nothing piped in\n${USAGE}`);
const sources = files.length ? files : ['-'];

/**
 * An input's bytes, at most maxBytes of them. A file must be a regular file (a FIFO or a
 * device such as /dev/zero could block or never end: pipe it to stdin instead); stdin is read
 * in chunks and refused as soon as it passes the limit.
 */
function readInput(file) {
  const name = file === '-' ? 'stdin' : file;
  const tooLarge = () => fail(`${name} is larger than ${maxBytes} bytes (--max-bytes)`);
  let fd;
  try {
    // Non-blocking open: a FIFO with no writer must not hang the open itself.
    fd = file === '-' ? 0 : openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (fd !== 0) {
      const stat = fstatSync(fd);
      if (!stat.isFile()) fail(`${name} is not a regular file; pipe it to stdin ('-') instead`);
      if (stat.size > maxBytes) tooLarge();
      return readFileSync(fd);
    }
    const chunks = [];
    let total = 0;
    const chunk = Buffer.alloc(1 << 16);
    for (;;) {
      let n;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        if (e.code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); continue; }
        if (e.code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      if (total > maxBytes) tooLarge();
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    fail(`cannot read ${name}: ${e.code ?? e.message}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

/** Every payload to check, as { source, bytes }: one per file, or one per line of JSON Lines.
 * Bytes go to validate() as they are: Rust reads them as UTF-8 (invalid UTF-8 is a json_syntax
 * error naming the byte; a byte order mark is skipped). */
const inputs = [];
for (const file of sources) {
  const bytes = readInput(file);
  const name = file === '-' ? 'stdin' : file;
  if (flags.has('--jsonl') || /\.(jsonl|ndjson)$/i.test(file)) {
    // Splitting at the newline byte is safe in UTF-8: it is never part of another character.
    let start = 0;
    for (let i = 0; start <= bytes.length; i++) {
      const end = bytes.indexOf(0x0a, start);
      const line = bytes.subarray(start, end < 0 ? bytes.length : end);
      if (line.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0d)) inputs.push({ source: `${name}:${i + 1}`, bytes: line });
      if (end < 0) break;
      start = end + 1;
    }
  } else {
    inputs.push({ source: name, bytes });
  }
}

// The order, read once: an Order Management body is then judged against it too.
let order;
if (orderFile !== undefined) {
  try {
    order = JSON.parse(readInput(orderFile).toString('utf8'));
  } catch (e) {
    fail(`${orderFile}: not the JSON of an order (${e.message})`);
  }
}
const againstOrder = (bytes) => {
  const report = checkAgainstOrder(kind, bytes.toString('utf8'), order, { captureId });
  if (options.warningsAsErrors && report.warnings.length) return { valid: false, errors: [...report.errors, ...report.warnings], warnings: [] };
  return report;
};

const results = inputs.map(({ source, bytes }) => {
  try {
    const report = validate(kind, bytes, options);
    if (order === undefined) return { source, ...report };
    const state = againstOrder(bytes);
    return { source, valid: report.valid && state.valid, errors: [...report.errors, ...state.errors], warnings: [...report.warnings, ...state.warnings] };
  } catch (e) {
    // Past --max-bytes, or a call interrupted inside wasm: no report, so no verdict (exit 2).
    return fail(`${source}: ${e.message}`);
  }
});
const invalid = results.filter((r) => !r.valid).length;

if (flags.has('--json')) {
  process.stdout.write(`${JSON.stringify({ valid: invalid === 0, kind, results }, null, 2)}\n`);
} else {
  const tty = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code) => (s) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
  const [red, yellow, green, dim] = [paint(31), paint(33), paint(32), paint(2)];
  const detail = (v) => {
    const parts = [];
    if (v.expected !== undefined) parts.push(`expected ${Array.isArray(v.expected) ? v.expected.join(' | ') : v.expected}`);
    if (v.actual !== undefined) parts.push(`got ${v.actual}`);
    return parts.length ? dim(` (${parts.join(', ')})`) : '';
  };
  const out = [];
  for (const r of results) {
    const counts = `${r.errors.length} error${r.errors.length === 1 ? '' : 's'}, ${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`;
    out.push(r.valid ? `${green('✓')} ${r.source}: valid${r.warnings.length ? ` (${counts})` : ''}` : `${red('✗')} ${r.source}: ${counts}`);
    for (const v of r.errors) out.push(`  ${red('error')}    ${v.path || '(payload)'}  ${v.message}${detail(v)} ${dim(`[${v.rule}]`)}`);
    for (const v of r.warnings) out.push(`  ${yellow('warning')}  ${v.path || '(payload)'}  ${v.message}${detail(v)} ${dim(`[${v.rule}]`)}`);
  }
  if (results.length > 1) out.push(`${results.length} payloads: ${results.length - invalid} valid, ${invalid} invalid`);
  process.stdout.write(`${out.join('\n')}\n`);
}
process.exit(invalid === 0 ? 0 : 1);
}
