// Shared by the JS tests: the case files, the Rust snapshots they must match, and helpers to
// pack and install the package the way a user would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;
export const out = join(root, 'tests/.out');
const casesDir = join(root, 'tests/cases');
const snapshotsDir = join(root, 'tests/snapshots');

// Case files write extra merchant data as JSON: a member `body_json` becomes `body`, holding
// its value's JSON text, as the request carries it (tests/support/mod.rs does the same).
const withBodies = (value) => {
  if (Array.isArray(value)) return value.map(withBodies);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => (k === 'body_json' ? ['body', JSON.stringify(v)] : [k, withBodies(v)])));
};

/** Every case file: { name, kind, payload | payload_text, options?, errors, warnings }. */
export const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const c = { name: f.slice(0, -'.json'.length), ...JSON.parse(readFileSync(join(casesDir, f), 'utf8')) };
    return c.payload === undefined ? c : { ...c, payload: withBodies(c.payload) };
  });

/** What a case hands to validate(): its JSON text, or its payload as a JS value. */
export const payloadOf = (c) => c.payload_text ?? c.payload;

/** The options a case is validated with (its merchant segments), or undefined. */
export const optionsOf = (c) => c.options;

/** The report the Rust core produced for a case, from its insta snapshot. */
export function rustReport(c) {
  const snap = readFileSync(join(snapshotsDir, `cases__every_case_reports_exactly_the_expected_paths_and_rules@${c.name}.json.snap`), 'utf8');
  return JSON.parse(snap.split(/^---$/m)[2]);
}

/** Packs pkg/ with npm and installs the tarball into a fresh scratch project. */
export function installPacked(name) {
  const packDir = join(out, 'pack');
  mkdirSync(packDir, { recursive: true });
  const [{ filename, files }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: join(root, 'pkg'), encoding: 'utf8' }),
  );
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(packDir, filename)], { cwd: dir });
  return { dir, tarball: join(packDir, filename), files: files.map((f) => f.path) };
}

/** A seeded PRNG (mulberry32), so generated tests are the same on every run. */
export function seededRandom(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
