// Turns the two compiled .wasm files into the npm package's build output in pkg/dist/:
//   the full .wasm (validator + builders) and its glue for each environment in pkg/dist/,
//   the validate-only .wasm (`--no-default-features`) and its glue in pkg/dist/validate/,
// the CJS copies of lib/api.mjs and lib/builders.mjs, and index.d.cts / validate.d.cts.
// Prints the shipped sizes (raw, gzip, brotli).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { printSizes } from './sizes.mjs';
import { writeEntries } from './entries.mjs';
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
// Node gets one glue (CommonJS), which node.mjs and validate.mjs wrap: one instance per process
// whether a program imports or requires the package, so its classes compare across both.
const targets = { web: 'web.js', nodejs: 'node.cjs' };

/**
 * Two functions appended to each glue for lib/api.mjs's supervisor: `__replaceInstance()` makes a
 * fresh instance of the already compiled module (after a trap, a stack overflow inside a call,
 * or to give back memory a large call took), and `__bufferBytes()` reads the size of the
 * instance's memory without a call into wasm. They need the glue's own state, so they are
 * written into it; the build fails if wasm-bindgen's glue no longer has that state.
 */
function supervisorHooks(glue, target) {
  for (const needed of ['wasmModule', 'wasmInstance', 'function __wbg_get_imports()', 'wasm.__wbindgen_start()']) {
    if (!glue.includes(needed)) throw new Error(`the ${target} glue has no \`${needed}\`: update supervisorHooks for this wasm-bindgen`);
  }
  // Views of the old instance's memory must not outlive it.
  const views = [...glue.matchAll(/^let (cached\w*Memory0) = null;$/gm)].map((m) => m[1]);
  const hooks = `
function __replaceInstance() {
    wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
    wasm = wasmInstance.exports;
    ${views.map((v) => `${v} = null;`).join(' ')}
    wasm.__wbindgen_start();
}
function __bufferBytes() {
    return wasm.memory.buffer.byteLength;
}
`;
  if (target === 'nodejs') return `${hooks}exports.__replaceInstance = __replaceInstance;\nexports.__bufferBytes = __bufferBytes;\n`;
  // The edge entries get their module compiled by the runtime, possibly in another realm, where
  // the glue's own \`instanceof WebAssembly.Module\` says no and it would compile bytes instead.
  if (!glue.includes('function __wbg_finalize_init(')) throw new Error('the web glue has no __wbg_finalize_init: update supervisorHooks');
  return `${hooks}function __instantiateModule(module) {
    return __wbg_finalize_init(new WebAssembly.Instance(module, __wbg_get_imports()), module);
}
export { __replaceInstance, __bufferBytes, __instantiateModule };
`;
}

/**
 * The Node glue reads its .wasm from the bytes module next to it, not from the file system: a
 * server bundle (esbuild, Rollup, webpack, bun build) then carries the module with no file to
 * copy, and Deno needs no read permission. The file read it replaces must be found verbatim.
 */
function withEmbeddedBytes(glue) {
  const read = /^const wasmPath = .*\nconst wasmBytes = require\('fs'\)\.readFileSync\(wasmPath\);$/m;
  if (!read.test(glue)) throw new Error('the nodejs glue no longer reads its .wasm as expected: update withEmbeddedBytes');
  // Jest's jsdom environment hides Node's TextDecoder and TextEncoder globals: take Node's own.
  const text = "const { TextDecoder, TextEncoder } = typeof globalThis.TextDecoder === 'function' ? globalThis : require('util');\n";
  return text + glue.replace(read, "const wasmBytes = require('./klarna_precheck_bg.wasm.cjs');");
}

/** The .wasm as a CommonJS module of its bytes (base64: a third larger, decoded once on load). */
function embedded(bytes) {
  return `'use strict';
// The .wasm's bytes, for the Node entries (see scripts/build-pkg.mjs, withEmbeddedBytes).
const base64 = '${bytes.toString('base64')}';
module.exports = typeof Buffer === 'function' ? Buffer.from(base64, 'base64') : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
`;
}

/** The same bytes as an ES module, for `inline.js` (browser bundles that do not emit assets). */
function embeddedEsm(bytes) {
  return `// The .wasm's bytes, for inline.js (see scripts/build-pkg.mjs).
const base64 = '${bytes.toString('base64')}';
export default Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
`;
}

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
    writeFileSync(join(outDir, file), (target === 'nodejs' ? withEmbeddedBytes(glue) : glue) + supervisorHooks(glue, target));
  }
  writeFileSync(join(outDir, 'klarna_precheck_bg.wasm'), wasmBytes);
  writeFileSync(join(outDir, 'klarna_precheck_bg.wasm.cjs'), embedded(wasmBytes));
  if (name === 'full') writeFileSync(join(outDir, 'klarna_precheck_bg.wasm.mjs'), embeddedEsm(wasmBytes));
}

// lib/*.mjs are written once as ESM; CommonJS gets copies whose one export line (and one import
// line, for builders.mjs) are rewritten.
const exportLine = /^export \{([^}]*)\};\s*$/m;
const importLine = /^import \{([^}]*)\} from '\.\/(\w+)\.mjs';$/gm;
for (const name of ['api', 'builders', 'mock']) {
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
writeEntries(pkg);
copyFileSync(join(pkg, 'index.d.ts'), join(pkg, 'index.d.cts'));
// validate.d.ts and mock.d.ts import index.d.ts; their CJS twins import the CJS twin.
for (const name of ['validate', 'mock']) {
  writeFileSync(join(pkg, `${name}.d.cts`), readFileSync(join(pkg, `${name}.d.ts`), 'utf8').replaceAll("from './index.js'", "from './index.cjs'"));
}

console.log('');
printSizes(pkg);
