import assert from 'node:assert/strict';
import { test } from './support/fixtures';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT } from './support/env';

// Every figure `npm run bench` prints (docs/benchmarks.md): the bench must keep measuring all of them.
const FIGURES = [
  'first-load JS (gzip)',
  'precache total',
  'JS before the first question (gzip)',
  'cold load existing assessment @1x',
  'cold load existing assessment @4x',
  'tap @4x shown median',
  'tap @4x shown p95',
  'tap @4x committed median',
  'tap @4x committed p95',
  'tap @1x shown median',
  'tap @1x committed median',
  'start online first visit @4x',
  'warm offline (SW) @1x',
  'warm offline (SW) @4x',
  'report PDF @4x',
  'report PDF size',
  'report PDF + photo files',
  'report PDF size + photo files',
  'recap: import 20 bundles',
  'recap: import 100 bundles',
  'recap: peak JS heap',
  'Lighthouse performance (mobile) on /',
  'Lighthouse accessibility (mobile) on /',
  'Lighthouse performance (mobile) on the questionnaire',
  'Lighthouse accessibility (mobile) on the questionnaire',
  'Lighthouse performance (mobile) on Hasil',
  'Lighthouse accessibility (mobile) on Hasil',
];
/** Lighthouse is skipped in quick mode: its lines are printed without a value. */
const SKIPPED_IN_QUICK = FIGURES.filter((f) => f.startsWith('Lighthouse')).length;

test('the bench runs through the real UI and prints every figure with its budget (quick mode, not a speed test)', () => {
  // The bench gets 240 s of its own (below); the test allows for that and the checks after it.
  test.setTimeout(300_000);
  const out = mkdtempSync(join(tmpdir(), 'swanilai-bench-smoke-'));
  try {
    // Quick mode: one repetition, 20 and 100 bundles, 4 photos, no Lighthouse; measures the build the browser tests use.
    const result = spawnSync('npx', ['tsx', 'scripts/bench/index.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, BENCH_QUICK: '1', BENCH_SKIP_BUILD: '1', BENCH_DIST: DIST, BENCH_OUT: out },
    });
    const stdout = result.stdout ?? '';
    assert.equal(result.status, 0, `bench failed:\n${stdout}\n${result.stderr}`);
    const summary = stdout.slice(stdout.indexOf('== Summary'));
    assert.ok(summary.startsWith('== Summary'), 'the bench prints a summary');
    for (const label of FIGURES) {
      const line = summary.split('\n').find((l) => l.startsWith(label));
      assert.ok(line, `a line for "${label}"`);
      assert.match(line, /budget /, `"${label}" shows its budget`);
      assert.match(line, / (OK|OVER|info) /, `"${label}" was measured (or skipped in quick mode)`);
    }
    assert.doesNotMatch(summary, / ERROR /);
    const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    assert.equal(json.quick, true);
    assert.ok(json.nproc >= 1 && json.cpu && json.chromium, 'results name the machine');
    for (const label of FIGURES) assert.ok(json.figures.some((f: { label: string }) => f.label.startsWith(label)), `results.json has "${label}"`);
    const measured = json.figures.filter((f: { value: number | null }) => f.value !== null);
    assert.equal(measured.length, FIGURES.length - SKIPPED_IN_QUICK, 'every figure but Lighthouse has a value in quick mode');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
