// Turns the two compiled .wasm files into the npm package's build output in pkg/dist/:
//   the full .wasm (validator + builders) and its glue for each environment in pkg/dist/,
//   the validate-only .wasm (`--no-default-features`) and its glue in pkg/dist/validate/,
// the CJS copies of lib/api.mjs and lib/builders.mjs, and index.d.cts / validate.d.cts.
// Prints the shipped sizes (raw, gzip, brotli).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { printSizes } from './sizes.mjs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const wasmBindgen = process.env.WASM_BINDGEN ?? 'wasm-bindgen';
const work = join(root, 'target/wasm-bindgen');
const pkg = join(root, 'pkg');
const dist = join(pkg, 'dist');

// Each build (the Makefile's two cargo builds) and where its output goes.
const builds = [
  { wasmIn: join(root, 'target/wasm32-unknown-unknown/release/klarna_precheck.wasm'), out: dist, name: 'full' },
  { wasmIn: join(root, 'target/lean/wasm32-unknown-unknown/release/klarna_precheck.wasm'), out: join(dist, 'validate'), name: 'validate' },
];
// The glue of each target, and the name it gets.
const targets = { web: 'web.js', 'experimental-nodejs-module': 'node.mjs', nodejs: 'node.cjs' };

rmSync(work, { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });

for (const { wasmIn, out: outDir, name } of builds) {
  mkdirSync(outDir, { recursive: true });
  let wasmBytes = null;
  for (const [target, file] of Object.entries(targets)) {
    const out = join(work, name, target);
    execFileSync(wasmBindgen, ['--target', target, '--remove-name-section', '--remove-producers-section', '--out-dir', out, wasmIn], { stdio: 'inherit' });
    const bytes = readFileSync(join(out, 'klarna_precheck_bg.wasm'));
    if (wasmBytes && !bytes.equals(wasmBytes)) throw new Error(`the ${name} ${target} .wasm differs from the others: one .wasm cannot serve every glue`);
    wasmBytes = bytes;
    // The glue's own types are replaced by pkg/index.d.ts and pkg/validate.d.ts.
    const glue = readFileSync(join(out, 'klarna_precheck.js'), 'utf8').replace(/^\/\* @ts-self-types=.*\*\/\n/m, '');
    writeFileSync(join(outDir, file), glue);
  }
  writeFileSync(join(outDir, 'klarna_precheck_bg.wasm'), wasmBytes);
}

// lib/*.mjs are written once as ESM; CommonJS gets copies whose one export line (and one import
// line, for builders.mjs) are rewritten.
const exportLine = /^export \{([^}]*)\};\s*$/m;
const importLine = /^import \{([^}]*)\} from '\.\/(\w+)\.mjs';$/gm;
for (const name of ['api', 'builders']) {
  const esm = readFileSync(join(pkg, `lib/${name}.mjs`), 'utf8');
  if ((esm.match(/^export /gm) ?? []).length !== 1 || !exportLine.test(esm)) {
    throw new Error(`lib/${name}.mjs must end with a single \`export { … };\` line`);
  }
  const cjs = esm
    .replace(exportLine, 'module.exports = {$1};\n')
    .replace(importLine, "const {$1} = require('./$2.cjs');");
  if (/^import /m.test(cjs)) throw new Error(`lib/${name}.mjs: an import the CommonJS copy cannot rewrite`);
  writeFileSync(join(dist, `${name}.cjs`), `'use strict';\n${cjs}`);
}
copyFileSync(join(pkg, 'index.d.ts'), join(pkg, 'index.d.cts'));
// validate.d.ts re-exports index.d.ts; its CJS twin re-exports the CJS twin.
writeFileSync(join(pkg, 'validate.d.cts'), readFileSync(join(pkg, 'validate.d.ts'), 'utf8').replaceAll("from './index.js'", "from './index.cjs'"));

console.log('');
printSizes(pkg);
