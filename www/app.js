// The demo page: uses the package exactly as a checkout frontend would (browser entry, ready()).
// Nothing here checks a rule: every verdict and number comes from the package.
import {
  ready, validate, checkAgainstOrder, toKlarnaError, locatePath, markets, buildOrder, toMinorUnits, fromMinorUnits, KlarnaBuildError,
} from '../pkg/web.js';
import { presets, orderPresets, callBodies, defaultCaptureId } from './presets.js';

const $ = (id) => document.getElementById(id);
const [kind, segment, preset, input, highlights, status, list, klarnaError] =
  ['kind', 'segment', 'preset', 'payload', 'highlights', 'status', 'violations', 'klarna-error'].map($);

// ---- the checker ------------------------------------------------------------------------------

const escape = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

const attribute = (s) => escape(s).replace(/"/g, '&quot;');

/**
 * Marks each violation's value in the backdrop behind the textarea. Spans nest (a warning on a
 * whole attachment body holds the marks of the values inside it), so marks nest too; one value
 * with several violations gets one mark, an error's if any.
 */
function paint(text, spans) {
  const unique = new Map();
  for (const s of spans) {
    if (s.start === 0 && s.end === text.length) continue; // the whole payload: the status says it
    const key = `${s.start}:${s.end}`;
    const seen = unique.get(key);
    if (!seen) unique.set(key, { ...s });
    else if (s.severity === 'error') seen.severity = 'error';
  }
  const marks = [...unique.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  let html = '';
  let at = 0;
  const open = [];
  const closeUpTo = (position) => {
    while (open.length && open[open.length - 1].end <= position) {
      const s = open.pop();
      html += `${escape(text.slice(at, s.end))}</mark>`;
      at = s.end;
    }
  };
  for (const s of marks) {
    closeUpTo(s.start);
    if (open.length && s.end > open[open.length - 1].end) continue; // overlapping, not nested: JSON has none
    html += `${escape(text.slice(at, s.start))}<mark class="${s.severity}" data-start="${s.start}" data-end="${s.end}" data-path="${attribute(s.path)}">`;
    at = s.start;
    open.push(s);
  }
  closeUpTo(Infinity);
  highlights.innerHTML = `${html}${escape(text.slice(at))}\n`;
}

/** Selects a violation's value and scrolls it a third down the editor, wrapped lines included. */
function select(span) {
  input.focus();
  input.setSelectionRange(span.start, span.end);
  const mark = [...highlights.querySelectorAll('mark')].find((m) => Number(m.dataset.start) === span.start && Number(m.dataset.end) === span.end);
  const top = mark
    ? mark.offsetTop
    : (input.value.slice(0, span.start).split('\n').length - 1) * parseFloat(getComputedStyle(input).lineHeight);
  input.scrollTop = Math.max(0, top - input.clientHeight / 3);
}

/**
 * One finding: its error code, path and message, a button that selects its value (`pick(span)`)
 * when the path is in the text. `whole` names the empty path (the payload, or the call).
 */
function item(v, severity, span, { pick = select, whole = '(payload)' } = {}) {
  const li = document.createElement('li');
  li.className = severity;
  li.dataset.path = v.path;
  li.dataset.rule = v.rule;
  li.dataset.code = v.error_code;
  const button = document.createElement('button');
  button.type = 'button';
  button.disabled = !span;
  button.addEventListener('click', () => pick(span));
  const code = document.createElement('span');
  code.className = 'error-code';
  code.textContent = v.error_code;
  const path = document.createElement('code');
  path.textContent = v.path || whole;
  const message = document.createElement('span');
  message.textContent = v.message;
  button.append(code, ' ', path, ' ', message);
  if (v.expected !== undefined || v.actual !== undefined) {
    const detail = document.createElement('small');
    detail.textContent = [v.expected !== undefined && `expected ${v.expected}`, v.actual !== undefined && `got ${v.actual}`].filter(Boolean).join(', ');
    button.append(detail);
  }
  li.append(button);
  return li;
}

function check() {
  const text = input.value;
  // The merchant's segment asks for extra merchant data packages (session_update, token_order).
  const report = validate(kind.value, text, { segment: segment.value || undefined });
  const spans = [];
  const items = [];
  for (const [severity, violations] of [['error', report.errors], ['warning', report.warnings]]) {
    for (const v of violations) {
      const span = locatePath(text, v.path);
      if (span) spans.push({ ...span, severity, path: v.path });
      items.push(item(v, severity, span));
    }
  }
  list.replaceChildren(...items);
  paint(text, spans);
  const e = report.errors.length;
  const w = report.warnings.length;
  const plural = (n, s) => `${n} ${s}${n === 1 ? '' : 's'}`;
  status.dataset.state = report.valid ? 'valid' : 'invalid';
  status.textContent = report.valid
    ? `Klarna would accept this ${kind.value} payload${w ? ` (${plural(w, 'warning')})` : ''}.`
    : `${plural(e, 'error')}${w ? `, ${plural(w, 'warning')}` : ''}: Klarna would reject this payload.`;
  klarnaError.textContent = JSON.stringify(toKlarnaError(report) ?? { note: 'valid: Klarna would not answer with an error' }, null, 2);
}

function load(kindName, payload, segmentName = segment.value) {
  kind.value = kindName;
  segment.value = segmentName;
  input.value = JSON.stringify(payload, null, 2);
  input.scrollTop = 0;
  check();
}

// ---- the cart builder -------------------------------------------------------------------------

const linesBody = $('lines');
const market = $('market');
let built = null;

function addLine({ name = '', qty = '1', price = '', tax = '' } = {}) {
  const tr = document.createElement('tr');
  tr.innerHTML = `<td><input class="name" aria-label="Item name"></td><td><input class="qty" inputmode="numeric" aria-label="Quantity"></td>
    <td><input class="price" inputmode="decimal" aria-label="Unit price"></td><td><input class="tax" inputmode="decimal" aria-label="Tax percent"></td>
    <td><input class="discount" inputmode="decimal" aria-label="Line discount"></td><td class="total num"></td><td class="line-tax num"></td>
    <td><button type="button" class="remove" aria-label="Remove line">×</button></td>`;
  Object.assign(tr.querySelector('.name'), { value: name });
  Object.assign(tr.querySelector('.qty'), { value: qty });
  Object.assign(tr.querySelector('.price'), { value: price });
  Object.assign(tr.querySelector('.tax'), { value: tax });
  tr.querySelector('.remove').addEventListener('click', () => {
    tr.remove();
    build();
  });
  linesBody.append(tr);
}

/** Reads the form in a shopper's terms; the package does every conversion and sum. */
function build() {
  const out = $('build-status');
  const m = markets().find((x) => x.country === market.value);
  const us = m.country === 'US' && $('sales-tax').value.trim() !== '';
  const money = (value, what) => {
    try {
      return toMinorUnits(value.trim(), m.currency);
    } catch (e) {
      throw new Error(`${what}: ${e.message}`);
    }
  };
  try {
    const rows = [...linesBody.querySelectorAll('tr')];
    const input = {
      purchase_country: m.country,
      lines: rows.map((tr, i) => {
        const v = (cls) => tr.querySelector(cls).value.trim();
        return {
          name: v('.name') || `Item ${i + 1}`,
          quantity: Number(v('.qty') || '1'),
          unit_price: money(v('.price') || '0', `line ${i + 1} unit price`),
          ...(us ? {} : { tax_percent: v('.tax') || '0' }),
          ...(v('.discount') ? { total_discount_amount: money(v('.discount'), `line ${i + 1} discount`) } : {}),
        };
      }),
      billing_address: { country: m.country, ...(m.country === 'US' ? { region: 'CA' } : m.country === 'AU' ? { region: 'NSW' } : {}) },
    };
    if ($('shipping').value.trim()) {
      input.shipping = { amount: money($('shipping').value, 'shipping'), ...(us ? {} : { tax_percent: $('shipping-tax').value.trim() || '0' }) };
    }
    if ($('order-discount').value.trim()) input.discounts = [{ name: 'Discount', amount: money($('order-discount').value, 'order discount') }];
    if (us) input.us_sales_tax = { tax_percent: $('sales-tax').value.trim() };
    built = buildOrder(input);
    rows.forEach((tr, i) => {
      const line = built.order_lines[i];
      tr.querySelector('.total').textContent = fromMinorUnits(line.total_amount, m.currency);
      tr.querySelector('.line-tax').textContent = fromMinorUnits(line.total_tax_amount, m.currency);
    });
    const extra = built.order_lines.slice(rows.length).map((l) => `${l.name} (${l.type}) ${fromMinorUnits(l.total_amount, m.currency)}`);
    $('totals').innerHTML = '';
    for (const [term, value] of [
      ['order_amount', `${fromMinorUnits(built.order_amount, m.currency)} ${m.currency} (${built.order_amount})`],
      ['order_tax_amount', `${fromMinorUnits(built.order_tax_amount, m.currency)} ${m.currency} (${built.order_tax_amount})`],
      ['added lines', extra.join('; ') || 'none'],
    ]) {
      $('totals').append(Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value }));
    }
    $('built').textContent = JSON.stringify(built, null, 2);
    out.dataset.state = 'valid';
    out.textContent = `Built ${built.order_lines.length} lines in ${m.currency}; this payload passes every check.`;
  } catch (e) {
    built = null;
    out.dataset.state = 'error';
    out.textContent = e instanceof KlarnaBuildError ? `Cannot build: ${e.message.replace('klarna-precheck: ', '')}` : e.message;
    $('totals').innerHTML = '';
    $('built').textContent = '';
  }
  $('use-built').disabled = !built;
}

// ---- after the purchase -----------------------------------------------------------------------
// One model (see index.html): the order JSON textarea is the order checked; the fields are views
// of its members. A field's edit rewrites its member in the JSON; a JSON edit refills the fields.

const [orderPreset, orderJson, orderFields, orderProblem, omNow, omKind, captureInput, captureIds, omBody, omStatus, omKlarnaError] =
  ['order-preset', 'order-json', 'order-fields', 'order-problem', 'om-now', 'om-kind', 'capture-id', 'capture-ids', 'om-body', 'om-status', 'om-klarna-error'].map($);
const memberFields = [...orderFields.querySelectorAll('[data-member]')];
const onCapture = new Set(['shipping_info', 'extend_due_date']); // the calls that may name a capture
const editedBodies = new Map(); // each call's body as last edited, kept while another call is shown
const pretty = (value) => JSON.stringify(value, null, 2);

/** The order JSON, read: { order } when it is a JSON object, else { problem }. */
function readOrder() {
  let order;
  try {
    order = JSON.parse(orderJson.value);
  } catch (e) {
    return { problem: `The order is not JSON: ${e.message}` };
  }
  if (typeof order !== 'object' || order === null || Array.isArray(order)) return { problem: 'The order must be a JSON object, as GET /ordermanagement/v1/orders/{order_id} returns it.' };
  return { order };
}

/** JSON → fields (and the capture ids offered). A value a select does not list is shown as it is. */
function showOrder(order) {
  for (const field of memberFields) {
    const value = order[field.dataset.member];
    const shown = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    if (field instanceof HTMLSelectElement) {
      field.querySelector('option[data-extra]')?.remove();
      if (![...field.options].some((o) => o.value === shown)) {
        const extra = new Option(`${shown} (as in the JSON)`, shown);
        extra.dataset.extra = '';
        field.append(extra);
      }
    }
    field.value = shown;
  }
  const ids = Array.isArray(order.captures) ? order.captures.map((c) => c?.capture_id).filter((id) => typeof id === 'string') : [];
  captureIds.replaceChildren(...ids.map((id) => new Option(id, id)));
}

/** Field → JSON: an empty field removes the member; a number field that reads as a number is one. */
function editMember(field) {
  const { order } = readOrder();
  if (!order) return; // the fieldset is disabled then
  const text = field.value.trim();
  const member = field.dataset.member;
  if (text === '') delete order[member];
  else if (field.dataset.type === 'number' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) order[member] = Number(text);
  else order[member] = field.value;
  orderJson.value = pretty(order);
  if (field instanceof HTMLSelectElement) showOrder(order); // drops an "as in the JSON" option no longer chosen
  omCheck();
}

function orderEdited() {
  const { order, problem } = readOrder();
  orderFields.disabled = !order;
  orderProblem.textContent = problem ? `${problem} Fix it to edit the fields again.` : '';
  if (order) showOrder(order);
  omCheck();
}

function loadOrder(id) {
  const p = orderPresets(Date.now()).find((x) => x.id === id);
  orderPreset.value = p.id;
  orderJson.value = pretty(p.order);
  captureInput.value = defaultCaptureId(omKind.value, p.order);
  orderEdited();
}

function loadCall(kindName, { fresh = false } = {}) {
  omKind.value = kindName;
  omBody.value = (!fresh && editedBodies.get(kindName)) || pretty(callBodies[kindName]);
  captureInput.disabled = !onCapture.has(kindName);
  captureInput.value = defaultCaptureId(kindName, readOrder().order);
  omCheck();
}

/** Selects a finding's value in the body textarea, scrolled a third down. */
function selectInBody(span) {
  omBody.focus();
  omBody.setSelectionRange(span.start, span.end);
  const line = omBody.value.slice(0, span.start).split('\n').length - 1;
  omBody.scrollTop = Math.max(0, line * parseFloat(getComputedStyle(omBody).lineHeight) - omBody.clientHeight / 3);
}

function showFindings(listId, report, text, emptyText) {
  const items = [];
  if (report) {
    for (const [severity, violations] of [['error', report.errors], ['warning', report.warnings]]) {
      // The empty path is the call as a whole (the order's state): nothing in the body to select.
      for (const v of violations) items.push(item(v, severity, v.path ? locatePath(text, v.path) : null, { pick: selectInBody, whole: '(the call)' }));
    }
  }
  $(listId).replaceChildren(...items);
  $(listId.replace('findings', 'none')).textContent = items.length ? '' : emptyText;
}

function omCheck() {
  const kindName = omKind.value;
  const text = omBody.value;
  const bodyReport = validate(kindName, text);
  // The order check needs a body that is JSON (validate() says why not), an order and a now.
  const { order, problem } = readOrder();
  let bodyIsJson = true;
  try {
    JSON.parse(text);
  } catch {
    bodyIsJson = false;
  }
  const nowText = omNow.value.trim();
  const now = nowText ? Date.parse(nowText) : Date.now();
  const skipped = problem?.replace(/^The/, 'the') ?? (!bodyIsJson ? 'the body is not JSON (see above).'
    : Number.isNaN(now) ? `now: ${JSON.stringify(nowText)} is not a date-time.` : null);
  const captureId = onCapture.has(kindName) && captureInput.value.trim() ? captureInput.value.trim() : undefined;
  const orderReport = skipped ? null : checkAgainstOrder(kindName, text, order, { now, captureId });

  $('om-body-call').textContent = `validate('${kindName}', body)`;
  $('om-order-call').textContent = `checkAgainstOrder('${kindName}', body, order${captureId ? ', { captureId }' : ''})`;
  showFindings('om-body-findings', bodyReport, text, 'No error, no warning.');
  showFindings('om-order-findings', orderReport, text, skipped ? `Not checked: ${skipped}` : 'Nothing this order refuses.');

  // Klarna reads the body before it looks at the order: a body with errors gets its BAD_VALUE (or
  // another body code) alone; a sound body, the order's refusals.
  const refused = bodyReport.errors.length ? bodyReport : orderReport;
  const answer = refused && refused.errors.length ? toKlarnaError(refused) : null;
  const warnings = bodyReport.warnings.length + (orderReport?.warnings.length ?? 0);
  const plural = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  if (answer) {
    omStatus.dataset.state = 'invalid';
    omStatus.textContent = `Klarna would refuse this ${kindName} with ${answer.error_code}${bodyReport.errors.length ? ' (the body)' : ' (the order)'}.`;
  } else if (!orderReport) {
    omStatus.dataset.state = 'incomplete';
    omStatus.textContent = `The body passes, but it was not checked against the order: ${skipped}`;
  } else {
    omStatus.dataset.state = 'valid';
    omStatus.textContent = `Klarna would accept this ${kindName} on this order${warnings ? ` (${plural(warnings, 'warning')})` : ''}.`;
  }
  omKlarnaError.textContent = pretty(answer ?? { note: orderReport ? 'accepted: Klarna would not answer with an error' : 'not known until the order is checked' });
}

function wireAfterThePurchase() {
  for (const p of orderPresets()) orderPreset.append(new Option(p.label, p.id));
  // The call select lists the Order Management options of the kind select, endpoints and all.
  for (const o of kind.querySelectorAll('optgroup[label="Order Management"] option')) omKind.append(new Option(o.textContent, o.value));
  omNow.placeholder = 'the current time';
  orderPreset.addEventListener('change', () => loadOrder(orderPreset.value));
  orderJson.addEventListener('input', orderEdited);
  for (const field of memberFields) field.addEventListener(field instanceof HTMLSelectElement ? 'change' : 'input', () => editMember(field));
  omKind.addEventListener('change', () => loadCall(omKind.value));
  omBody.addEventListener('input', () => {
    editedBodies.set(omKind.value, omBody.value);
    omCheck();
  });
  $('om-default-body').addEventListener('click', () => {
    editedBodies.delete(omKind.value);
    loadCall(omKind.value, { fresh: true });
  });
  captureInput.addEventListener('input', omCheck);
  omNow.addEventListener('input', omCheck);
  omKind.value = 'capture';
  loadOrder('half-captured');
  loadCall('capture');
}

// ---- tabs -------------------------------------------------------------------------------------
// WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between the tabs; Tab
// leaves the tablist for the panel. #after-the-purchase opens the second tab.

const tabs = [...document.querySelectorAll('[role="tab"]')];

function showTab(tab, { focus = false } = {}) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
  const hash = tab.dataset.hash ? `#${tab.dataset.hash}` : '';
  if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

for (const tab of tabs) {
  tab.addEventListener('click', () => showTab(tab));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    showTab(tabs[(to + tabs.length) % tabs.length], { focus: true });
  });
}
const fromHash = () => showTab(tabs.find((t) => t.dataset.hash && `#${t.dataset.hash}` === location.hash) ?? tabs[0]);
addEventListener('hashchange', fromHash);
if (location.hash) fromHash();

// ---- wiring -----------------------------------------------------------------------------------

ready().then(
  () => {
    // The examples grouped as the kinds are: by the API of the kind they are for.
    const groups = new Map();
    for (const p of presets) {
      const api = kind.querySelector(`option[value="${p.kind}"]`).parentElement.label;
      if (!groups.has(api)) groups.set(api, Object.assign(document.createElement('optgroup'), { label: api }));
      groups.get(api).append(new Option(p.label, p.id));
    }
    preset.append(...groups.values());
    preset.addEventListener('change', () => {
      const p = presets.find((x) => x.id === preset.value);
      load(p.kind, p.payload, p.segment ?? '');
    });
    kind.addEventListener('change', check);
    segment.addEventListener('change', check);
    input.addEventListener('input', check);
    input.addEventListener('scroll', () => {
      highlights.parentElement.scrollTop = input.scrollTop;
      highlights.parentElement.scrollLeft = input.scrollLeft;
    });
    load(presets[0].kind, presets[0].payload, presets[0].segment ?? '');

    for (const m of markets()) market.append(new Option(`${m.country} · ${m.currency}`, m.country));
    market.value = 'SE';
    addLine({ name: 'Kaffe', qty: '2', price: '50.00', tax: '12' });
    addLine({ name: 'Bok', qty: '1', price: '200.00', tax: '6' });
    document.querySelector('.builder').addEventListener('input', build);
    market.addEventListener('change', build);
    $('add-line').addEventListener('click', () => {
      addLine();
      build();
    });
    $('use-built').addEventListener('click', () => {
      load('order', built);
      input.scrollIntoView({ block: 'center' });
    });
    build();

    wireAfterThePurchase();
  },
  (error) => {
    for (const out of [status, omStatus]) {
      out.dataset.state = 'failed';
      out.textContent = `The validator could not load: ${error.message}`;
    }
  },
);
