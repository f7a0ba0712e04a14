// Turns the compiled .wasm into the npm package's build output in pkg/dist/:
// one .wasm, the glue for each environment, the CJS copy of lib/api.mjs, and index.d.cts.
// Prints the shipped sizes (raw, gzip, brotli).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { printSizes } from './sizes.mjs';
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

console.log('');
printSizes(pkg);
