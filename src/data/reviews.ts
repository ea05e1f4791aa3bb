import { useLiveQuery } from 'dexie-react-hooks';
import { nextUpdatedAt } from '../domain/records/timestamp';
import { reviewItemSchema, reviewMetaSchema, type ReviewItem, type ReviewMeta } from '../domain/records';
import { db } from './db';
import { REVIEW_COPY_PREFIX } from './reviewCopy';
import { requestPersistenceAfterFirstSave } from './storage';

export type ReviewPatch = Partial<Pick<ReviewItem, 'verifiedLevel' | 'finding' | 'note' | 'reviewedLevel'>>;

/** Saves one item of the assessor's verification at once (validated; touches nothing of the institution's answers). */
export async function saveReviewItem(assessmentId: string, itemId: string, patch: ReviewPatch, now = new Date()): Promise<ReviewItem> {
  const at = now.toISOString();
  const saved = await db.transaction('rw', [db.reviews, db.reviewMeta, db.assessments], async () => {
    const current = await db.reviews.get([assessmentId, itemId]);
    const row = reviewItemSchema.parse({
      assessmentId,
      itemId,
      verifiedLevel: null,
      finding: null,
      note: '',
      ...current,
      ...patch,
      updatedAt: nextUpdatedAt(current?.updatedAt, at),
    });
    await db.reviews.put(row);
    await db.reviewMeta.put(reviewMetaSchema.parse({ ...(await reviewedOn(assessmentId)), ...(await db.reviewMeta.get(assessmentId)), assessmentId, reviewedAt: at }));
    return row;
  });
  void requestPersistenceAfterFirstSave();
  return saved;
}

export async function saveAssessorName(assessmentId: string, assessorName: string, now = new Date()): Promise<ReviewMeta> {
  return db.transaction('rw', [db.reviewMeta, db.assessments], async () => {
    const row = reviewMetaSchema.parse({
      ...(await reviewedOn(assessmentId)),
      ...(await db.reviewMeta.get(assessmentId)),
      assessmentId,
      assessorName: assessorName.slice(0, 200),
      reviewedAt: now.toISOString(),
    });
    await db.reviewMeta.put(row);
    return row;
  });
}

/** The file and revision a review is made on (kept with the review, so a later change of the assessment shows). */
async function reviewedOn(assessmentId: string): Promise<Pick<ReviewMeta, 'reviewedHash' | 'reviewedRevision'>> {
  const a = (await db.assessments.get(assessmentId)) as { origin?: { hash?: string }; history?: unknown[] } | undefined;
  const hash = a?.origin?.hash;
  return {
    ...(hash && /^[0-9a-f]{64}$/.test(hash) ? { reviewedHash: hash } : {}),
    ...(Array.isArray(a?.history) ? { reviewedRevision: a.history.length } : {}),
  };
}

/** The assessor's review rows of one assessment (empty when none was imported). */
export function listReviewsOf(assessmentId: string): Promise<ReviewItem[]> {
  return db.reviews.where('assessmentId').equals(assessmentId).toArray();
}

export function useReviews(assessmentId: string | null | undefined): ReviewItem[] | undefined {
  return useLiveQuery(async () => (assessmentId ? db.reviews.where('assessmentId').equals(assessmentId).toArray() : []), [assessmentId]);
}

export function useReviewMeta(assessmentId: string | null | undefined): ReviewMeta | null | undefined {
  return useLiveQuery(async () => (assessmentId ? ((await db.reviewMeta.get(assessmentId)) ?? null) : null), [assessmentId]);
}

/** The assessor's imported copies on this device (mode asesor). */
export async function listReviewCopies(): Promise<{ id: string; label: string; importedAt: string; reviewed: number }[]> {
  const fromMeta = await db.meta.where('key').startsWith(REVIEW_COPY_PREFIX).toArray();
  // Copies say so in their own record (restored from a backup they carry no meta key); older ones by the meta key.
  const fromRecords = (await db.assessments.toArray())
    .filter((a) => (a as { origin?: { kind: string; importedAt: string } }).origin?.kind === 'review-copy')
    .map((a) => ({ key: `${REVIEW_COPY_PREFIX}${a.id}`, value: { importedAt: (a as { origin?: { importedAt: string } }).origin!.importedAt } }));
  const metas = [...fromMeta, ...fromRecords.filter((r) => !fromMeta.some((m) => m.key === r.key))];
  const rows = await Promise.all(
    metas.map(async (m) => {
      const id = m.key.slice(REVIEW_COPY_PREFIX.length);
      const a = await db.assessments.get(id);
      if (!a) return null;
      const inst = await db.institutions.get(a.institutionId);
      const reviewed = await db.reviews.where('assessmentId').equals(id).count();
      const importedAt = (m.value as { importedAt?: string } | null)?.importedAt ?? '';
      return { id, label: `${inst?.name ?? 'Lembaga'} — ${a.period}`, importedAt, reviewed };
    }),
  );
  return rows.filter((r) => r !== null).sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/** The assessor's finding for one item, live (undefined while loading, null when there is none). */
export function useReviewItem(assessmentId: string | null | undefined, itemId: string | null | undefined): ReviewItem | null | undefined {
  return useLiveQuery(
    async () => (assessmentId && itemId ? ((await db.reviews.get([assessmentId, itemId])) ?? null) : null),
    [assessmentId, itemId],
  );
}
