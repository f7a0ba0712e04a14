// The packed package in Chromium: built by Vite 8 and Vite 7 (no plugin), and imported by a
// plain <script type="module"> page. Every case must give the Rust core's exact report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from './browser.mjs';
import { cases, installPacked, out, payloadOf, root, rustReport } from './support.mjs';

const { dir } = installPacked('browser-consumer');
const consumers = join(root, 'tests/consumers');
const shots = join(out, 'screenshots');
mkdirSync(shots, { recursive: true });

// The Vite projects import the package by name; the plain page by its path, as a page without a bundler would.
copyFileSync(join(consumers, 'index.html'), join(dir, 'index.html'));
copyFileSync(join(consumers, 'main.js'), join(dir, 'main.js'));
mkdirSync(join(dir, 'plain'), { recursive: true });
copyFileSync(join(consumers, 'index.html'), join(dir, 'plain/index.html'));
writeFileSync(join(dir, 'plain/main.js'), readFileSync(join(consumers, 'main.js'), 'utf8').replace("from 'klarna-precheck'", "from '../node_modules/klarna-precheck/web.js'"));

let browser;
let server;
before(async () => {
  for (const [name, vite] of [['vite8', 'vite'], ['vite7', 'vite7']]) {
    const { build } = await import(vite);
    await build({ root: dir, base: './', logLevel: 'warn', configFile: false, build: { outDir: join(dir, `dist-${name}`), emptyOutDir: true } });
  }
  server = await serve(dir);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [name, path] of [['Vite 8 build', 'dist-vite8/'], ['Vite 7 build', 'dist-vite7/'], ['plain ES-module page', 'plain/']]) {
  test(`${name}: validate() gives the Rust core's report for every case`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url + path);
    await page.waitForSelector('#status[data-state="ready"]', { timeout: 15000 });
    assert.match(await page.evaluate(() => window.beforeReadyError), /call `await ready\(\)` once before validating/);
    const reports = await page.evaluate((all) => all.map(([kind, payload]) => window.runValidation(kind, payload)), cases.map((c) => [c.kind, payloadOf(c)]));
    cases.forEach((c, i) => assert.deepEqual(reports[i], rustReport(c), `${name}: ${c.name}`));
    assert.deepEqual(problems, []);
    await page.screenshot({ path: join(shots, `consumer-${path.replace(/\/$/, '')}.png`) });
    await page.close();
  });
}
