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
let strictServer;
before(async () => {
  for (const [name, vite] of [['vite8', 'vite'], ['vite7', 'vite7']]) {
    const { build } = await import(vite);
    await build({ root: dir, base: './', logLevel: 'warn', configFile: false, build: { outDir: join(dir, `dist-${name}`), emptyOutDir: true } });
  }
  server = await serve(dir);
  // The strictest policy a page can have and still compile WebAssembly.
  strictServer = await serve(dir, { headers: { 'content-security-policy': "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'" } });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await strictServer?.close();
});

const environments = [
  ['Vite 8 build', 'dist-vite8/', () => server],
  ['Vite 7 build', 'dist-vite7/', () => server],
  ['plain ES-module page', 'plain/', () => server],
  ["plain page under CSP script-src 'self' 'wasm-unsafe-eval'", 'plain/', () => strictServer],
];
for (const [name, path, host] of environments) {
  test(`${name}: validate() gives the Rust core's report for every case`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(host().url + path);
    await page.waitForSelector('#status[data-state="ready"]', { timeout: 15000 });
    assert.match(await page.evaluate(() => window.beforeReadyError), /call `await ready\(\)` once before validating/);
    const reports = await page.evaluate((all) => all.map(([kind, payload]) => window.runValidation(kind, payload)), cases.map((c) => [c.kind, payloadOf(c)]));
    cases.forEach((c, i) => assert.deepEqual(reports[i], rustReport(c), `${name}: ${c.name}`));
    assert.deepEqual(problems, []);
    await page.screenshot({ path: join(shots, `consumer-${name.replace(/\W+/g, '-')}.png`) });
    await page.close();
  });
}

test('demo page: presets and typing give violations with their paths', async () => {
  const demo = await serve(root);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${demo.url}www/`);
    await page.waitForSelector('[data-testid="status"][data-state="valid"]', { timeout: 15000 });
    await page.screenshot({ path: join(shots, 'demo-valid.png'), fullPage: true });

    await page.selectOption('[data-testid="preset-select"]', 'decimal-amounts');
    await page.waitForSelector('[data-testid="status"][data-state="invalid"]');
    const paths = await page.$$eval('[data-testid="violations"] > li', (items) => items.map((li) => li.dataset.path));
    assert.deepEqual(paths, ['order_lines[0].unit_price', 'order_lines[0].total_amount']);
    await page.screenshot({ path: join(shots, 'demo-invalid.png'), fullPage: true });

    await page.fill('[data-testid="payload-input"]', '{"status": "cancelled"}');
    await page.selectOption('[data-testid="kind-select"]', 'token_status');
    await page.waitForSelector('[data-testid="violations"] > li[data-path="status"]');
    await page.fill('[data-testid="payload-input"]', '{"status": "CANCELLED"}');
    await page.waitForSelector('[data-testid="status"][data-state="valid"]');
  } finally {
    await page.close();
    await demo.close();
  }
});

test("without 'wasm-unsafe-eval' the page's CSP blocks compiling, and ready() rejects (the README's CSP note)", async () => {
  const blocked = await serve(dir, { headers: { 'content-security-policy': "script-src 'self'" } });
  const page = await browser.newPage();
  try {
    await page.goto(`${blocked.url}plain/`);
    await page.waitForSelector('#status[data-state="failed"]', { timeout: 15000 });
    assert.match(await page.textContent('#status'), /WebAssembly|wasm|Content Security Policy/i);
  } finally {
    await page.close();
    await blocked.close();
  }
});
