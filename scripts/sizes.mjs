// The shipped sizes of the package (raw, gzip -9, brotli q11), printed by the build and the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

export function printSizes(pkg) {
  const row = (name) => {
    const bytes = readFileSync(join(pkg, name));
    const sizes = [bytes.length, gzipSync(bytes, { level: 9 }).length, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
    console.log(`${name.padEnd(28)} ${sizes.map(kb).join(' ')}`);
    return sizes;
  };
  console.log(`${'shipped file'.padEnd(28)} ${['raw', 'gzip', 'brotli'].map((h) => h.padStart(9)).join(' ')}`);
  const browser = ['dist/klarna_precheck_bg.wasm', 'dist/web.js', 'web.js', 'lib/api.mjs'].map(row);
  const total = [0, 1, 2].map((i) => browser.reduce((a, r) => a + r[i], 0));
  console.log(`${'browser total (wasm + glue)'.padEnd(28)} ${total.map(kb).join(' ')}`);
  for (const f of ['dist/node.mjs', 'dist/node.cjs']) row(f);
  return total;
}
