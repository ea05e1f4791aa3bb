// Prints the latest .bench/results.json as the Markdown table of docs/benchmarks.md:
//   npx tsx scripts/bench/markdown.ts [results.json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/support/env';
import { formatValue, type Figure } from './figures';

const file = process.argv[2] ?? join(ROOT, '.bench', 'results.json');
const r = JSON.parse(readFileSync(file, 'utf8')) as { date: string; nproc: number; cpu: string; chromium: string; node: string; quick: boolean; seconds: number; figures: Figure[] };
const cell = (s: string) => s.replace(/\|/g, '\\|');
console.log(`Taken ${r.date.slice(0, 10)} on ${r.nproc} cores (${r.cpu}), ${r.chromium}, Node ${r.node}; ${r.quick ? 'QUICK mode' : 'full run'}, ${Math.round(r.seconds)} s.\n`);
console.log('| figure | value | budget | status | baseline (same run) | how |');
console.log('| --- | ---: | --- | --- | --- | --- |');
for (const f of r.figures) {
  const budget = f.budgets.length ? f.budgets.map((b) => b.text).join(' and ') : '—';
  console.log(`| ${cell(f.label)} | ${formatValue(f.value, f.unit)} | ${cell(budget)} | ${f.status} | ${cell(f.baseline ?? '—')} | ${cell(f.note ?? f.error ?? '')} |`);
}
