import { refusedFileIds } from './fileType';
import type { Bundle } from './schema';
import { assessmentFingerprint, fileAssessmentRows, institutionFingerprint, reviewFingerprint } from './fingerprint';

/**
 * What an import will do, computed before anything is written (pure: the data layer passes in what the device has).
 *
 * - add: not on the device; written as is.
 * - replace: the device's copy is deleted and the file's written (only when the user chose it).
 * - keep-both: the file's assessment is written under new ids beside the device's (assessments only).
 * - skip: nothing written for this record.
 * - unchanged: the device already holds exactly this content (same fingerprint, whatever the clocks said); nothing to do.
 * - merge: the file's copy of the same assessment is merged into the device's row by row (src/domain/team/merge.ts):
 *   changes on one side are taken, differing changes on both are shown for the user to choose.
 *
 * Timestamps only inform the preview (`deviceNewer`, the dates shown); they never decide what is the same.
 */
export type PlanAction = 'add' | 'replace' | 'keep-both' | 'skip' | 'unchanged' | 'merge';
export type ConflictChoice = 'replace' | 'keep-both' | 'skip' | 'merge';

export interface ExistingInstitution {
  id: string;
  name: string;
  updatedAt: string;
  /** institutionFingerprint of the device's record. */
  fingerprint: string;
}

export interface ExistingAssessment {
  id: string;
  institutionId: string;
  period: string;
  status: string;
  /** The latest updatedAt of the assessment and every row that belongs to it (answers, staff, evidence, actions). */
  latestChange: string;
  /** The latest updatedAt of its assessor review rows (reviews, reviewMeta.reviewedAt); '' when none. */
  latestReview: string;
  /** assessmentFingerprint of the device's rows. */
  fingerprint: string;
  /** reviewFingerprint of the device's review rows; '' when there is no review. */
  reviewFingerprint: string;
}

/** What the device holds for the ids a bundle mentions. */
export interface ExistingState {
  institutions: ExistingInstitution[];
  assessments: ExistingAssessment[];
}

export interface PlanEntry {
  /** Record type: an institution profile, an assessment with its rows, or an assessor review of an assessment. */
  type: 'institution' | 'assessment' | 'review';
  id: string;
  /** Indonesian label for the preview, e.g. the institution name or "Panti X — 2026". */
  label: string;
  action: PlanAction;
  /** The device holds this id already: the user chooses (keep both / replace / skip). */
  conflict: boolean;
  /** The choices open to the user for a conflict; empty when there is nothing to choose. */
  options: ConflictChoice[];
  /** The device's copy changed after the file's: replacing it would lose newer work. */
  deviceNewer: boolean;
  fileUpdatedAt: string;
  deviceUpdatedAt: string | null;
  /** The choice to preselect for a conflict (a team file: merge); absent means 'skip'. */
  suggested?: ConflictChoice;
  /** Why the entry is skipped without a choice: a review of an assessment this device does not have. */
  reason?: 'review-without-assessment';
}

export interface ImportPlan {
  kind: Bundle['kind'];
  /** The bundle's integrity hash: a plan only applies to the bundle it was made for. */
  hash: string;
  entries: PlanEntry[];
  /** What the file holds, for the preview. */
  counts: {
    institutions: number;
    assessments: number;
    answers: number;
    staff: number;
    evidence: number;
    files: number;
    /** Files refused by their bytes (not JPEG, PNG or PDF, or an image far larger than the app makes): not written. */
    refusedFiles: number;
    actions: number;
    reviews: number;
  };
}

export type Choices = Readonly<Record<string, ConflictChoice | undefined>>;

/** The key of an entry in the choices map. */
export const entryKey = (e: Pick<PlanEntry, 'type' | 'id'>) => `${e.type}:${e.id}`;

const max = (values: Iterable<string>) => {
  let best = '';
  for (const v of values) if (v > best) best = v;
  return best;
};

/** The latest change the file carries for one assessment (the same rule the device side uses). */
export function fileLatestChange(bundle: Bundle, assessmentId: string): string {
  const mine = <T extends { assessmentId: string; updatedAt: string }>(rows: T[]) =>
    rows.filter((r) => r.assessmentId === assessmentId).map((r) => r.updatedAt);
  const a = bundle.assessments.find((x) => x.id === assessmentId);
  return max([a?.updatedAt ?? '', ...mine(bundle.answers), ...mine(bundle.staff), ...mine(bundle.evidence), ...mine(bundle.actions)]);
}

export function fileLatestReview(bundle: Bundle, assessmentId: string): string {
  return max([
    ...bundle.reviews.filter((r) => r.assessmentId === assessmentId).map((r) => r.updatedAt),
    ...bundle.reviewMeta.filter((r) => r.assessmentId === assessmentId).map((r) => r.reviewedAt),
  ]);
}

/**
 * Says what importing `bundle` will do on a device holding `existing`. Every conflict starts as 'skip':
 * nothing already on the device is replaced unless the user chooses so (see `withChoices`).
 */
export function importPlan(bundle: Bundle, existing: ExistingState): ImportPlan {
  const institutions = new Map(existing.institutions.map((i) => [i.id, i]));
  const assessments = new Map(existing.assessments.map((a) => [a.id, a]));
  const instName = new Map(bundle.institutions.map((i) => [i.id, i.name]));
  const entries: PlanEntry[] = [];

  if (bundle.kind === 'review') {
    // A review bundle only brings the assessor's findings; the institution's own answers are never touched.
    for (const a of bundle.assessments) {
      const label = `${instName.get(a.institutionId) ?? 'Lembaga'} — ${a.period}`;
      const fileUpdatedAt = fileLatestReview(bundle, a.id);
      const device = assessments.get(a.id);
      if (!device) {
        entries.push({
          type: 'review', id: a.id, label, action: 'skip', conflict: false, options: [], deviceNewer: false,
          fileUpdatedAt, deviceUpdatedAt: null,
          reason: 'review-without-assessment',
        });
        continue;
      }
      const hasReview = device.reviewFingerprint !== '';
      const fileReview = reviewFingerprint(
        bundle.reviews.filter((r) => r.assessmentId === a.id),
        bundle.reviewMeta.find((m) => m.assessmentId === a.id),
      );
      const same = hasReview && device.reviewFingerprint === fileReview;
      entries.push({
        type: 'review', id: a.id, label,
        action: same ? 'unchanged' : hasReview ? 'skip' : 'add',
        conflict: hasReview && !same,
        options: hasReview && !same ? ['replace', 'skip'] : [],
        deviceNewer: hasReview && device.latestReview > fileUpdatedAt,
        fileUpdatedAt, deviceUpdatedAt: hasReview ? device.latestReview : null,
      });
    }
    return { kind: bundle.kind, hash: bundle.integrity.hash, entries, counts: countsOf(bundle) };
  }

  for (const i of bundle.institutions) {
    const device = institutions.get(i.id);
    const same = device !== undefined && device.fingerprint === institutionFingerprint(i);
    entries.push({
      type: 'institution', id: i.id, label: i.name,
      action: !device ? 'add' : same ? 'unchanged' : 'skip',
      conflict: device !== undefined && !same,
      options: device !== undefined && !same ? ['replace', 'skip'] : [],
      deviceNewer: device !== undefined && device.updatedAt > i.updatedAt,
      fileUpdatedAt: i.updatedAt, deviceUpdatedAt: device?.updatedAt ?? null,
    });
  }
  for (const a of bundle.assessments) {
    const device = assessments.get(a.id);
    const fileUpdatedAt = fileLatestChange(bundle, a.id);
    const same = device !== undefined && device.fingerprint === assessmentFingerprint(fileAssessmentRows(bundle, a.id)!);
    entries.push({
      type: 'assessment', id: a.id,
      label: `${instName.get(a.institutionId) ?? 'Lembaga'} — ${a.period}`,
      action: !device ? 'add' : same ? 'unchanged' : 'skip',
      conflict: device !== undefined && !same,
      options: device !== undefined && !same ? ['merge', 'keep-both', 'replace', 'skip'] : [],
      /** A team member's result (or a package for this member's phone): merging is what the user came for. */
      ...(device !== undefined && !same && a.team ? { suggested: 'merge' as const } : {}),
      deviceNewer: device !== undefined && device.latestChange > fileUpdatedAt,
      fileUpdatedAt, deviceUpdatedAt: device?.latestChange ?? null,
    });
  }
  return { kind: bundle.kind, hash: bundle.integrity.hash, entries, counts: countsOf(bundle) };
}

function countsOf(bundle: Bundle): ImportPlan['counts'] {
  const refused = refusedFileIds(bundle.files).size;
  return {
    institutions: bundle.institutions.length,
    assessments: bundle.assessments.length,
    answers: bundle.answers.length,
    staff: bundle.staff.length,
    evidence: bundle.evidence.length,
    files: bundle.files.length - refused,
    refusedFiles: refused,
    actions: bundle.actions.length,
    reviews: bundle.reviews.length,
  };
}

/** Applies the user's choices to the conflicts of a plan; a choice that is not among an entry's options is ignored. */
export function withChoices(plan: ImportPlan, choices: Choices): ImportPlan {
  return {
    ...plan,
    entries: plan.entries.map((e) => {
      const choice = choices[entryKey(e)];
      return e.conflict && choice && e.options.includes(choice) ? { ...e, action: choice } : e;
    }),
  };
}

/** True when the plan would write something. */
export function planWrites(plan: ImportPlan): boolean {
  return plan.entries.some((e) => e.action === 'add' || e.action === 'replace' || e.action === 'keep-both' || e.action === 'merge');
}

export const ACTION_LABELS: Record<PlanAction, string> = {
  add: 'Ditambahkan',
  replace: 'Menggantikan data di perangkat',
  'keep-both': 'Disimpan sebagai salinan (keduanya disimpan)',
  skip: 'Dilewati (data di perangkat tetap)',
  unchanged: 'Sudah ada, sama persis',
  merge: 'Digabungkan butir demi butir',
};
