import type { Bundle } from '../bundle/schema';
import { expiryState } from '../records/evidence';
import type { Institution } from '../records/institution';
import { normaliseKabupaten, tidyKabupaten } from '../records/kabupatenName';
import type { Assessment } from '../records/assessment';
import { staffRole } from '../records/staff';
import { rankGaps, scoreAssessment } from '../scoring';
import type { StandarKhusus, StandarUmum } from '../standard/schema';
import { findKhusus, findUmum } from '../standard/registry';
import type { RecapRow, RecapSourceInput } from './types';
import { composeScoreInput } from '../assessment/open';
import { profileDocuments } from '../eligibility/check';

export type StandardResolver = (a: Pick<Assessment, 'standardId' | 'standardVersion' | 'khususId' | 'khususVersion'>) => {
  umum: StandarUmum | null;
  khusus: StandarKhusus | null;
};

/** The standards an assessment recorded, exactly by version (an assessment never moves silently). */
export const registryResolver: StandardResolver = (a) => ({
  umum: findUmum(a.standardId, a.standardVersion),
  khusus: findKhusus(a.khususId, a.khususVersion),
});

/** Totals compare only on one scale: the same Standar Umum major, with or without a standar khusus module. */
export function scaleOf(a: Pick<Assessment, 'standardVersion' | 'khususId'>): string {
  const major = a.standardVersion.split('.')[0];
  return `Standar Umum ${major}.x ${a.khususId ? '+ standar khusus' : 'tanpa standar khusus'}`;
}

export interface RowOptions {
  /** YYYY-MM-DD: evidence expiring before this day counts as expired. */
  recapDate: string;
  resolve?: StandardResolver;
}

export const recapKey = (institutionId: string, period: string) => `${institutionId}\u0000${period.trim()}`;

/** The key a stored source is filed under (all of its assessments' keys). */
export function sourceKey(bundle: Bundle): string {
  return bundle.assessments.map((a) => `${a.institutionId}|${a.period.trim()}`).join(',');
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

function rowFor(source: RecapSourceInput, assessment: Assessment, institution: Institution, parts: ReturnType<typeof partsOf>, options: RowOptions): RecapRow {
  const resolve = options.resolve ?? registryResolver;
  const { umum, khusus } = resolve(assessment);
  const answers = parts.answers.get(assessment.id) ?? [];
  const staff = parts.staff.get(assessment.id) ?? [];
  const evidence = parts.evidence.get(assessment.id) ?? [];
  const welfare = staff.filter((s) => staffRole(s.role)?.welfare === true);
  const socialWorkers = staff.filter((s) => s.role === 'pekerja-sosial');
  const khususKnown = assessment.khususId === null || khusus !== null;
  const base = {
    key: recapKey(institution.id, assessment.period),
    sourceId: source.id,
    fileName: source.fileName,
    importedAt: source.importedAt,
    institutionId: institution.id,
    institutionName: institution.name,
    type: institution.type,
    province: institution.province,
    // The canonical name when the text names one place of the province's list ('Kab. Bandung' and 'Kabupaten
    // Bandung' are one place), else the text as typed (spaces tidied): what the recap groups and filters by.
    kabupaten: normaliseKabupaten(institution.province, institution.kabupaten) ?? tidyKabupaten(institution.kabupaten),
    assessmentId: assessment.id,
    period: assessment.period.trim(),
    status: assessment.status,
    finalisedAt: assessment.finalisedAt,
    updatedAt: assessment.updatedAt,
    scale: scaleOf(assessment),
    standardLabel: [`${assessment.standardId} ${assessment.standardVersion}`, assessment.khususId ? `${assessment.khususId} ${assessment.khususVersion ?? ''}`.trim() : null]
      .filter(Boolean)
      .join(' + '),
    staffCount: staff.length,
    tks: welfare.length,
    empowerment: { numerator: welfare.filter((s) => s.empowermentCapable).length, denominator: welfare.length },
    certifiedSocialWorkers: { numerator: socialWorkers.filter((s) => s.certified).length, denominator: socialWorkers.length },
    evidenceCount: evidence.length,
    // The profile's own permit and registration count as documents too.
    expiredDocs: [...evidence, ...profileDocuments(institution)].filter((e) => expiryState(e.expiryDate, options.recapDate) === 'expired').length,
  };
  if (!umum || !khususKnown) {
    return {
      ...base,
      standardKnown: false,
      total: null,
      gradeStatus: 'unscored',
      grade: null,
      gradeLabel: 'Tidak dinilai (versi standar tidak dikenal)',
      aspects: [],
      answered: 0,
      itemCount: 0,
      gaps: [],
    };
  }
  const { input } = composeScoreInput(umum, khusus, answers, staff, institution);
  const score = scoreAssessment(input);
  return {
    ...base,
    standardKnown: true,
    total: score.total,
    gradeStatus: score.grade.status,
    grade: score.grade.grade,
    gradeLabel: score.grade.label,
    aspects: score.aspects.map((a) => ({ id: a.id, name: a.name, score: a.score })),
    answered: score.completion.answered,
    itemCount: score.completion.total,
    gaps: rankGaps(input, score).map((g) => ({ itemId: g.itemId, gain: g.gain })),
  };
}

function partsOf(bundle: Bundle) {
  return {
    answers: groupBy(bundle.answers, (r) => r.assessmentId),
    staff: groupBy(bundle.staff, (r) => r.assessmentId),
    evidence: groupBy(bundle.evidence, (r) => r.assessmentId),
  };
}

/** Every assessment of a source as a recap row (a backup bundle may hold many). Assessments without their institution are skipped. */
export function rowsOfSource(source: RecapSourceInput, options: RowOptions): RecapRow[] {
  const institutions = new Map(source.bundle.institutions.map((i) => [i.id, i]));
  const parts = partsOf(source.bundle);
  const rows: RecapRow[] = [];
  for (const assessment of source.bundle.assessments) {
    const institution = institutions.get(assessment.institutionId);
    if (institution) rows.push(rowFor(source, assessment, institution, parts, options));
  }
  return rows;
}

/** Final beats draft; then the latest finalisation (finals) or the latest update (drafts); then the latest import. */
export function compareCandidates(a: RecapRow, b: RecapRow): number {
  if (a.status !== b.status) return a.status === 'final' ? -1 : 1;
  const byFinal = (b.finalisedAt ?? '').localeCompare(a.finalisedAt ?? '');
  if (byFinal !== 0) return byFinal;
  const byUpdate = b.updatedAt.localeCompare(a.updatedAt);
  if (byUpdate !== 0) return byUpdate;
  return b.importedAt.localeCompare(a.importedAt) || a.sourceId.localeCompare(b.sourceId);
}

export interface Selection {
  /** One row per institution + period: the latest finalised assessment, else the latest draft. */
  selected: RecapRow[];
  /** Rows kept on the device but not counted, because a better one exists for the same institution + period. */
  superseded: RecapRow[];
}

export function selectRows(rows: readonly RecapRow[]): Selection {
  const selected: RecapRow[] = [];
  const superseded: RecapRow[] = [];
  for (const candidates of groupBy(rows, (r) => r.key).values()) {
    // The same assessment may come from two different files (e.g. re-exported): rank all, keep the best.
    const [best, ...rest] = [...candidates].sort(compareCandidates);
    if (best) selected.push(best);
    superseded.push(...rest);
  }
  return { selected, superseded };
}
