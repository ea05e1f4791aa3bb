/**
 * What a record says, without when it was said: the canonical JSON of its rows with `updatedAt` (and the local-only
 * `origin` of an assessor's copy) left out. An import calls a record "unchanged" only when its fingerprint equals the
 * device's, never because two clocks happened to agree: edits made on a phone whose clock is behind are still seen
 * as changes, and an identical copy sealed at another time is still the same.
 */
import { canonicalJson } from './canonical';

type Row = { updatedAt?: unknown } & Record<string, unknown>;

const strip = (row: object): Record<string, unknown> => {
  const { updatedAt: _u, origin: _o, ...rest } = row as Row;
  return rest;
};
const byKey = (key: (r: Record<string, unknown>) => string) => (rows: readonly object[]) =>
  rows.map(strip).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const byId = byKey((r) => String(r.id));
const byItem = byKey((r) => String(r.itemId));

export function institutionFingerprint(institution: object): string {
  return canonicalJson(strip(institution));
}

export interface AssessmentRows {
  assessment: object;
  answers: readonly object[];
  staff: readonly object[];
  evidence: readonly object[];
  actions: readonly object[];
}

export function assessmentFingerprint(rows: AssessmentRows): string {
  return canonicalJson({
    assessment: strip(rows.assessment),
    answers: byItem(rows.answers),
    staff: byId(rows.staff),
    evidence: byId(rows.evidence),
    actions: byId(rows.actions),
  });
}

export function reviewFingerprint(reviews: readonly object[], meta: object | null | undefined): string {
  const { reviewedAt: _r, ...rest } = (meta ?? {}) as Record<string, unknown>;
  return canonicalJson({ reviews: byItem(reviews), meta: meta ? rest : null });
}

/** The same fingerprints for what a file carries, by assessment id. */
export function fileAssessmentRows(
  bundle: { assessments: { id: string }[]; answers: { assessmentId: string }[]; staff: { assessmentId: string }[]; evidence: { assessmentId: string }[]; actions: { assessmentId: string }[] },
  assessmentId: string,
): AssessmentRows | null {
  const assessment = bundle.assessments.find((a) => a.id === assessmentId);
  if (!assessment) return null;
  const mine = <T extends { assessmentId: string }>(rows: T[]) => rows.filter((r) => r.assessmentId === assessmentId);
  return { assessment, answers: mine(bundle.answers), staff: mine(bundle.staff), evidence: mine(bundle.evidence), actions: mine(bundle.actions) };
}
