// The shipped sizes of the package (raw, gzip -9, brotli q11), printed by the build and the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

/** Prints every shipped file's sizes and the two browser totals; returns the full one's. */
export function printSizes(pkg) {
  const row = (name) => {
    const bytes = readFileSync(join(pkg, name));
    const sizes = [bytes.length, gzipSync(bytes, { level: 9 }).length, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
    console.log(`${name.padEnd(38)} ${sizes.map(kb).join(' ')}`);
    return sizes;
  };
  const total = (label, files) => {
    const rows = files.map(row);
    const sum = [0, 1, 2].map((i) => rows.reduce((a, r) => a + r[i], 0));
    console.log(`${label.padEnd(38)} ${sum.map(kb).join(' ')}`);
    return sum;
  };
  console.log(`${'shipped file'.padEnd(38)} ${['raw', 'gzip', 'brotli'].map((h) => h.padStart(9)).join(' ')}`);
  const full = total('browser total, full (wasm + glue)', ['dist/klarna_precheck_bg.wasm', 'dist/web.js', 'web.js', 'lib/api.mjs', 'lib/builders.mjs']);
  total('browser total, validate-only', ['dist/validate/klarna_precheck_bg.wasm', 'dist/validate/web.js', 'validate.js', 'lib/api.mjs']);
  for (const f of ['dist/node.cjs', 'dist/klarna_precheck_bg.wasm.cjs', 'dist/validate/node.cjs', 'dist/validate/klarna_precheck_bg.wasm.cjs']) row(f);
  return full;
}
