// klarna-precheck/mock: a local Klarna for test suites. The engine is Rust (src/mock/): every
// request is checked with the package's own rules and answered as Klarna answers; this file only
// carries requests to it and answers back as WHATWG Responses, holds the state between calls, and
// offers MSW handlers and a small HTTP server on top of `fetch`.
import { supervise, text, jsonText } from './api.mjs';

/** Klarna's API hosts, every region, playground and live: each maps to the mock. */
const KLARNA_HOSTS = Object.freeze([
  'api.klarna.com', 'api-na.klarna.com', 'api-oc.klarna.com',
  'api.playground.klarna.com', 'api-na.playground.klarna.com', 'api-oc.playground.klarna.com',
]);

function createMockApi(rawGlue, assertReady) {
  const glue = supervise(rawGlue);

  function createKlarnaMock(options = {}) {
    const clock = typeof options.now === 'function' ? options.now : Date.now;
    const seed = Number.isSafeInteger(options.seed) ? options.seed : 1;
    const { username, password } = options.credentials ?? {};
    const config = JSON.stringify({
      credentials: username === undefined ? null : `${text(username, 'credentials.username')}:${text(password ?? '', 'credentials.password')}`,
      strict: Boolean(options.strict),
      authorization_days: Number.isSafeInteger(options.authorizationDays) ? options.authorizationDays : null,
    });
    let state;
    const requests = [];
    const reset = () => {
      assertReady();
      state = glue.mockState(seed);
      requests.length = 0;
    };
    reset();

    /** Answers a WHATWG Request (or fetch's arguments) as Klarna would. */
    async function handle(input, init) {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const url = new URL(request.url);
      const body = ['GET', 'HEAD', 'DELETE'].includes(request.method) ? '' : await request.text();
      const call = {
        method: request.method,
        path: url.pathname,
        origin: url.origin,
        authorization: request.headers.get('authorization'),
        idempotency_key: request.headers.get('klarna-idempotency-key'),
        body,
      };
      assertReady();
      const answer = JSON.parse(glue.mockHandle(state, config, JSON.stringify(call), clock()));
      state = JSON.stringify(answer.state);
      const { status, headers, body: payload, findings, kind } = answer.response;
      requests.push(Object.freeze({ method: request.method, url: request.url, kind: kind ?? null, body: parsed(body), status, findings: findings ?? null }));
      const h = new Headers(headers);
      return new Response(payload === undefined || status === 204 ? null : JSON.stringify(payload), { status, headers: h });
    }

    /** The shopper's authorize() in the browser: approve (with the data the page passes), decline or pending. */
    function authorize(sessionId, outcome = { approve: true }) {
      assertReady();
      const kind = outcome.decline ? 'decline' : outcome.pending ? 'pending' : 'approve';
      const [data] = jsonText(outcome.data ?? null);
      const answer = JSON.parse(glue.mockAuthorize(state, text(sessionId, 'sessionId'), kind, data, clock()));
      if (answer.error) throw new Error(`klarna-precheck mock: authorize(): ${answer.error}`);
      state = JSON.stringify(answer.state);
      return answer.result;
    }

    /** MSW request handlers for every Klarna host: pass MSW's `http` (and optionally `passthrough`). */
    function handlers({ http }) {
      return KLARNA_HOSTS.map((host) => http.all(`https://${host}/*`, ({ request }) => handle(request)));
    }

    /** A small HTTP server for code under test in another process (Node only). */
    async function listen(port = 0, host = '127.0.0.1', { authorizeRoute = false } = {}) {
      // Not a literal: bundlers for browsers and workers must not try to resolve node:http.
      const nodeHttp = ['node', 'http'].join(':');
      const { createServer } = await import(/* @vite-ignore */ /* webpackIgnore: true */ nodeHttp);
      const server = createServer(async (req, res) => {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const url = `http://${req.headers.host ?? host}${req.url}`;
        // Another process plays the shopper's authorize() through the server (the CLI's mock).
        if (authorizeRoute && req.method === 'POST' && req.url === '/mock/authorize') {
          let answer;
          try {
            const call = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            answer = { status: 200, body: authorize(call.session_id, call) };
          } catch (e) {
            answer = { status: 400, body: { error: e.message } };
          }
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answer.body));
          return;
        }
        const init = { method: req.method, headers: Object.entries(req.headers).filter(([, v]) => typeof v === 'string') };
        if (!['GET', 'HEAD'].includes(req.method)) init.body = Buffer.concat(chunks);
        const answer = await handle(url, init);
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(Buffer.from(await answer.arrayBuffer()));
      });
      await new Promise((resolve) => server.listen(port, host, resolve));
      const { port: bound } = server.address();
      return { url: `http://${host}:${bound}`, port: bound, close: () => new Promise((resolve) => server.close(resolve)) };
    }

    return Object.freeze({
      fetch: handle,
      authorize,
      handlers,
      listen,
      reset,
      get requests() { return requests.slice(); },
      get orders() { return Object.values(JSON.parse(state).orders); },
      get state() { return JSON.parse(state); },
    });
  }

  return { createKlarnaMock, KLARNA_HOSTS };
}

const parsed = (body) => {
  if (!body) return null;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
};

export { createMockApi, KLARNA_HOSTS };
