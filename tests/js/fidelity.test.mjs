// The fidelity corpus (tests/fidelity/) through the built package: no error on a body Klarna
// accepted, an error at or inside a path Klarna named on a body it rejected. tests/fidelity.rs
// holds the Rust core to the same; here the main entry and klarna-precheck/validate must agree
// with Klarna and with each other, given the payload as an object and as JSON text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as main from '../../pkg/node.mjs';
import * as lean from '../../pkg/validate.mjs';
import { root } from './support.mjs';

const corpus = ['recorded', 'collected'].flatMap((dir) => {
  const at = join(root, 'tests/fidelity', dir);
  return readdirSync(at).filter((f) => f.endsWith('.json')).sort().map((f) => ({ file: `${dir}/${f}`, ...JSON.parse(readFileSync(join(at, f), 'utf8')) }));
});

const inside = (path, named) => path === named || path.startsWith(`${named}.`) || path.startsWith(`${named}[`);

test(`the corpus agrees with Klarna through the built package (${corpus.length} bodies)`, () => {
  assert.ok(corpus.length >= 40, `${corpus.length} bodies`);
  assert.ok(corpus.some((b) => b.kind === 'session_update'));
  const disagreements = [];
  for (const body of corpus) {
    // `payload_text`: the body exactly as sent (an empty one, for the calls that take none).
    const sent = body.payload_text ?? body.payload;
    const report = main.validate(body.kind, sent);
    if (body.payload_text === undefined) assert.deepEqual(main.validate(body.kind, JSON.stringify(body.payload)), report, body.file);
    assert.deepEqual(lean.validate(body.kind, sent), report, body.file);
    const errors = report.errors.map((e) => `${e.path} [${e.rule}]`);
    if (body.verdict === 'accepted' && errors.length) disagreements.push(`${body.file}: accepted by Klarna; reported ${errors}`);
    if (body.verdict === 'rejected') {
      const named = body.klarna_error.paths;
      if (!report.errors.some((e) => named.some((p) => inside(e.path, p)))) {
        disagreements.push(`${body.file}: Klarna rejected it at ${named}; reported ${errors}`);
      }
    }
  }
  assert.deepEqual(disagreements, []);
});

// tests/fidelity/emd/: Klarna's extra merchant data examples pass, the integrations' mistakes
// are flagged at their paths inside the body, and the undetectable one gives no finding (the
// same holds in tests/fidelity.rs).
const emd = readdirSync(join(root, 'tests/fidelity/emd')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ file: `emd/${f}`, ...JSON.parse(readFileSync(join(root, 'tests/fidelity/emd', f), 'utf8')) }));

test(`extra merchant data: examples pass, mistakes are flagged (${emd.length} bodies)`, () => {
  assert.ok(emd.length >= 14);
  const disagreements = [];
  for (const body of emd) {
    const payload = { attachment: body.attachment };
    const report = main.validate('session_update', payload);
    assert.deepEqual(lean.validate('session_update', JSON.stringify(payload)), report, body.file);
    const found = [...report.errors, ...report.warnings].map((v) => `${v.path} ${v.rule}`);
    const flagged = body.flagged.map(([at, rule]) => `${at ? `attachment.body.${at}` : 'attachment.body'} ${rule}`);
    if (body.verdict === 'example' && report.errors.length) disagreements.push(`${body.file}: Klarna's example; reported ${found}`);
    if (body.verdict === 'undetectable' && found.length) disagreements.push(`${body.file}: said undetectable; found ${found}`);
    for (const f of flagged) if (!found.includes(f)) disagreements.push(`${body.file}: not flagged ${f}; found ${found}`);
  }
  assert.deepEqual(disagreements, []);
});
