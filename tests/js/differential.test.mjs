// Differential test against Ajv on Klarna's published schema: for every structural constraint
// Ajv reports, the package must report the same path. Payloads are the valid cases and
// one-field mutations of them. The package may report more (it knows the backend's rules);
// it may never report less: each Ajv finding is an error of the package at the same path, or
// one of the warnings where Klarna is observably more lenient than the spec (a null read as
// absent, an enum in another case, a field the spec requires and Klarna does not).
// DIFF_CASES raises the number of mutations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../../pkg/node.mjs';
import { cases, seededRandom } from './support.mjs';
import { ajvValidators } from './spec-schemas.mjs';

const COUNT = Number(process.env.DIFF_CASES ?? 4000);

/** Ajv's error as a Klarna path: /order_lines/0/name → order_lines[0].name. */
function klarnaPath(error) {
  const parts = error.instancePath.split('/').slice(1).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (error.keyword === 'required') parts.push(error.params.missingProperty);
  return parts.reduce((path, p) => (/^\d+$/.test(p) ? `${path}[${p}]` : path ? `${path}.${p}` : p), '');
}

/** Every place a value sits: [container, key] pairs. */
function slots(value, out = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value, key]);
      slots(value[key], out);
    }
  }
  return out;
}

/** The warnings that stand for a spec constraint Klarna does not enforce (README, Rules; unique_items: only in a read-only field Klarna ignores). */
const LENIENT = new Set(['null_value', 'enum_case', 'required_by_spec', 'unique_items']);

const REPLACEMENTS = [null, -1, 0, 1.5, 1e12, 2 ** 40, '', 'x'.repeat(300), 'x'.repeat(7000), 'ZZ', 'ZZZZ', 'en_GB', '#12345', true, [], {}, [{}], 12];

test(`Ajv's structural findings are a subset of the package's (${COUNT} one-field mutations)`, (t) => {
  const rng = seededRandom(42);
  // Seeds have a member to mutate (not the empty session update).
  const seeds = cases.filter((c) => c.kind in ajvValidators && c.errors.length === 0 && typeof c.payload === 'object' && Object.keys(c.payload).length > 0 && JSON.stringify(c.payload).length < 20_000);
  const disagreements = [];
  let ajvFindings = 0;
  let checked = 0;
  const compare = (kind, payload, label) => {
    const ajv = ajvValidators[kind];
    ajv(payload);
    const report = validate(kind, payload);
    const ours = new Set([...report.errors, ...report.warnings.filter((w) => LENIENT.has(w.rule))].map((e) => e.path));
    for (const error of ajv.errors ?? []) {
      ajvFindings++;
      const path = klarnaPath(error);
      if (!ours.has(path)) disagreements.push(`${label}: Ajv ${error.keyword} at '${path}' not reported`);
    }
    checked++;
  };
  for (const c of seeds) compare(c.kind, c.payload, c.name);
  for (let i = 0; i < COUNT; i++) {
    const seed = seeds[Math.floor(rng() * seeds.length)];
    const payload = structuredClone(seed.payload);
    const places = slots(payload);
    const [container, key] = places[Math.floor(rng() * places.length)];
    const r = rng();
    if (r < 0.15 && !Array.isArray(container)) delete container[key];
    else container[key] = structuredClone(REPLACEMENTS[Math.floor(rng() * REPLACEMENTS.length)]);
    compare(seed.kind, payload, `${seed.name} #${i}`);
  }
  t.diagnostic(`${checked} payloads, ${ajvFindings} Ajv findings, ${disagreements.length} disagreements`);
  assert.ok(ajvFindings > COUNT / 2, 'the mutations should mostly break the schema');
  assert.deepEqual(disagreements.slice(0, 20), []);
});
