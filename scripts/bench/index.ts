// `npm run bench`: builds the app into .bench/dist, serves it on 127.0.0.1 and measures it in Debian's Chromium.
// Prints one line per figure with its budget and the baseline measured in the same run; writes .bench/results.json
// (and .bench/results.md, the table for docs/benchmarks.md). Exits 0 whatever the figures; exits 1 only when a
// measurement could not be taken (the bench itself is broken). BENCH_QUICK=1: one repetition, no Lighthouse,
// 20 bundles instead of 1,000 (the smoke test in tests/e2e/bench-smoke.test.ts). BENCH_SKIP_BUILD=1 reuses .bench/dist;
// BENCH_OUT=dir puts the build and the results there instead of .bench/; BENCH_DIST=dir measures that build.
// BENCH_ONLY=report (comma-separated: build, autosave, start, report, recap, lighthouse) measures only those sections.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { ROOT } from '../../tests/e2e/support/env';
import { buildApp, firstLoadJs, precacheTotal } from './build';
import { failed, formatLine, judge, median, p95, type Budget, type Figure } from './figures';
import { measureAutosave, questionnairePath, QUESTION_READY } from './autosave';
import { runLighthouse } from './lighthouse';
import { measureRecap } from './recap';
import { measureReport, PHOTOS, type ReportRun } from './report';
import { machine } from './machine';
import { BARE_PATH, startBenchServer } from './server';
import { startOffline, startOnline } from './start';

const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK
  ? { start: 1, startSlow: 1, barePut: 5, autosave: 3, autosaveSlow: 3, report: 1, reportFilesRate: 1, lighthouse: 0, bundles: 20 }
  : { start: 5, startSlow: 3, barePut: 30, autosave: 15, autosaveSlow: 9, report: 3, reportFilesRate: 4, lighthouse: 3, bundles: 1000 };

const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
/** Whether a section runs (all of them unless BENCH_ONLY names some). */
const wanted = (name: string) => ONLY === null || ONLY.has(name);

const OUT = process.env.BENCH_OUT ?? join(ROOT, '.bench');
const DIST = process.env.BENCH_DIST ?? join(OUT, 'dist');
const figures: Figure[] = [];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function add(f: Figure): void {
  figures.push(f);
  console.log(formatLine(f));
}

const le = (limit: number, text: string): Budget => ({ op: '<=', limit, text });
const ge = (limit: number, text: string): Budget => ({ op: '>=', limit, text });
const runsNote = (n: number, extra = '') => `median of ${n}${extra}`;

/** Runs one section; if it throws, every figure it owns is printed as ERROR with the reason. */
async function section(owned: { id: string; label: string; unit: Figure['unit']; budgets: Budget[] }[], body: () => Promise<void>) {
  const before = figures.length;
  const t0 = Date.now();
  try {
    await body();
    console.log(`  [${((Date.now() - t0) / 1000).toFixed(0)} s]`);
  } catch (error) {
    const done = new Set(figures.slice(before).map((f) => f.id));
    for (const o of owned) if (!done.has(o.id)) add(failed(o.id, o.label, o.unit, o.budgets, error));
  }
}

async function main(): Promise<void> {
  const info = machine();
  console.log(`Swanilai Panti bench ${info.date} — ${info.nproc} cores, ${info.cpu}, ${info.chromium}, Node ${info.node}`);
  console.log(QUICK ? 'QUICK mode (BENCH_QUICK=1): one repetition, no Lighthouse, 20 bundles — figures are not meaningful\n' : '');

  if (process.env.BENCH_SKIP_BUILD) console.log(`BENCH_SKIP_BUILD: measuring the existing build in ${DIST}\n`);
  else {
    process.stdout.write(`building the app into ${DIST} … `);
    buildApp(ROOT, DIST);
    console.log(`done (${elapsed()})\n`);
  }

  const server = await startBenchServer(DIST);
  const browser = await launchBrowser();
  const origin = server.url;
  try {
    // --- Build figures -------------------------------------------------------------------------------------------
    const FIRST = { id: 'firstLoadJs', label: 'first-load JS (gzip)', unit: 'KB' as const, budgets: [le(170, '≤ 170 KB')] };
    const PRECACHE = { id: 'precache', label: 'precache total (gzip; raw in note)', unit: 'KB' as const, budgets: [] };
    if (wanted('build')) await section([FIRST, PRECACHE], async () => {
      const first = await firstLoadJs(browser, origin + '/');
      add(judge({ ...FIRST, value: first.kb, note: `${first.files.length} scripts until Beranda is painted` }));
      const pre = precacheTotal(DIST);
      add(judge({ ...PRECACHE, value: pre.gzipKB, note: `${pre.files} files, ${pre.rawKB.toFixed(0)} KB raw` }));
    });

    // --- Autosave, against a bare IndexedDB put in the same page -----------------------------------------------
    const bareBudget = le(2, '≤ 2× bare put');
    const AS = [1, 4].flatMap((rate) => [
      { id: `autosave${rate}xMedian`, label: `autosave @${rate}x median (click → commit)`, unit: 'ms' as const, budgets: [bareBudget] },
      { id: `autosave${rate}xP95`, label: `autosave @${rate}x p95 (click → commit)`, unit: 'ms' as const, budgets: [bareBudget] },
    ]);
    const SHOWN = { id: 'choice4x', label: 'level shown and committed @4x', unit: 'ms' as const, budgets: [le(16, '≤ 16 ms')] };
    if (wanted('autosave')) await section([...AS, SHOWN], async () => {
      const runs = await measureAutosave(browser, origin, [
        { rate: 1, clicks: RUNS.autosave },
        { rate: 4, clicks: RUNS.autosaveSlow },
      ]);
      for (const run of runs) {
        const [med, p] = AS.filter((f) => f.id.startsWith(`autosave${run.rate}x`));
        const bm = median(run.bare);
        const bp = p95(run.bare);
        const m = median(run.commit);
        const q = p95(run.commit);
        const opened = median(run.opened);
        add(judge({ ...med!, value: m, compared: [m / bm], samples: run.commit, baseline: `bare put ${bm.toFixed(2)} ms → ${(m / bm).toFixed(1)}×`, note: `${run.commit.length} choices; transaction opened ${opened.toFixed(1)} ms after the click` }));
        add(judge({ ...p!, value: q, compared: [q / bp], samples: run.commit, baseline: `bare put p95 ${bp.toFixed(2)} ms → ${(q / bp).toFixed(1)}×`, note: `${run.commit.length} choices, ${run.bare.length} bare puts` }));
        if (run.rate === 4) {
          const both = run.commit.map((c, i) => Math.max(c, run.shown[i]!));
          add(judge({ ...SHOWN, value: median(both), samples: both, note: `median of ${both.length}; shown alone ${median(run.shown).toFixed(1)} ms` }));
        }
      }
    });

    // --- Start ------------------------------------------------------------------------------------------------------
    const ON4 = { id: 'startOnline4x', label: 'start online first visit @4x → Beranda', unit: 'ms' as const, budgets: [] };
    const OFF1 = { id: 'startOffline1x', label: 'start offline (SW) @1x → question usable', unit: 'ms' as const, budgets: [le(500, '≤ 500 ms')] };
    const OFF4 = { id: 'startOffline4x', label: 'start offline (SW) @4x → question usable', unit: 'ms' as const, budgets: [le(1500, '≤ 1500 ms')] };
    if (wanted('start')) await section([ON4, OFF1, OFF4], async () => {
      const bareOn = median(await startOnline(browser, origin, 4, RUNS.start, BARE_PATH));
      const on = await startOnline(browser, origin, 4, RUNS.start);
      add(judge({ ...ON4, value: median(on), samples: on, baseline: `bare HTML page ${bareOn.toFixed(0)} ms`, note: runsNote(on.length) }));
      const bareOff = new Map<number, number>();
      for (const r of [1, 4]) bareOff.set(r, median(await startOnline(browser, origin, r, RUNS.startSlow, BARE_PATH)));
      const off = await startOffline(browser, origin, { ready: QUESTION_READY, prepare: questionnairePath }, [
        { rate: 1, runs: RUNS.start },
        { rate: 4, runs: RUNS.startSlow },
      ]);
      const note = 'deep link to an item of a seeded assessment until its level 0 can be chosen';
      for (const [f, rate] of [[OFF1, 1], [OFF4, 4]] as const) {
        const t = off.get(rate)!;
        add(judge({ ...f, value: median(t), samples: t, baseline: `bare HTML page online ${bareOff.get(rate)!.toFixed(0)} ms`, note: `${runsNote(t.length)}; ${note}` }));
      }
    });

    // --- Report -----------------------------------------------------------------------------------------------------
    const REP = { id: 'report4x', label: `report PDF @4x (${PHOTOS} photos)`, unit: 's' as const, budgets: [le(2, '≤ 2 s')] };
    const REPSIZE = { id: 'reportSize', label: `report PDF size (${PHOTOS} photos)`, unit: 'MB' as const, budgets: [le(3, '≤ 3 MB')] };
    const REPF = { id: 'reportFiles', label: `report PDF + photo files @${RUNS.reportFilesRate}x`, unit: 's' as const, budgets: [le(2, '≤ 2 s')] };
    const REPFSIZE = { id: 'reportFilesSize', label: 'report PDF size + photo files', unit: 'MB' as const, budgets: [le(3, '≤ 3 MB')] };
    if (wanted('report')) await section([REP, REPSIZE, REPF, REPFSIZE], async () => {
      const { runs, photoBytes } = await measureReport(browser, origin, [
        { rate: 4, runs: RUNS.report, withPhotoFiles: false },
        { rate: RUNS.reportFilesRate, runs: 1, withPhotoFiles: true },
      ]);
      const [r, f] = runs as [ReportRun, ReportRun];
      const sec = r.ms.map((m) => m / 1000);
      add(judge({ ...REP, value: median(sec), samples: sec, note: `${runsNote(sec.length)}; every item answered; click → download` }));
      add(judge({ ...REPSIZE, value: r.bytes / 1024 / 1024, note: 'thumbnails in Formulir B, bundle attached without photo files' }));
      add(judge({ ...REPF, value: f.ms[0]! / 1000, note: `1 run; "Sertakan berkas foto" ticked; ${PHOTOS} photos of ${(photoBytes / 1024 / 1024).toFixed(1)} MB in all` }));
      add(judge({ ...REPFSIZE, value: f.bytes / 1024 / 1024, note: 'the photo files themselves ride in the attached bundle (base64)' }));
    });

    // --- Recap ------------------------------------------------------------------------------------------------------
    const REC = { id: 'recap', label: `recap: import ${RUNS.bundles.toLocaleString('en')} bundles @1x`, unit: 's' as const, budgets: [le(10, '≤ 10 s')] };
    const HEAP = { id: 'recapHeap', label: 'recap: peak JS heap', unit: 'MB' as const, budgets: [] };
    if (wanted('recap')) await section([REC, HEAP], async () => {
      const r = await measureRecap(browser, origin, RUNS.bundles);
      add(judge({ ...REC, value: r.ms / 1000, note: `1 run; ${r.files} files, ${r.totalMB.toFixed(1)} MB; file chooser → recap shown; ${r.accepted}` }));
      add(judge({ ...HEAP, value: r.peakHeapMB, note: 'sampled every 100 ms during the import' }));
    });

    // --- Lighthouse -------------------------------------------------------------------------------------------------
    const PERF = { id: 'lighthousePerformance', label: 'Lighthouse performance (mobile) on /', unit: 'score' as const, budgets: [ge(95, '≥ 95')] };
    const A11Y = { id: 'lighthouseAccessibility', label: 'Lighthouse accessibility (mobile) on /', unit: 'score' as const, budgets: [ge(100, '= 100')] };
    if (!wanted('lighthouse')) {
      // BENCH_ONLY left Lighthouse out.
    } else if (RUNS.lighthouse === 0) {
      for (const f of [PERF, A11Y]) add({ ...f, value: null, status: 'info', note: 'skipped in quick mode' });
    } else {
      await section([PERF, A11Y], async () => {
        const runs = [];
        for (let i = 0; i < RUNS.lighthouse; i++) runs.push(await runLighthouse(origin + '/'));
        const perf = runs.map((r) => r.performance);
        const a11y = runs.map((r) => r.accessibility);
        const lcp = median(runs.map((r) => r.lcpMs));
        const tbt = median(runs.map((r) => r.tbtMs));
        add(judge({ ...PERF, value: median(perf), samples: perf, note: `${runsNote(runs.length)}; LCP ${lcp.toFixed(0)} ms, TBT ${tbt.toFixed(0)} ms` }));
        const failing = [...new Set(runs.flatMap((r) => r.failingA11y))];
        add(judge({ ...A11Y, value: median(a11y), samples: a11y, note: runsNote(runs.length, failing.length ? `; failing: ${failing.join(', ')}` : '') }));
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(`\n== Summary (${elapsed()} in all; ${QUICK ? 'QUICK mode' : 'full run'})`);
  for (const f of figures) console.log(formatLine(f));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), JSON.stringify({ ...info, quick: QUICK, seconds: (Date.now() - started) / 1000, figures }, null, 2));
  console.log(`\nwrote ${join(OUT, 'results.json')}`);
  const broken = figures.filter((f) => f.status === 'ERROR');
  if (broken.length) {
    console.log(`${broken.length} figure(s) could not be measured: the bench needs fixing`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
