// The TypeScript side of issue 14: tests/types/*.ts compile under strict tsc (their
// @ts-expect-error lines prove the types reject mistakes), every accepted body of the fidelity
// corpus satisfies its kind's request type, and Standard Schema works in a real consumer (Hono).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { sValidator } from '@hono/standard-validator';
import * as k from '../../pkg/node.mjs';
import { installPacked, out, root } from './support.mjs';

const tsc = (dir, files) => {
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: [], skipLibCheck: false, noUncheckedIndexedAccess: true },
    files,
  }));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc:\n${e.stdout}${e.stderr}`);
  }
};

test('request types, the report union, the guards and Standard Schema type-check (strict)', () => {
  tsc(join(root, 'tests/types'), ['requests.ts']);
});

test('every body Klarna accepted in the fidelity corpus satisfies its request type', () => {
  const dir = join(out, 'corpus-types');
  mkdirSync(dir, { recursive: true });
  let body = "import type { PayloadOf } from '../../../pkg/index.js';\n";
  let count = 0;
  for (const folder of ['recorded', 'collected']) {
    const at = join(root, 'tests/fidelity', folder);
    for (const file of readdirSync(at).filter((f) => f.endsWith('.json')).sort()) {
      const entry = JSON.parse(readFileSync(join(at, file), 'utf8'));
      // A body sent as text (none at all, for the calls without one) has no object type.
      if (entry.verdict !== 'accepted' || entry.payload === undefined) continue;
      // `as const` and then an assignment: literal types, and no excess-property check (Klarna
      // ignores fields it does not know, so an accepted body may carry some).
      body += `const b${count}_raw = ${JSON.stringify(entry.payload)} as const;\nexport const b${count}: PayloadOf<'${entry.kind}'> = b${count}_raw; // ${folder}/${file}\n`;
      count++;
    }
  }
  writeFileSync(join(dir, 'corpus.ts'), body);
  assert.ok(count >= 30, `${count} accepted bodies`);
  tsc(dir, ['corpus.ts']);
});

test('Standard Schema in a real consumer: a Hono route validated by schemas.order', async () => {
  const app = new Hono();
  app.post('/order', sValidator('json', k.schemas.order), (c) => c.json({ accepted: c.req.valid('json').order_amount }));
  const send = (body) => app.request('/order', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const valid = { purchase_country: 'SE', purchase_currency: 'SEK', order_amount: 100, order_tax_amount: 0,
    order_lines: [{ name: 'x', quantity: 1, unit_price: 100, total_amount: 100 }] };
  const ok = await send(valid);
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { accepted: 100 });
  const bad = await send({ ...valid, order_amount: 99 });
  assert.equal(bad.status, 400);
  const { error } = await bad.json();
  assert.deepEqual(error.map((i) => [i.path, i.message]), [[['order_amount'], "Bad value: order_amount differs from the sum of the order lines' total_amount [100]"]]);
  // Segments: indices are numbers.
  const issues = k.schemas.order['~standard'].validate({ ...valid, order_lines: [{ ...valid.order_lines[0], unit_price: 1.5 }] }).issues;
  assert.deepEqual(issues[0].path, ['order_lines', 0, 'unit_price']);
});

test('the packed package: publint --strict and arethetypeswrong find nothing; types resolve under node10, node16, nodenext and bundler', () => {
  const { dir, tarball } = installPacked('types-consumer');
  const lint = execFileSync(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict', join(dir, 'node_modules/klarna-precheck')], { encoding: 'utf8' });
  assert.match(lint, /All good!/);
  // The .wasm subpaths are assets (for Workers' `import wasm from …`), not modules to type.
  const attw = execFileSync(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--exclude-entrypoints', 'klarna_precheck_bg.wasm', 'validate/klarna_precheck_bg.wasm'], { encoding: 'utf8' });
  assert.match(attw, /No problems found/);
  const consumer = `import { validate, schemas, type OrderRequest, type Report } from 'klarna-precheck';
import { isValid } from 'klarna-precheck/validate';
const body: unknown = {};
const report: Report = validate('order', body);
if (isValid('order', body)) { const lines: OrderRequest['order_lines'] = body.order_lines; void lines; }
void [report, schemas.order];
`;
  writeFileSync(join(dir, 'consumer.ts'), consumer);
  for (const [moduleResolution, module] of [['node10', 'commonjs'], ['node16', 'node16'], ['nodenext', 'nodenext'], ['bundler', 'esnext']]) {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module, moduleResolution, target: 'es2022', lib: ['es2022'], types: [], skipLibCheck: false },
      files: ['consumer.ts'],
    }));
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    } catch (e) {
      assert.fail(`moduleResolution ${moduleResolution}:\n${e.stdout}${e.stderr}`);
    }
  }
});
