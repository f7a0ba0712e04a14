// The demo page: uses the package exactly as a checkout frontend would (browser entry, ready()).
import { ready, validate, toKlarnaError } from '../pkg/web.js';
import { presets } from './presets.js';

const $ = (id) => document.getElementById(id);
const kind = $('kind');
const preset = $('preset');
const input = $('payload');
const status = $('status');
const list = $('violations');
const klarnaError = $('klarna-error');

for (const p of presets) preset.append(new Option(p.label, p.id));

function item(v, severity) {
  const li = document.createElement('li');
  li.className = severity;
  li.dataset.path = v.path;
  li.dataset.rule = v.rule;
  const path = document.createElement('code');
  path.textContent = v.path || '(payload)';
  const message = document.createElement('span');
  message.textContent = v.message;
  li.append(path, ' ', message);
  if (v.expected !== undefined) {
    const expected = document.createElement('small');
    expected.textContent = `expected ${v.expected}${v.actual !== undefined ? `, got ${v.actual}` : ''}`;
    li.append(expected);
  }
  return li;
}

function check() {
  const report = validate(kind.value, input.value);
  list.replaceChildren(...report.errors.map((v) => item(v, 'error')), ...report.warnings.map((v) => item(v, 'warning')));
  const e = report.errors.length;
  const w = report.warnings.length;
  status.dataset.state = report.valid ? 'valid' : 'invalid';
  status.textContent = report.valid
    ? `Klarna would accept this ${kind.value} payload${w ? ` (${w} warning${w > 1 ? 's' : ''})` : ''}.`
    : `${e} error${e > 1 ? 's' : ''}${w ? `, ${w} warning${w > 1 ? 's' : ''}` : ''}: Klarna would reject this payload.`;
  klarnaError.textContent = JSON.stringify(toKlarnaError(report) ?? { note: 'valid: Klarna would not answer with an error' }, null, 2);
}

function load(id) {
  const p = presets.find((x) => x.id === id);
  kind.value = p.kind;
  input.value = JSON.stringify(p.payload, null, 2);
  check();
}

ready().then(
  () => {
    preset.addEventListener('change', () => load(preset.value));
    kind.addEventListener('change', check);
    input.addEventListener('input', check);
    load(preset.value);
  },
  (error) => {
    status.dataset.state = 'failed';
    status.textContent = `The validator could not load: ${error.message}`;
  },
);
