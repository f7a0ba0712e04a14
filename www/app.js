// The demo page: uses the package exactly as a checkout frontend would (browser entry, ready()).
// Nothing here checks a rule: every verdict and number comes from the package.
import {
  ready, validate, toKlarnaError, locatePath, markets, buildOrder, toMinorUnits, fromMinorUnits, KlarnaBuildError,
} from '../pkg/web.js';
import { presets } from './presets.js';

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

function item(v, severity, span) {
  const li = document.createElement('li');
  li.className = severity;
  li.dataset.path = v.path;
  li.dataset.rule = v.rule;
  const button = document.createElement('button');
  button.type = 'button';
  button.disabled = !span;
  button.addEventListener('click', () => select(span));
  const path = document.createElement('code');
  path.textContent = v.path || '(payload)';
  const message = document.createElement('span');
  message.textContent = v.message;
  button.append(path, ' ', message);
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

// ---- wiring -----------------------------------------------------------------------------------

ready().then(
  () => {
    for (const p of presets) preset.append(new Option(p.label, p.id));
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
  },
  (error) => {
    status.dataset.state = 'failed';
    status.textContent = `The validator could not load: ${error.message}`;
  },
);
