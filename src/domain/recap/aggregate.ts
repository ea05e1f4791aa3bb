import { INSTITUTION_TYPES } from '../records/institution';
import { allStandards } from '../standard/registry';
import { typeShortName } from './metadata';
import type { CommonGap, GradeKey, RecapFigures, RecapFilter, RecapGroup, RecapResult, RecapRow, Ratio } from './types';
import { compareVersions } from '../standard/version';

export type ItemDescriber = (itemId: string) => { statement: string; aspectId: string } | null;

let registryItems: Map<string, { statement: string; aspectId: string }> | null = null;
/** Item statements from the app's standards (the newest version of an id wins). */
export const registryDescriber: ItemDescriber = (itemId) => {
  if (!registryItems) {
    registryItems = new Map();
    const files = [...allStandards()].sort((a, b) => compareVersions(a.version, b.version));
    for (const s of files) for (const a of s.aspects) for (const c of a.components) for (const i of c.items) registryItems.set(i.id, { statement: i.statement, aspectId: a.id });
  }
  return registryItems.get(itemId) ?? null;
};

export interface AggregateOptions {
  describeItem?: ItemDescriber;
  /** How many common gaps to list per group (10 by default). */
  topGaps?: number;
}

const percent = (r: Ratio): number | null => (r.denominator === 0 ? null : (r.numerator / r.denominator) * 100);
const sumRatio = (rows: readonly RecapRow[], pick: (r: RecapRow) => Ratio): Ratio =>
  rows.reduce((acc, r) => ({ numerator: acc.numerator + pick(r).numerator, denominator: acc.denominator + pick(r).denominator }), { numerator: 0, denominator: 0 });

const gradeKey = (r: RecapRow): GradeKey => (r.gradeStatus === 'grade' ? (r.grade ?? 'below') : r.gradeStatus);

/** The figures of a set of rows (one row per institution). Percentages come from summed numerators and denominators. */
export function figuresOf(rows: readonly RecapRow[], options: AggregateOptions = {}): RecapFigures {
  const describe = options.describeItem ?? registryDescriber;
  const grades: Record<GradeKey, number> = { A: 0, B: 0, C: 0, below: 0, 'critical-unmet': 0, incomplete: 0, unscored: 0 };
  for (const r of rows) grades[gradeKey(r)] += 1;

  const typeCounts = new Map<string, number>();
  for (const r of rows) typeCounts.set(r.type, (typeCounts.get(r.type) ?? 0) + 1);
  const typeOrder = INSTITUTION_TYPES.map((t) => t.id as string);
  const byType = [...typeCounts]
    .sort(([a], [b]) => typeOrder.indexOf(a) - typeOrder.indexOf(b))
    .map(([type, count]) => ({ type, label: typeShortName(type), count }));

  const scored = rows.filter((r) => r.total !== null);
  const byScale = new Map<string, { sum: number; n: number }>();
  for (const r of scored) {
    const acc = byScale.get(r.scale) ?? { sum: 0, n: 0 };
    acc.sum += r.total ?? 0;
    acc.n += 1;
    byScale.set(r.scale, acc);
  }
  const meanTotalByScale = [...byScale].sort(([a], [b]) => b.localeCompare(a)).map(([scale, a]) => ({ scale, institutions: a.n, meanTotal: a.sum / a.n }));
  // Totals on different scales (another major version, or no module) are never averaged together.
  const meanTotal = scored.length === 0 || byScale.size > 1 ? null : scored.reduce((s, r) => s + (r.total ?? 0), 0) / scored.length;

  // Aspects in first-seen order (umum aspects first as every row lists them first, then khusus modules).
  const aspectSums = new Map<string, { name: string; sum: number; n: number }>();
  for (const r of rows) {
    for (const a of r.aspects) {
      const acc = aspectSums.get(a.id) ?? { name: a.name, sum: 0, n: 0 };
      if (a.score !== null) {
        acc.sum += a.score;
        acc.n += 1;
      }
      aspectSums.set(a.id, acc);
    }
  }
  const aspects = [...aspectSums].map(([id, a]) => ({ id, name: a.name, mean: a.n === 0 ? null : a.sum / a.n, institutions: a.n }));

  const completion = sumRatio(rows, (r) => ({ numerator: r.answered, denominator: r.itemCount }));
  const empowerment = sumRatio(rows, (r) => r.empowerment);
  const certified = sumRatio(rows, (r) => r.certifiedSocialWorkers);

  const gapAcc = new Map<string, { institutions: number; totalGain: number }>();
  const gapLimit = options.topGaps ?? 10;
  for (const r of gapLimit > 0 ? rows : []) {
    for (const g of r.gaps) {
      const acc = gapAcc.get(g.itemId) ?? { institutions: 0, totalGain: 0 };
      acc.institutions += 1;
      acc.totalGain += g.gain;
      gapAcc.set(g.itemId, acc);
    }
  }
  const topGaps: CommonGap[] = [...gapAcc]
    .map(([itemId, g]) => {
      const d = describe(itemId);
      return { itemId, statement: d?.statement ?? itemId, aspectId: d?.aspectId ?? itemId.split('-')[0]!, ...g };
    })
    .sort((a, b) => b.institutions - a.institutions || b.totalGain - a.totalGain || a.itemId.localeCompare(b.itemId))
    .slice(0, gapLimit);

  return {
    institutions: rows.length,
    byType,
    finalCount: rows.filter((r) => r.status === 'final').length,
    draftCount: rows.filter((r) => r.status === 'draft').length,
    grades,
    meanTotal,
    meanTotalByScale,
    aspects,
    completion: { ...completion, percent: percent(completion) },
    staff: rows.reduce((s, r) => s + r.staffCount, 0),
    tks: rows.reduce((s, r) => s + r.tks, 0),
    noStaff: rows.filter((r) => r.staffCount === 0).length,
    empowerment: { ...empowerment, percent: percent(empowerment) },
    certifiedSocialWorkers: { ...certified, percent: percent(certified) },
    expiredDocs: rows.reduce((s, r) => s + r.expiredDocs, 0),
    institutionsWithExpired: rows.filter((r) => r.expiredDocs > 0).length,
    topGaps,
  };
}

/**
 * A comparison in the order of `a.localeCompare(b, locales, options)`, with one collator made on first use instead of
 * one per comparison: localeCompare with a locale or options builds a collator on every call (sorting a thousand rows
 * took ~100 ms with it).
 */
function collated(locales?: string, options?: Intl.CollatorOptions): (a: string, b: string) => number {
  let collator: Intl.Collator | null = null;
  return (a, b) => (collator ??= new Intl.Collator(locales, options)).compare(a, b);
}

const compareText = collated();

/** Region names in Indonesian order. */
export const compareRegionNames = collated('id');

/** Periods newest first ("2026" before "2025"). */
const byPeriod = collated('id', { numeric: true });
const newestPeriodFirst = (a: string, b: string): number => byPeriod(b, a);

/** The most recent of an institution's selected rows (finalisation or last update), for "latest period" recaps. */
function latestPerInstitution(rows: readonly RecapRow[]): RecapRow[] {
  const best = new Map<string, RecapRow>();
  const when = (r: RecapRow) => r.finalisedAt ?? r.updatedAt;
  for (const r of rows) {
    const seen = best.get(r.institutionId);
    if (!seen || when(r) > when(seen) || (when(r) === when(seen) && r.period > seen.period)) best.set(r.institutionId, r);
  }
  return [...best.values()];
}

/** Rows counted under a filter: one per institution (the chosen period, or each institution's latest). */
export function rowsForFilter(selected: readonly RecapRow[], filter: RecapFilter): RecapRow[] {
  const inPeriod = filter.period ? selected.filter((r) => r.period === filter.period) : latestPerInstitution(selected);
  return inPeriod
    .filter((r) => (!filter.province || r.province === filter.province) && (!filter.kabupaten || r.kabupaten === filter.kabupaten) && (!filter.type || r.type === filter.type))
    .sort((a, b) => compareText(a.province, b.province) || compareText(a.kabupaten, b.kabupaten) || compareText(a.institutionName, b.institutionName) || compareText(a.institutionId, b.institutionId));
}

function groups(rows: readonly RecapRow[], key: (r: RecapRow) => string, label: (r: RecapRow) => string, options: AggregateOptions): RecapGroup[] {
  const map = new Map<string, { label: string; rows: RecapRow[] }>();
  for (const r of rows) {
    const k = key(r);
    const g = map.get(k) ?? { label: label(r), rows: [] };
    g.rows.push(r);
    map.set(k, g);
  }
  // Groups list no gaps (the tables do not show them); only the overall figures rank the region's gaps.
  return [...map].map(([k, g]) => ({ key: k, label: g.label, figures: figuresOf(g.rows, { ...options, topGaps: 0 }) }));
}

/**
 * The regional recap of the selected rows (see selectRows) under a filter: overall figures and the same
 * figures by province, by kabupaten/kota and by institution type.
 */
export function aggregateRecap(selected: readonly RecapRow[], filter: RecapFilter, recapDate: string, options: AggregateOptions = {}): RecapResult {
  const rows = rowsForFilter(selected, filter);
  const typeOrder = INSTITUTION_TYPES.map((t) => t.id as string);
  const byType = groups(rows, (r) => r.type, (r) => typeShortName(r.type), options).sort((a, b) => typeOrder.indexOf(a.key) - typeOrder.indexOf(b.key));
  return {
    recapDate,
    filter,
    rows,
    periods: [...new Set(selected.map((r) => r.period))].sort(newestPeriodFirst),
    overall: figuresOf(rows, options),
    byProvince: groups(rows, (r) => r.province, (r) => r.province, options),
    byKabupaten: groups(rows, (r) => `${r.province}|${r.kabupaten}`, (r) => `${r.kabupaten || '(kabupaten/kota belum diisi)'}, ${r.province}`, options),
    byType,
  };
}
