import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT } from './support/env';

// Every figure `npm run bench` prints (docs/benchmarks.md): the bench must keep measuring all of them.
const FIGURES = [
  'first-load JS (gzip)',
  'precache total',
  'autosave @1x median',
  'autosave @1x p95',
  'autosave @4x median',
  'autosave @4x p95',
  'level shown and committed @4x',
  'start online first visit @4x',
  'start offline (SW) @1x',
  'start offline (SW) @4x',
  'report PDF @4x',
  'report PDF size',
  'report PDF + photo files',
  'report PDF size + photo files',
  'recap: import',
  'recap: peak JS heap',
  'Lighthouse performance',
  'Lighthouse accessibility',
];

test('the bench runs through the real UI and prints every figure with its budget (quick mode, not a speed test)', () => {
  const out = mkdtempSync(join(tmpdir(), 'swanilai-bench-smoke-'));
  try {
    // Quick mode: one repetition, 20 bundles, no Lighthouse; measures the build the browser tests use.
    const result = spawnSync('npx', ['tsx', 'scripts/bench/index.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 170_000,
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
    assert.equal(measured.length, FIGURES.length - 2, 'every figure but Lighthouse has a value in quick mode');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
