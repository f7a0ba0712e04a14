// Turns the compiled .wasm into the npm package's build output in pkg/dist/:
// one .wasm, the glue for each environment, the CJS copy of lib/api.mjs, and index.d.cts.
// Prints the shipped sizes (raw, gzip, brotli).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const wasmIn = join(root, 'target/wasm32-unknown-unknown/release/klarna_precheck.wasm');
const wasmBindgen = process.env.WASM_BINDGEN ?? 'wasm-bindgen';
const work = join(root, 'target/wasm-bindgen');
const pkg = join(root, 'pkg');
const dist = join(pkg, 'dist');

// The glue of each target, and the name it gets in pkg/dist/.
const targets = { web: 'web.js', 'experimental-nodejs-module': 'node.mjs', nodejs: 'node.cjs' };

rmSync(work, { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

let wasmBytes = null;
for (const [target, name] of Object.entries(targets)) {
  const out = join(work, target);
  execFileSync(wasmBindgen, ['--target', target, '--remove-name-section', '--remove-producers-section', '--out-dir', out, wasmIn], { stdio: 'inherit' });
  const bytes = readFileSync(join(out, 'klarna_precheck_bg.wasm'));
  if (wasmBytes && !bytes.equals(wasmBytes)) throw new Error(`the ${target} .wasm differs from the others: one .wasm cannot serve every glue`);
  wasmBytes = bytes;
  // The glue's own types are replaced by pkg/index.d.ts.
  const glue = readFileSync(join(out, 'klarna_precheck.js'), 'utf8').replace(/^\/\* @ts-self-types=.*\*\/\n/m, '');
  writeFileSync(join(dist, name), glue);
}
writeFileSync(join(dist, 'klarna_precheck_bg.wasm'), wasmBytes);

// lib/api.mjs is written once as ESM; CommonJS gets a copy whose one export line is rewritten.
const api = readFileSync(join(pkg, 'lib/api.mjs'), 'utf8');
const exportLine = /^export \{([^}]*)\};\s*$/m;
if ((api.match(/^export /gm) ?? []).length !== 1 || !exportLine.test(api)) {
  throw new Error('lib/api.mjs must end with a single `export { … };` line');
}
writeFileSync(join(dist, 'api.cjs'), `'use strict';\n${api.replace(exportLine, 'module.exports = {$1};\n')}`);
copyFileSync(join(pkg, 'index.d.ts'), join(pkg, 'index.d.cts'));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
const row = (name, bytes) => {
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${name.padEnd(28)} ${kb(bytes.length)} ${kb(gz)} ${kb(br)}`);
  return [bytes.length, gz, br];
};
console.log(`\n${'shipped file'.padEnd(28)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
const wasm = row('dist/klarna_precheck_bg.wasm', wasmBytes);
const web = ['dist/web.js', 'web.js', 'lib/api.mjs'].map((f) => row(f, readFileSync(join(pkg, f))));
const sum = (i) => wasm[i] + web.reduce((a, r) => a + r[i], 0);
console.log(`${'browser total (wasm + glue)'.padEnd(28)} ${kb(sum(0))} ${kb(sum(1))} ${kb(sum(2))}`);
for (const f of ['dist/node.mjs', 'dist/node.cjs']) row(f, readFileSync(join(pkg, f)));
