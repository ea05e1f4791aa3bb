import { sealHashes } from './integrity';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type AssessmentSnapshot, type Bundle, type BundleContent, type BundleFile } from './schema';

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const byItem = <T extends { assessmentId: string; itemId: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.assessmentId.localeCompare(b.assessmentId) || a.itemId.localeCompare(b.itemId));

/** Puts every collection in a stable order so the canonical form does not depend on read order. */
export function normaliseContent(content: BundleContent): BundleContent {
  return {
    ...content,
    institutions: byId(content.institutions),
    assessments: byId(content.assessments),
    answers: byItem(content.answers),
    staff: byId(content.staff),
    evidence: byId(content.evidence),
    files: byId(content.files),
    actions: byId(content.actions),
    reviews: byItem(content.reviews),
    reviewMeta: [...content.reviewMeta].sort((a, b) => a.assessmentId.localeCompare(b.assessmentId)),
    ...(content.recapSources ? { recapSources: byId(content.recapSources) } : {}),
  };
}

export function snapshotContent(snapshot: AssessmentSnapshot, files: BundleFile[] = [], kind: BundleContent['kind'] = 'assessment'): BundleContent {
  return normaliseContent({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    kind,
    institutions: [snapshot.institution],
    assessments: [snapshot.assessment],
    answers: snapshot.answers,
    staff: snapshot.staff,
    evidence: snapshot.evidence,
    files,
    actions: snapshot.actions,
    reviews: snapshot.reviews,
    reviewMeta: snapshot.reviewMeta ? [snapshot.reviewMeta] : [],
  });
}

export async function sealBundle(content: BundleContent, app: Bundle['app'], exportedAt = new Date().toISOString()): Promise<Bundle> {
  const normalised = normaliseContent(content);
  return { ...normalised, exportedAt, app, integrity: { algorithm: 'SHA-256', ...(await sealHashes(normalised as unknown as Record<string, unknown>)) } };
}
