// Cold start in a browser: from the dynamic import to the first report, with the split
// (import, ready(), first validate). `?entry=` picks the package entry (default: the full one).
const entry = new URLSearchParams(location.search).get('entry') ?? '../pkg/web.js';
const t0 = performance.now();
const k = await import(entry);
const t1 = performance.now();
await k.ready();
const t2 = performance.now();
k.validate('order', '{}');
const t3 = performance.now();
window.cold = { total: t3 - t0, import: t1 - t0, ready: t2 - t1, first: t3 - t2 };
