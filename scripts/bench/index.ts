// `npm run bench`: builds the app into .bench/dist, serves it on 127.0.0.1 and measures it in Debian's Chromium.
// Prints one line per figure with its budget and the baseline measured in the same run; writes .bench/results.json
// (and .bench/results.md, the table for docs/benchmarks.md). Exits 0 whatever the figures; exits 1 only when a
// measurement could not be taken (the bench itself is broken). BENCH_QUICK=1: one repetition, no CPU slowdown, no Lighthouse,
// 20 and 100 bundles and 4 photos instead of 1,000 and 10,000 bundles and 20 photos (the smoke test in tests/e2e/bench-smoke.test.ts). BENCH_SKIP_BUILD=1 reuses .bench/dist;
// BENCH_OUT=dir puts the build and the results there instead of .bench/; BENCH_DIST=dir measures that build.
// BENCH_ONLY=report (comma-separated: build, cold, autosave, start, report, recap, lighthouse) measures only those sections.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { ROOT } from '../../tests/e2e/support/env';
import { buildApp, firstLoadJs, precacheTotal } from './build';
import { failed, formatLine, judge, median, p95, type Budget, type Figure } from './figures';
import type { Page } from 'playwright-core';
import { measureAutosave, QUESTION_READY } from './autosave';
import { coldJs, coldLoad, coldProfile, questionPath, seedExisting } from './cold';
import { runLighthouse } from './lighthouse';
import { measureRecap } from './recap';
import { measureReport, PHOTOS, type ReportRun } from './report';
import { machine } from './machine';
import { BARE_PATH, startBenchServer } from './server';
import { startOffline, startOnline } from './start';

const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = QUICK
  ? { start: 1, startSlow: 1, autosave: 3, autosaveSlow: 3, report: 1, reportFilesRate: 1, lighthouse: 0, bundles: [20, 100] as const }
  : { start: 5, startSlow: 5, autosave: 15, autosaveSlow: 21, report: 3, reportFilesRate: 4, lighthouse: 3, bundles: [1000, 10_000] as const };

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
  console.log(QUICK ? 'QUICK mode (BENCH_QUICK=1): one repetition, no CPU slowdown ("@4x" runs at 1×), no Lighthouse, 20 and 100 bundles, 4 photos — figures are not meaningful\n' : '');

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
    let firstKb: number | null = null;
    // --- Build figures -------------------------------------------------------------------------------------------
    const FIRST = { id: 'firstLoadJs', label: 'first-load JS (gzip)', unit: 'KB' as const, budgets: [le(170, '≤ 170 KB')] };
    const PRECACHE = { id: 'precache', label: 'precache total (gzip; raw in note)', unit: 'KB' as const, budgets: [] };
    if (wanted('build')) await section([FIRST, PRECACHE], async () => {
      const first = await firstLoadJs(browser, origin + '/');
      firstKb = first.kb;
      add(judge({ ...FIRST, value: first.kb, note: `${first.files.length} scripts until Beranda is painted` }));
      const pre = precacheTotal(DIST);
      add(judge({ ...PRECACHE, value: pre.gzipKB, note: `${pre.files} files, ${pre.rawKB.toFixed(0)} KB raw` }));
    });

    // --- Cold load of an existing assessment (no HTTP cache, no service worker, data in IndexedDB) ----------------
    const COLDJS = { id: 'coldJs', label: 'JS before the first question (gzip)', unit: 'KB' as const, budgets: [le(120, '≤ 120 KB')] };
    const COLD1 = { id: 'cold1x', label: 'cold load existing assessment @1x', unit: 'ms' as const, budgets: [le(300, '≤ 300 ms')] };
    const COLD4 = { id: 'cold4x', label: 'cold load existing assessment @4x', unit: 'ms' as const, budgets: [le(600, '≤ 600 ms')] };
    if (wanted('cold')) await section([COLDJS, COLD1, COLD4], async () => {
      const profile = await coldProfile(browser, origin);
      const js = await coldJs(browser, origin, profile);
      add(judge({ ...COLDJS, value: js.kb, baseline: firstKb === null ? undefined : `first-load JS on / ${firstKb.toFixed(1)} KB`, note: `${js.files.length} scripts until the first level of an existing assessment is usable (cold, 1×)` }));
      for (const [f, rate, runs] of [[COLD1, 1, RUNS.start], [COLD4, 4, RUNS.startSlow]] as const) {
        const bare = median(await startOnline(browser, origin, rate, runs, BARE_PATH));
        const t = await coldLoad(browser, origin, profile, rate, runs);
        add(judge({ ...f, value: median(t), samples: t, baseline: `bare HTML page ${bare.toFixed(0)} ms`, note: `${runsNote(t.length)}; 360×740; storageState with IndexedDB, service worker blocked; until level 0 of the next question can be chosen` }));
      }
    });

    // --- Taps on a level, against a bare IndexedDB put in the same page -----------------------------------------
    const TAP = [
      { id: 'tap4xShown', label: 'tap @4x shown median', budgets: [le(8, '≤ 8 ms')] },
      { id: 'tap4xShownP95', label: 'tap @4x shown p95', budgets: [le(8, '≤ 8 ms')] },
      { id: 'tap4xCommit', label: 'tap @4x committed median', budgets: [le(16, '≤ 16 ms')] },
      { id: 'tap4xCommitP95', label: 'tap @4x committed p95', budgets: [le(16, '≤ 16 ms')] },
      { id: 'tap1xShown', label: 'tap @1x shown median', budgets: [] },
      { id: 'tap1xCommit', label: 'tap @1x committed median', budgets: [] },
    ].map((f) => ({ ...f, unit: 'ms' as const }));
    if (wanted('autosave')) await section(TAP, async () => {
      const runs = await measureAutosave(browser, origin, [
        { rate: 4, clicks: RUNS.autosaveSlow },
        { rate: 1, clicks: RUNS.autosave },
      ]);
      const byId = (id: string) => TAP.find((f) => f.id === id)!;
      for (const run of runs) {
        const bm = median(run.bare);
        const bp = p95(run.bare);
        const both = run.commit.map((c, i) => Math.max(c, run.shown[i]!));
        const opened = median(run.opened);
        const x = `tap${run.rate}x`;
        const n = `${run.commit.length} taps`;
        const shown = median(run.shown);
        add(judge({ ...byId(`${x}Shown`), value: shown, samples: run.shown, note: `${n}; click event → the chosen level painted as checked` }));
        if (run.rate === 4) {
          add(judge({ ...byId(`${x}ShownP95`), value: p95(run.shown), samples: run.shown, note: `${n}, nearest rank` }));
        }
        const commit = median(run.commit);
        add(judge({ ...byId(`${x}Commit`), value: commit, samples: run.commit, baseline: `bare put ${bm.toFixed(2)} ms → ${(commit / bm).toFixed(1)}×`, note: `${n}; click event → the answer's transaction complete (opened ${opened.toFixed(1)} ms after the click); shown and committed ${median(both).toFixed(1)} ms` }));
        if (run.rate === 4) {
          const q = p95(run.commit);
          add(judge({ ...byId(`${x}CommitP95`), value: q, samples: run.commit, baseline: `bare put p95 ${bp.toFixed(2)} ms → ${(q / bp).toFixed(1)}×`, note: `${n}, ${run.bare.length} bare puts` }));
        }
      }
    });

    // --- Start ------------------------------------------------------------------------------------------------------
    const ON4 = { id: 'startOnline4x', label: 'start online first visit @4x → Beranda', unit: 'ms' as const, budgets: [] };
    const OFF1 = { id: 'startOffline1x', label: 'warm offline (SW) @1x → question usable', unit: 'ms' as const, budgets: [le(250, '≤ 250 ms')] };
    const OFF4 = { id: 'startOffline4x', label: 'warm offline (SW) @4x → question usable', unit: 'ms' as const, budgets: [le(500, '≤ 500 ms')] };
    if (wanted('start')) await section([ON4, OFF1, OFF4], async () => {
      const bareOn = median(await startOnline(browser, origin, 4, RUNS.start, BARE_PATH));
      const on = await startOnline(browser, origin, 4, RUNS.start);
      add(judge({ ...ON4, value: median(on), samples: on, baseline: `bare HTML page ${bareOn.toFixed(0)} ms`, note: runsNote(on.length) }));
      const bareOff = new Map<number, number>();
      for (const r of [1, 4]) bareOff.set(r, median(await startOnline(browser, origin, r, RUNS.startSlow, BARE_PATH)));
      const off = await startOffline(browser, origin, { ready: QUESTION_READY, prepare: async (page) => questionPath(await seedExisting(page)) }, [
        { rate: 1, runs: RUNS.start },
        { rate: 4, runs: RUNS.startSlow },
      ]);
      const note = 'deep link to the next question of an existing assessment until its level 0 can be chosen';
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

    // --- Recap: the small and the large province, and how time and memory grow between them --------------------------
    const [small, large] = RUNS.bundles;
    const n = (k: number) => k.toLocaleString('en');
    const REC = { id: 'recap', label: `recap: import ${n(small)} bundles @1x`, unit: 's' as const, budgets: [le(10, '≤ 10 s')] };
    const RECL = { id: 'recapLarge', label: `recap: import ${n(large)} bundles @1x`, unit: 's' as const, budgets: [le(30, '≤ 30 s')] };
    const HEAP = { id: 'recapHeap', label: `recap: peak JS heap (${n(large)} bundles)`, unit: 'MB' as const, budgets: [le(150, '< 150 MB')] };
    if (wanted('recap')) await section([REC, RECL, HEAP], async () => {
      const a = await measureRecap(browser, origin, small);
      add(judge({ ...REC, value: a.ms / 1000, note: `1 run; ${a.files} files, ${a.totalMB.toFixed(1)} MB; file chooser → recap shown; peak heap ${a.peakHeapMB.toFixed(1)} MB; ${a.accepted}` }));
      const b = await measureRecap(browser, origin, large);
      const growth = `${n(small)} → ${n(large)}: time ×${(b.ms / a.ms).toFixed(1)}, peak heap ×${(b.peakHeapMB / a.peakHeapMB).toFixed(1)} (${a.peakHeapMB.toFixed(1)} → ${b.peakHeapMB.toFixed(1)} MB)`;
      add(judge({ ...RECL, value: b.ms / 1000, baseline: `${n(small)} bundles ${(a.ms / 1000).toFixed(2)} s`, note: `1 run; ${b.files} files, ${b.totalMB.toFixed(1)} MB; ${growth}; ${b.accepted}` }));
      add(judge({ ...HEAP, value: b.peakHeapMB, baseline: `${n(small)} bundles ${a.peakHeapMB.toFixed(1)} MB`, note: `sampled every 100 ms during the import; ${growth}` }));
    });

    // --- Lighthouse: /, the questionnaire and Hasil of an existing assessment -----------------------------------------
    const LH = [
      { key: 'home', name: '/', path: '/' as string | ((page: Page) => Promise<string>) },
      { key: 'question', name: 'the questionnaire', path: async (page: Page) => questionPath(await seedExisting(page)) },
      { key: 'results', name: 'Hasil', path: async (page: Page) => `/hasil/${(await seedExisting(page)).assessmentId}` },
    ].map((t) => ({
      ...t,
      perf: { id: `lighthousePerformance-${t.key}`, label: `Lighthouse performance (mobile) on ${t.name}`, unit: 'score' as const, budgets: [ge(98, '≥ 98')] },
      a11y: { id: `lighthouseAccessibility-${t.key}`, label: `Lighthouse accessibility (mobile) on ${t.name}`, unit: 'score' as const, budgets: [ge(100, '= 100')] },
    }));
    if (!wanted('lighthouse')) {
      // BENCH_ONLY left Lighthouse out.
    } else if (RUNS.lighthouse === 0) {
      for (const t of LH) for (const f of [t.perf, t.a11y]) add({ ...f, value: null, status: 'info', note: 'skipped in quick mode' });
    } else {
      for (const t of LH) {
        await section([t.perf, t.a11y], async () => {
          const runs = [];
          for (let i = 0; i < RUNS.lighthouse; i++) runs.push(await runLighthouse(origin, t.path));
          const perf = runs.map((r) => r.performance);
          const a11y = runs.map((r) => r.accessibility);
          const lcp = median(runs.map((r) => r.lcpMs));
          const tbt = median(runs.map((r) => r.tbtMs));
          const data = t.key === 'home' ? 'fresh profile' : 'fresh profile with the assessment in IndexedDB';
          add(judge({ ...t.perf, value: median(perf), samples: perf, note: `${runsNote(runs.length)}; ${data}; LCP ${lcp.toFixed(0)} ms, TBT ${tbt.toFixed(0)} ms; scores ${perf.join(', ')}` }));
          const failing = [...new Set(runs.flatMap((r) => r.failingA11y))];
          add(judge({ ...t.a11y, value: median(a11y), samples: a11y, note: runsNote(runs.length, failing.length ? `; failing: ${failing.join(', ')}` : '') }));
        });
      }
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
