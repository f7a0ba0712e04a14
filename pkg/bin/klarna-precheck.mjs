#!/usr/bin/env node
// klarna-precheck <kind> [file ...|-]: validate Klarna request bodies from files or stdin.
// Exit 0: every payload valid; 1: some payload invalid; 2: usage error or unreadable input.
import { readFileSync } from 'node:fs';
import { validate, PAYLOAD_KINDS } from '../node.mjs';

const USAGE = `usage: klarna-precheck <kind> [file ...|-] [--json] [--jsonl] [--warnings-as-errors]

  kind                  ${PAYLOAD_KINDS.join(' | ')}
  file ...              JSON files to check; '-' or none reads stdin
  --jsonl               one payload per line (automatic for .jsonl and .ndjson files)
  --json                machine-readable output: one JSON document
  --warnings-as-errors  fail on warnings too
  --help, --version

exit status: 0 all valid, 1 some invalid, 2 usage error or unreadable input`;

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const positional = args.filter((a) => !a.startsWith('--') || a === '-');
const fail = (message) => {
  process.stderr.write(`klarna-precheck: ${message}\n`);
  process.exit(2);
};

if (flags.has('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (flags.has('--version')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
  process.exit(0);
}
for (const f of flags) if (!['--json', '--jsonl', '--warnings-as-errors'].includes(f)) fail(`unknown option ${f}\n${USAGE}`);
const [kind, ...files] = positional;
if (!kind) fail(`missing <kind>\n${USAGE}`);
if (!PAYLOAD_KINDS.includes(kind)) fail(`unknown kind '${kind}'; expected one of: ${PAYLOAD_KINDS.join(', ')}`);

const options = { warningsAsErrors: flags.has('--warnings-as-errors') };
const sources = files.length ? files : ['-'];

/** Every payload to check, as { source, text }: one per file, or one per line of JSON Lines. */
const inputs = [];
for (const file of sources) {
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file === '-' ? 'stdin' : file}: ${e.code ?? e.message}`);
  }
  const name = file === '-' ? 'stdin' : file;
  if (flags.has('--jsonl') || /\.(jsonl|ndjson)$/i.test(file)) {
    text.split('\n').forEach((line, i) => {
      if (line.trim()) inputs.push({ source: `${name}:${i + 1}`, text: line });
    });
  } else {
    inputs.push({ source: name, text });
  }
}

const results = inputs.map(({ source, text }) => ({ source, ...validate(kind, text, options) }));
const invalid = results.filter((r) => !r.valid).length;

if (flags.has('--json')) {
  process.stdout.write(`${JSON.stringify({ valid: invalid === 0, kind, results }, null, 2)}\n`);
} else {
  const tty = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code) => (s) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
  const [red, yellow, green, dim] = [paint(31), paint(33), paint(32), paint(2)];
  const detail = (v) => {
    const parts = [];
    if (v.expected !== undefined) parts.push(`expected ${v.expected}`);
    if (v.actual !== undefined) parts.push(`got ${v.actual}`);
    return parts.length ? dim(` (${parts.join(', ')})`) : '';
  };
  const out = [];
  for (const r of results) {
    const counts = `${r.errors.length} error${r.errors.length === 1 ? '' : 's'}, ${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`;
    out.push(r.valid ? `${green('✓')} ${r.source}: valid${r.warnings.length ? ` (${counts})` : ''}` : `${red('✗')} ${r.source}: ${counts}`);
    for (const v of r.errors) out.push(`  ${red('error')}    ${v.path || '(payload)'}  ${v.message}${detail(v)} ${dim(`[${v.rule}]`)}`);
    for (const v of r.warnings) out.push(`  ${yellow('warning')}  ${v.path || '(payload)'}  ${v.message}${detail(v)} ${dim(`[${v.rule}]`)}`);
  }
  if (results.length > 1) out.push(`${results.length} payloads: ${results.length - invalid} valid, ${invalid} invalid`);
  process.stdout.write(`${out.join('\n')}\n`);
}
process.exit(invalid === 0 ? 0 : 1);
