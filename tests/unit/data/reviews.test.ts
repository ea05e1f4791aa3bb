// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { saveAssessorName, saveReviewItem } from '../../../src/data/reviews';
import { clearDatabase, newAssessment } from './fixtures';

beforeEach(clearDatabase);

describe('a review records what it was made on', () => {
  it('keeps the hash of the file the assessor opened and the revision, and a later name change keeps them', async () => {
    const a = await newAssessment();
    const hash = 'ab'.repeat(32);
    // As the assessor's import marks a review copy (the write guard only lets reviews be written there).
    await db.assessments.update(a.id, { origin: { kind: 'review-copy', importedAt: new Date().toISOString(), fileName: 'x.json', hash }, history: [] } as never);
    await saveReviewItem(a.id, 'KLB-1.1', { verifiedLevel: 2, finding: 'tidak-sesuai', reviewedLevel: 3 });
    expect(await db.reviewMeta.get(a.id)).toMatchObject({ reviewedHash: hash, reviewedRevision: 0 });
    await saveAssessorName(a.id, 'Drs. Budi');
    expect(await db.reviewMeta.get(a.id)).toMatchObject({ assessorName: 'Drs. Budi', reviewedHash: hash, reviewedRevision: 0 });
    // The first recorded file stays: nothing rewrites what the review was made on.
    await db.assessments.update(a.id, { origin: { kind: 'review-copy', importedAt: new Date().toISOString(), fileName: 'y.json', hash: 'cd'.repeat(32) } } as never);
    await saveReviewItem(a.id, 'KLB-1.2', { finding: 'sesuai', reviewedLevel: 4 });
    expect((await db.reviewMeta.get(a.id))?.reviewedHash).toBe(hash);
  });
});
