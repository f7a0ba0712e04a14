// The command line, as installed from the packed tarball (node_modules/.bin/klarna-precheck).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, installPacked } from './support.mjs';

const { dir } = installPacked('cli-consumer');
const bin = join(dir, 'node_modules/.bin/klarna-precheck');
const run = (args, input) => spawnSync(bin, args, { cwd: dir, input, encoding: 'utf8' });
const write = (name, value) => {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
};
const payload = (name) => cases.find((c) => c.name === name).payload;

const valid = write('valid.json', payload('order-valid-gb'));
const invalid = write('invalid.json', payload('order-tax-gross-percentage'));
const warnOnly = write('warn.json', payload('order-unknown-and-read-only-fields'));

test('a valid file exits 0; output has no colour codes when piped', () => {
  const r = run(['order', valid]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'valid.json: valid\n'.replace(/^/, '✓ '));
  assert.doesNotMatch(r.stdout, /\x1b\[/);
});

test('an invalid file exits 1 and names each path, message, expected and actual', () => {
  const r = run(['order', invalid]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^✗ invalid\.json: 2 errors, 0 warnings$/m);
  assert.match(r.stdout, /error {4}order_lines\[0\]\.total_tax_amount {2}Bad value: order_lines\[0\]\.total_tax_amount differs from the calculated value \[455\] by more than \[1\].* \(expected 455, got 500\) \[tax_formula\]/);
});

test('many files and stdin, with a summary line', () => {
  const r = run(['order', valid, invalid, '-'], JSON.stringify(payload('order-valid-us-subscription')));
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^✓ stdin: valid$/m);
  assert.match(r.stdout, /^3 payloads: 2 valid, 1 invalid$/m);
});

test('JSON Lines: one payload per line, reported as file:line; a malformed line is its own error', () => {
  const lines = [JSON.stringify(payload('token-status-valid')), '', '{"status": "cancelled"}', '{"status": '];
  const r = run(['token_status', write('bulk.jsonl', lines.join('\n'))]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^✓ bulk\.jsonl:1: valid$/m);
  // Klarna reads enums in any case: a warning, not an error.
  assert.match(r.stdout, /^✓ bulk\.jsonl:3: valid \(0 errors, 1 warning\)\n {2}warning {2}status .*\[enum_case\]$/m);
  assert.match(r.stdout, /^✗ bulk\.jsonl:4: .*\n {2}error {4}\(payload\) {2}Bad request: the payload is not valid JSON/m);
  assert.match(r.stdout, /^3 payloads: 2 valid, 1 invalid$/m);
  assert.equal(run(['token_status', '--jsonl', '-'], '{"status":"CANCELLED"}\n{"status":"CANCELLED"}\n').status, 0);
});

test('--json prints one document with every report', () => {
  const r = run(['order', '--json', valid, invalid]);
  assert.equal(r.status, 1);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.valid, false);
  assert.deepEqual(doc.results.map((x) => [x.source, x.valid]), [['valid.json', true], ['invalid.json', false]]);
  assert.deepEqual(doc.results[1].errors.map((e) => e.rule), ['tax_formula', 'tax_formula']);
});

test('--warnings-as-errors turns warnings into a failing exit', () => {
  assert.equal(run(['order', warnOnly]).status, 0);
  const strict = run(['order', '--warnings-as-errors', warnOnly]);
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /error {4}cutomer/);
});

test('usage errors and unreadable input exit 2 with a clear message', () => {
  for (const [args, message] of [
    [['orders', valid], /unknown kind 'orders'; expected one of: session, session_update, order, customer_token, token_order, token_status/],
    [[], /missing <kind>/],
    [['order', 'missing.json'], /cannot read missing\.json: ENOENT/],
    [['order', '--colour', valid], /unknown option --colour/],
  ]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});

test('--help and --version', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: klarna-precheck <kind>/);
  const version = JSON.parse(readFileSync(join(dir, 'node_modules/klarna-precheck/package.json'), 'utf8')).version;
  assert.equal(run(['--version']).stdout, `${version}\n`);
});

// Issue 12, item 7: what the CLI reads is bytes, checked by Rust as UTF-8; inputs are bounded.
test('bytes: invalid UTF-8 is a json_syntax error naming the byte (exit 1); a UTF-8 BOM is skipped', () => {
  const bad = join(dir, 'bad-utf8.json');
  writeFileSync(bad, Buffer.concat([Buffer.from('{"status":"CANC'), Buffer.from([0xff]), Buffer.from('ELLED"}')]));
  const r = run(['token_status', 'bad-utf8.json']);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /invalid UTF-8 at line 1, column 16 \(byte 15\) \[json_syntax\]/);
  writeFileSync(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"status":"CANCELLED"}')]));
  assert.equal(run(['token_status', 'bom.json']).status, 0);
});

test('bounded input: devices, FIFOs and oversized input exit 2 at once, naming the limit', () => {
  const devZero = spawnSync(bin, ['token_status', '/dev/zero'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.equal(devZero.status, 2);
  assert.match(devZero.stderr, /\/dev\/zero is not a regular file/);
  const fifo = join(dir, 'no-writer.fifo');
  spawnSync('rm', ['-f', fifo]);
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const r = spawnSync(bin, ['token_status', fifo], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 2, 'a FIFO with no writer must not block');
  const stdinZero = spawnSync('sh', ['-c', `"${bin}" token_status - < /dev/zero`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  assert.equal(stdinZero.status, 2);
  assert.match(stdinZero.stderr, /stdin is larger than 16777216 bytes \(--max-bytes\)/);
  const small = run(['token_status', '--max-bytes', '10', write('cancel.json', { status: 'CANCELLED' })]);
  assert.equal(small.status, 2);
  assert.match(small.stderr, /cancel\.json is larger than 10 bytes/);
  assert.equal(run(['token_status', '--max-bytes', '1000', 'cancel.json']).status, 0);
  assert.equal(run(['token_status', '--max-bytes', 'lots', 'cancel.json']).status, 2);
});

// Issue 14, section 4: the usual command-line conventions.
test('conventions: -h is help, -- ends options, --json reports read errors as JSON, a terminal with no input gets the usage', () => {
  assert.match(run(['-h']).stdout, /^usage: klarna-precheck <kind>/);
  write('--odd.json', { status: 'CANCELLED' });
  const odd = run(['token_status', '--', '--odd.json']);
  assert.equal(odd.status, 0, odd.stderr);
  assert.match(odd.stdout, /✓ --odd\.json: valid/);
  const missing = run(['token_status', '--json', 'no-such-file.json']);
  assert.equal(missing.status, 2);
  assert.deepEqual(JSON.parse(missing.stdout), { valid: false, error: 'cannot read no-such-file.json: ENOENT' });
  // A pseudo-terminal as stdin (util-linux `script`), where the machine has it.
  if (spawnSync('script', ['--version']).status === 0) {
    const tty = spawnSync('script', ['-qec', `"${bin}" token_status`, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    assert.equal(tty.status, 2, tty.stdout);
    assert.match(tty.stdout, /no file given and nothing piped in/);
  }
});

test('--order judges an Order Management body against the order too; --segment asks for its extra merchant data', () => {
  const { now, calls } = JSON.parse(readFileSync(new URL('../state/calls.json', import.meta.url), 'utf8'));
  const over = calls.find((c) => c.refused && c.refused.rule === 'capture_exceeds_authorization');
  const order = write('order.json', over.order);
  let r = run(['capture', '--order', order, '--json', '-'], JSON.stringify(over.body));
  assert.equal(r.status, 1, r.stderr);
  const [result] = JSON.parse(r.stdout).results;
  assert.deepEqual(result.errors.map((e) => [e.rule, e.error_code, e.message]), [[over.refused.rule, over.refused.error_code, over.refused.message]]);
  r = run(['capture', '--order', order, '-'], JSON.stringify({ captured_amount: 100 }));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(run(['capture', '--capture-id', 'x', '-'], '{}').status, 2);
  assert.equal(run(['capture', '--order', write('not-an-order.json', '[1]'), '-'], '{}').status, 2);
  assert.equal(run(['session', '--order', order, '-'], '{}').status, 2, 'not an Order Management kind');
  void now;
  r = run(['session_update', '--segment', 'travel', '--segment', 'marketplace', '--json', '-'], '{}');
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout).results[0].warnings.map((w) => w.rule), ['emd_segment_package', 'emd_segment_package']);
  assert.equal(run(['session_update', '--segment', 'travels', '-'], '{}').status, 2);
});

test('klarna-precheck mock serves a local Klarna over HTTP, authorize() included', async () => {
  const { spawn } = await import('node:child_process');
  const server = spawn(bin, ['mock', '--port', '0', '--username', 'PK_1', '--password', 'secret'], { cwd: dir });
  try {
    const url = await new Promise((resolve, reject) => {
      server.stdout.on('data', (d) => {
        const m = /listening on (http:\/\/\S+)/.exec(String(d));
        if (m) resolve(m[1]);
      });
      server.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const headers = { authorization: `Basic ${btoa('PK_1:secret')}`, 'content-type': 'application/json' };
    const cart = payload('order-valid-gb');
    let r = await fetch(`${url}/payments/v1/sessions`, { method: 'POST', headers, body: JSON.stringify(cart) });
    assert.equal(r.status, 200);
    const { session_id } = await r.json();
    r = await fetch(`${url}/mock/authorize`, { method: 'POST', body: JSON.stringify({ session_id, approve: true }) });
    const { authorization_token } = await r.json();
    r = await fetch(`${url}/payments/v1/authorizations/${authorization_token}/order`, { method: 'POST', headers, body: JSON.stringify(cart) });
    assert.equal(r.status, 200);
    r = await fetch(`${url}/payments/v1/sessions`, { method: 'POST', headers: { ...headers, authorization: `Basic ${btoa('PK_1:wrong')}` }, body: '{}' });
    assert.equal(r.status, 401);
  } finally {
    server.kill('SIGTERM');
  }
});
