// Cold start in a browser: from the dynamic import to the first report.
const t0 = performance.now();
const k = await import('../pkg/web.js');
await k.ready();
k.validate('order', '{}');
window.coldMs = performance.now() - t0;
