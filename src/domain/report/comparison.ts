/**
 * The report's "Perbandingan dengan asesmen sebelumnya": the institution's previous assessment set beside this one,
 * compared through the same engine call as Hasil (compareAssessments), so the version mapping declared in the newer
 * standard file and the "not on one scale" warning are the same in both places.
 */
import type { AssessmentSnapshot } from '../bundle/schema';
import { composeScoreInput } from '../assessment/open';
import { compareAssessments, type ItemChange, type ScoreInput } from '../scoring';
import type { StandarKhusus, StandarUmum } from '../standard/schema';
import { formatChange, formatScore } from './format';

export interface EarlierAssessment {
  snapshot: AssessmentSnapshot;
  umum: StandarUmum;
  khusus: StandarKhusus | null;
}

export interface ReportComparison {
  /** "Semester I 2025 (final), Standar Umum Panti Sosial 1.0.0 + …". */
  earlierLabel: string;
  laterLabel: string;
  earlierPeriod: string;
  laterPeriod: string;
  /** Said when the two use different versions or modules. */
  versionNote: string | null;
  /** Said when the totals are not on one scale (different Standar Umum major, or a module on one side only). */
  scaleNote: string | null;
  rows: [aspect: string, earlier: string, later: string, change: string][];
  total: [earlier: string, later: string, change: string];
  rose: string[];
  fell: string[];
  applicabilityChanged: string[];
  /** "PSD-6.2 <- PSD-2.4" for every item compared through a mapping in the newer file. */
  mapped: string[];
  /** Items of only one side: not comparable. */
  onlyInEarlier: string[];
  onlyInLater: string[];
}

const levelText = (level: number | null, source: string) => (source === 'na' ? 'N/A' : level === null ? '0' : String(level));
const changeLine = (c: ItemChange) =>
  `${c.itemId}: ${levelText(c.earlierLevel, c.earlierSource)} -> ${levelText(c.laterLevel, c.laterSource)}${c.mappedFrom ? ` (dari ${c.mappedFrom})` : ''}`;

function standardOf(umum: StandarUmum, khusus: StandarKhusus | null): string {
  return `${umum.title} ${umum.version}${khusus ? ` + ${khusus.title} ${khusus.version}` : ''}`;
}

export function buildReportComparison(earlier: EarlierAssessment, later: { snapshot: AssessmentSnapshot; input: ScoreInput }): ReportComparison {
  const e = earlier.snapshot.assessment;
  const l = later.snapshot.assessment;
  const earlierInput = composeScoreInput(earlier.umum, earlier.khusus, earlier.snapshot.answers, earlier.snapshot.staff, earlier.snapshot.institution).input;
  const c = compareAssessments(earlierInput, later.input);
  const byId = new Map(c.changes.map((x) => [x.itemId, x]));
  const lines = (ids: string[]) => ids.map((id) => byId.get(id)).filter((x): x is ItemChange => x !== undefined).map(changeLine);
  const earlierStandard = standardOf(earlier.umum, earlier.khusus);
  const laterStandard = standardOf(later.input.umum, later.input.khusus ?? null);
  return {
    earlierPeriod: e.period,
    laterPeriod: l.period,
    earlierLabel: `${e.period} (${e.status === 'final' ? 'final' : 'draf'}), ${earlierStandard}`,
    laterLabel: `${l.period} (${l.status === 'final' ? 'final' : 'draf'}), ${laterStandard}`,
    versionNote:
      earlierStandard === laterStandard
        ? null
        : 'Kedua asesmen memakai versi standar yang berbeda. Butir dibandingkan menurut kode yang sama atau menurut pemetaan yang dinyatakan di berkas standar versi baru; butir yang hanya ada di salah satu versi tidak dapat dibandingkan dan tercantum terpisah.',
    scaleNote: c.sameScale
      ? null
      : 'Skor total dan skor aspek kedua asesmen tidak setara (versi utama instrumen atau keberadaan modul standar khusus berbeda): selisihnya hanya petunjuk, bukan kenaikan atau penurunan yang sebenarnya.',
    rows: c.aspects.map((a) => [`${a.aspectId} ${a.name}`, formatScore(a.earlier), formatScore(a.later), formatChange(a.change)]),
    total: [formatScore(c.earlier.total), formatScore(c.later.total), formatChange(c.totalChange)],
    rose: lines(c.rose),
    fell: lines(c.fell),
    applicabilityChanged: lines(c.applicabilityChanged),
    mapped: c.changes.filter((x) => x.mappedFrom).map((x) => `${x.itemId} <- ${x.mappedFrom}`),
    onlyInEarlier: c.onlyInEarlier,
    onlyInLater: c.onlyInLater,
  };
}
