// The consumer matrix (issue 14): the packed tarball installed into a fresh project per row,
// bundled or run the way that environment's users do, with no configuration unless the row
// says so (the README's environment table lists each row's one line, where it has one). Every
// row checks a valid and an invalid payload and one instance per process.
// Tools come from the repository's own devDependencies (esbuild, bun, deno, jest, vitest, workerd,
// rollup, webpack, @edge-runtime/vm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPacked, out, root } from './support.mjs';

const bin = (tool) => join(root, 'node_modules/.bin', tool);
const VALID = { purchase_country: 'SE', purchase_currency: 'SEK', order_amount: 10000, order_tax_amount: 2000,
  order_lines: [{ name: 'Kaffe', quantity: 1, unit_price: 10000, tax_rate: 2500, total_amount: 10000, total_tax_amount: 2000 }] };
const INVALID = { ...VALID, order_lines: [{ ...VALID.order_lines[0], total_tax_amount: 2500 }], order_tax_amount: 2500 };
/** What every row must print: the valid payload's validity and the invalid one's findings. */
const EXPECTED = JSON.stringify([true, ['order_lines[0].total_tax_amount tax_formula']]);

const PROBE_BODY = `
const valid = ${JSON.stringify(VALID)};
const invalid = ${JSON.stringify(INVALID)};
const result = [k.validate('order', valid).valid, k.validate('order', invalid).errors.map((e) => e.path + ' ' + e.rule)];
`;
const ESM_PROBE = `import * as k from 'klarna-precheck';${PROBE_BODY}console.log(JSON.stringify(result));\n`;
const CJS_PROBE = `const k = require('klarna-precheck');${PROBE_BODY}console.log(JSON.stringify(result));\n`;

function run(command, args, cwd, env = {}) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', ...env } });
  assert.equal(r.status, 0, `${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
/** The probe's line in a tool's output (test runners print their own lines around it). */
const probed = (stdout) => stdout.split('\n').find((line) => line.startsWith('[true,')) ?? stdout;

/** A fresh project with the tarball installed and `files` written into it. */
function project(name, files) {
  const { dir } = installPacked(`matrix-${name}`);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** A bundle runs from a folder of its own: nothing of node_modules may be needed at run time. */
function runAlone(bundle, runner = process.execPath) {
  const alone = join(out, `alone-${Math.random().toString(36).slice(2)}`);
  mkdirSync(alone, { recursive: true });
  const file = join(alone, bundle.split('/').pop());
  copyFileSync(bundle, file);
  try {
    return run(runner, runner.endsWith('deno') ? ['run', file] : [file], alone);
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
}

test('Node server bundles: esbuild (ESM and CJS output), bun build, Rollup and webpack (target node) carry the wasm; the bundle runs alone', () => {
  const dir = project('bundles', { 'main.mjs': ESM_PROBE, 'main.cjs': CJS_PROBE });
  run(bin('esbuild'), ['main.mjs', '--bundle', '--platform=node', '--format=esm', '--outfile=out/esm.mjs', '--log-level=warning'], dir);
  assert.equal(probed(runAlone(join(dir, 'out/esm.mjs'))), EXPECTED, 'esbuild ESM');
  run(bin('esbuild'), ['main.cjs', '--bundle', '--platform=node', '--format=cjs', '--outfile=out/cjs.cjs', '--log-level=warning'], dir);
  assert.equal(probed(runAlone(join(dir, 'out/cjs.cjs'))), EXPECTED, 'esbuild CJS');
  run(bin('bun'), ['build', 'main.mjs', '--target=node', '--outfile=out/bun.mjs'], dir);
  assert.equal(probed(runAlone(join(dir, 'out/bun.mjs'))), EXPECTED, 'bun build --target=node');
  // Rollup needs its node-resolve plugin told it bundles for Node, and its commonjs plugin.
  run(bin('rollup'), ['main.mjs', '-p', "@rollup/plugin-node-resolve={exportConditions:['node']}", '-p', '@rollup/plugin-commonjs', '--format', 'es', '--file', 'out/rollup.mjs', '--silent'], dir);
  assert.equal(probed(runAlone(join(dir, 'out/rollup.mjs'))), EXPECTED, 'rollup');
  run(bin('webpack'), ['--mode', 'production', '--target', 'node', '--entry', './main.cjs', '--output-path', 'out/webpack', '--output-filename', 'main.cjs', '--no-stats'], dir);
  assert.equal(probed(runAlone(join(dir, 'out/webpack/main.cjs'))), EXPECTED, 'webpack --target node');
});

test('runtimes: Bun, and Deno with no permissions', () => {
  const dir = project('runtimes', { 'main.mjs': ESM_PROBE });
  assert.equal(probed(run(bin('bun'), ['main.mjs'], dir)), EXPECTED, 'bun');
  // Deno reads the npm package from node_modules; the .wasm is in a module, so no --allow-read.
  assert.equal(probed(run(bin('deno'), ['run', '--node-modules-dir=manual', 'main.mjs'], dir, { DENO_NO_UPDATE_CHECK: '1' })), EXPECTED, 'deno');
});

test('one instance per process: classes compare across import and require', () => {
  const dir = project('dual', {
    'main.mjs': `import { createRequire } from 'node:module';
import * as esm from 'klarna-precheck';
import * as lean from 'klarna-precheck/validate';
const cjs = createRequire(import.meta.url)('klarna-precheck');
const leanCjs = createRequire(import.meta.url)('klarna-precheck/validate');
let caught;
try { esm.assertValid('order', {}); } catch (e) { caught = e; }
console.log(JSON.stringify([caught instanceof cjs.KlarnaValidationError, esm.KlarnaValidationError === cjs.KlarnaValidationError,
  lean.KlarnaValidationError === leanCjs.KlarnaValidationError, esm.validate === cjs.validate]));
` });
  assert.equal(run(process.execPath, ['main.mjs'], dir).trim(), '[true,true,true,true]');
});

const TEST_BODY = (importLine) => `${importLine}
const valid = ${JSON.stringify(VALID)};
const invalid = ${JSON.stringify(INVALID)};
test('klarna-precheck in this runner', () => {
  expect(k.validate('order', valid).valid).toBe(true);
  expect(k.validate('order', invalid).errors.map((e) => e.path + ' ' + e.rule)).toEqual(['order_lines[0].total_tax_amount tax_formula']);
});
`;

test('test runners: Jest (node and jsdom environments), Vitest, Bun, Deno', () => {
  const dir = project('runners', {
    'node.test.cjs': TEST_BODY("const k = require('klarna-precheck');"),
    'jsdom.test.cjs': `/** @jest-environment jsdom */\n${TEST_BODY("const k = require('klarna-precheck');")}`,
    'vitest.test.mjs': TEST_BODY("import { test, expect } from 'vitest';\nimport * as k from 'klarna-precheck';"),
    'bun.test.mjs': TEST_BODY("import { test, expect } from 'bun:test';\nimport * as k from 'klarna-precheck';"),
    'deno.test.mjs': `import * as k from 'klarna-precheck';
const valid = ${JSON.stringify(VALID)};
const invalid = ${JSON.stringify(INVALID)};
Deno.test('klarna-precheck in deno test', () => {
  if (!k.validate('order', valid).valid) throw new Error('valid payload reported invalid');
  const found = k.validate('order', invalid).errors.map((e) => e.path + ' ' + e.rule).join();
  if (found !== 'order_lines[0].total_tax_amount tax_formula') throw new Error(found);
});
`,
  });
  const jestConfig = JSON.stringify({ testMatch: ['**/*.test.cjs'], testEnvironment: 'node' });
  run(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '--config', jestConfig, '--rootDir', dir], dir);
  run(bin('vitest'), ['run', 'vitest.test.mjs', '--root', dir], dir);
  run(bin('bun'), ['test', './bun.test.mjs'], dir);
  run(bin('deno'), ['test', '--node-modules-dir=manual', 'deno.test.mjs'], dir, { DENO_NO_UPDATE_CHECK: '1' });
});

test('Cloudflare Workers: workerd runs a worker bundled as wrangler does (the workerd condition, the .wasm as a module)', async () => {
  const dir = project('workerd', {
    'worker.mjs': `import { validate } from 'klarna-precheck';
import * as lean from 'klarna-precheck/validate';
import { createKlarnaMock } from 'klarna-precheck/mock';
export default {
  async fetch(request) {
    if (new URL(request.url).pathname === '/mock') {
      // klarna-precheck/mock inside the worker: a session, authorize(), an order, an over-capture.
      const mock = createKlarnaMock();
      const headers = { authorization: 'Basic ' + btoa('PK_1:secret') };
      const cart = await request.json();
      const post = (path, body) => mock.fetch('https://api.klarna.com' + path, { method: 'POST', headers, body: JSON.stringify(body) });
      const session = await (await post('/payments/v1/sessions', cart)).json();
      const { authorization_token } = mock.authorize(session.session_id);
      const { order_id } = await (await post('/payments/v1/authorizations/' + authorization_token + '/order', cart)).json();
      const over = await post('/ordermanagement/v1/orders/' + order_id + '/captures', { captured_amount: cart.order_amount + 1 });
      return Response.json([over.status, (await over.json()).error_code]);
    }
    const body = await request.json();
    const [report, leanReport] = [validate('order', body), lean.validate('order', body)];
    return Response.json([report.valid, report.errors.map((e) => e.path + ' ' + e.rule), JSON.stringify(leanReport) === JSON.stringify(report)]);
  },
};
` });
  // Wrangler's own esbuild settings: these conditions, and .wasm files as modules of their own.
  run(bin('esbuild'), ['worker.mjs', '--bundle', '--format=esm', '--conditions=workerd,worker,browser', '--loader:.wasm=copy', '--outdir=out', '--log-level=warning'], dir);
  const wasmFiles = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasmFiles.length, 2, 'the bundle imports both .wasm files (the full and the validate-only one) as modules');
  const port = 20000 + Math.floor(Math.random() * 20000);
  writeFileSync(join(dir, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "out/worker.js"), ${wasmFiles.map((f) => `(name = "${f}", wasm = embed "out/${f}")`).join(', ')} ],
  compatibilityDate = "2025-01-01",
);
`);
  const server = spawn(bin('workerd'), ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  try {
    const post = async (body, path = '/') => {
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body: JSON.stringify(body) });
          return await res.json();
        } catch {
          await new Promise((r) => setTimeout(r, 100)); // workerd still starting
        }
      }
      assert.fail(`workerd did not answer: ${stderr}`);
    };
    const [valid, invalid] = [await post(VALID), await post(INVALID)];
    assert.equal(JSON.stringify([valid[0], invalid[1]]), EXPECTED);
    assert.deepEqual([valid[2], invalid[2]], [true, true], 'klarna-precheck/validate gives the same reports on workerd');
    assert.deepEqual(await post(VALID, '/mock'), [403, 'CAPTURE_NOT_ALLOWED'], 'klarna-precheck/mock answers inside the worker');
  } finally {
    server.kill();
  }
});

test('Vercel Edge (@edge-runtime/vm): the edge-light condition, the .wasm handed over compiled, compiling from bytes refused', async () => {
  const { EdgeVM } = await import('@edge-runtime/vm');
  const { build } = await import('esbuild');
  const dir = project('edge-light', {
    'route.mjs': `import { validate } from 'klarna-precheck';
import * as lean from 'klarna-precheck/validate';
globalThis.check = (body) => JSON.stringify([validate('order', body).valid, validate('order', body).errors.map((e) => e.path + ' ' + e.rule),
  JSON.stringify(lean.validate('order', body)) === JSON.stringify(validate('order', body))]);
` });
  // As Next.js builds an edge route: the edge-light condition, and each .wasm import bound to a
  // WebAssembly.Module the platform compiled (here: a global the VM is given).
  const modules = {};
  const wasmAsBinding = { name: 'wasm-as-binding', setup(b) {
    b.onLoad({ filter: /\.wasm$/ }, (args) => {
      const name = `__wasm_${Object.keys(modules).length}`;
      modules[name] = new WebAssembly.Module(readFileSync(args.path));
      return { contents: `export default globalThis.${name};`, loader: 'js' };
    });
  } };
  await build({ entryPoints: [join(dir, 'route.mjs')], bundle: true, format: 'iife', conditions: ['edge-light', 'worker', 'browser'], outfile: join(dir, 'out/route.js'), plugins: [wasmAsBinding], logLevel: 'warning' });
  assert.equal(Object.keys(modules).length, 2, 'both .wasm files are imported as modules');
  const vm = new EdgeVM({
    codeGeneration: { strings: false, wasm: false },
    extend: (context) => Object.assign(context, modules),
  });
  // Production refuses to compile wasm from bytes: so does this VM, whatever its defaults.
  vm.evaluate(`(() => {
    const W = globalThis.WebAssembly;
    const refused = () => { throw new W.CompileError('Wasm code generation disallowed by embedder'); };
    globalThis.WebAssembly = { Instance: W.Instance, Memory: W.Memory, Table: W.Table, Global: W.Global, RuntimeError: W.RuntimeError,
      CompileError: W.CompileError, LinkError: W.LinkError, Module: new Proxy(W.Module, { construct: refused }),
      compile: refused, compileStreaming: refused, instantiate: refused, instantiateStreaming: refused, validate: () => true };
  })()`);
  vm.evaluate(readFileSync(join(dir, 'out/route.js'), 'utf8'));
  const [valid] = JSON.parse(vm.evaluate(`check(${JSON.stringify(VALID)})`));
  const [, invalid, same] = JSON.parse(vm.evaluate(`check(${JSON.stringify(INVALID)})`));
  assert.equal(JSON.stringify([valid, invalid]), EXPECTED);
  assert.equal(same, true, 'klarna-precheck/validate gives the same report');
});

test('klarna-precheck/mock in Node, Bun and Deno (no permissions): session, authorize, order, capture through mock.fetch', () => {
  const probe = `import { createKlarnaMock } from 'klarna-precheck/mock';
const mock = createKlarnaMock();
const headers = { authorization: 'Basic ' + btoa('PK_1:secret'), 'content-type': 'application/json' };
const cart = ${JSON.stringify(VALID)};
const post = (path, body) => mock.fetch('https://api.playground.klarna.com' + path, { method: 'POST', headers, body: JSON.stringify(body) });
const session = await (await post('/payments/v1/sessions', cart)).json();
const { authorization_token } = mock.authorize(session.session_id);
const { order_id } = await (await post('/payments/v1/authorizations/' + authorization_token + '/order', cart)).json();
const over = await post('/ordermanagement/v1/orders/' + order_id + '/captures', { captured_amount: 20000 });
const ok = await post('/ordermanagement/v1/orders/' + order_id + '/captures', { captured_amount: 10000 });
console.log(JSON.stringify(['mock', over.status, (await over.json()).error_code, ok.status]));
`;
  const dir = project('mock-runtimes', { 'main.mjs': probe });
  const expected = JSON.stringify(['mock', 403, 'CAPTURE_NOT_ALLOWED', 201]);
  const line = (stdout) => stdout.split('\n').find((l) => l.startsWith('["mock"')) ?? stdout;
  assert.equal(line(run(process.execPath, ['main.mjs'], dir)), expected, 'node');
  assert.equal(line(run(bin('bun'), ['main.mjs'], dir)), expected, 'bun');
  assert.equal(line(run(bin('deno'), ['run', '--node-modules-dir=manual', 'main.mjs'], dir, { DENO_NO_UPDATE_CHECK: '1' })), expected, 'deno');
});
