import { atLevel } from '../../../../src/domain/records';
import { describe, expect, it } from 'vitest';
import {
  assessmentFingerprint,
  entryKey,
  fileAssessmentRows,
  importPlan,
  institutionFingerprint,
  planWrites,
  reviewFingerprint,
  withChoices,
  type Bundle,
  type ExistingState,
} from '../../../../src/domain/bundle';
import { T0, T1, T2, sampleBundle, sampleSnapshot, sampleReview } from './sample';

const empty: ExistingState = { institutions: [], assessments: [] };
/**
 * A device holding asm-1 and inst-1. `content` says whether its rows say the same as `bundle`'s (timestamps aside);
 * `review` whether it has a review, and whether that says the same as the bundle's.
 */
const deviceHas = (
  latestChange: string,
  latestReview = '',
  opts: { bundle?: Bundle; content?: 'same' | 'different'; review?: 'none' | 'same' | 'different' } = {},
): ExistingState => {
  const b = opts.bundle;
  const same = opts.content !== 'different' && b;
  const review = opts.review ?? (latestReview ? 'different' : 'none');
  return {
    institutions: [{ id: 'inst-1', name: 'LKSA Harapan Bangsa', updatedAt: T1, fingerprint: same ? institutionFingerprint(b.institutions[0]!) : 'other' }],
    assessments: [
      {
        id: 'asm-1', institutionId: 'inst-1', period: '2026', status: 'draft', latestChange, latestReview,
        fingerprint: same ? assessmentFingerprint(fileAssessmentRows(b, 'asm-1')!) : 'other',
        reviewFingerprint:
          review === 'none' ? '' : review === 'same' && b ? reviewFingerprint(b.reviews, b.reviewMeta[0]) : 'other-review',
      },
    ],
  };
};

describe('importPlan', () => {
  it('adds everything on an empty device and counts what the file holds', async () => {
    const plan = importPlan(await sampleBundle(), empty);
    expect(plan.entries.map((e) => [e.type, e.action])).toEqual([
      ['institution', 'add'],
      ['assessment', 'add'],
    ]);
    expect(plan.counts).toMatchObject({ institutions: 1, assessments: 1, answers: 2, staff: 1, evidence: 1, files: 1, actions: 1 });
    expect(planWrites(plan)).toBe(true);
  });

  it('marks the same content already on the device as unchanged and writes nothing, whatever the clocks say', async () => {
    const bundle = await sampleBundle();
    for (const deviceTime of [T0, T1, T2]) {
      const plan = importPlan(bundle, deviceHas(deviceTime, '', { bundle, content: 'same' }));
      expect(plan.entries.map((e) => e.action)).toEqual(['unchanged', 'unchanged']);
      expect(planWrites(plan)).toBe(false);
    }
  });

  it('edits made on a phone whose clock is behind are a change, not "sama persis"', async () => {
    const bundle = await sampleBundle();
    // The file's rows say something else, yet every timestamp equals the device's.
    const edited: Bundle = { ...bundle, answers: bundle.answers.map((a, i) => (i === 0 ? atLevel(a, a.level === 4 ? 3 : 4) : a)) };
    const device = deviceHas(T1, '', { bundle, content: 'same' });
    const plan = importPlan(edited, device);
    expect(plan.entries.find((e) => e.type === 'assessment')).toMatchObject({ action: 'skip', conflict: true, options: ['merge', 'keep-both', 'replace', 'skip'] });
  });

  it('never replaces by default; flags newer data on the device; replace or keep both only by choice', async () => {
    const bundle = await sampleBundle();
    const plan = importPlan(bundle, deviceHas(T2));
    const a = plan.entries.find((e) => e.type === 'assessment')!;
    expect(a).toMatchObject({ action: 'skip', conflict: true, deviceNewer: true, fileUpdatedAt: T1, deviceUpdatedAt: T2 });
    expect(a.options).toEqual(['merge', 'keep-both', 'replace', 'skip']);
    expect(planWrites(plan)).toBe(false);

    const replaced = withChoices(plan, { [entryKey(a)]: 'replace' });
    expect(replaced.entries.find((e) => e.type === 'assessment')!.action).toBe('replace');
    const both = withChoices(plan, { [entryKey(a)]: 'keep-both' });
    expect(both.entries.find((e) => e.type === 'assessment')!.action).toBe('keep-both');
  });

  it("suggests merging a team member's file, and nothing for an ordinary copy (which stays 'skip' until chosen)", async () => {
    const team = { selfId: 'm-budi', members: [{ id: 'm-budi', name: 'Budi', position: '', lead: false, aspectIds: ['PBY'], componentIds: [], packageAt: T1, receivedAt: null, base: {} }] };
    const snap = sampleSnapshot();
    const teamFile = await sampleBundle({ ...snap, assessment: { ...snap.assessment, team } });
    const entry = importPlan(teamFile, deviceHas(T2)).entries.find((e) => e.type === 'assessment')!;
    expect(entry).toMatchObject({ action: 'skip', conflict: true, suggested: 'merge' });
    expect(withChoices(importPlan(teamFile, deviceHas(T2)), { [entryKey(entry)]: 'merge' }).entries.find((e) => e.type === 'assessment')!.action).toBe('merge');
    const plain = importPlan(await sampleBundle(), deviceHas(T2)).entries.find((e) => e.type === 'assessment')!;
    expect(plain.suggested).toBeUndefined();
  });

  it('an older device copy is a conflict too, but not flagged as newer', async () => {
    const plan = importPlan(await sampleBundle(), deviceHas(T0));
    expect(plan.entries.find((e) => e.type === 'assessment')).toMatchObject({ conflict: true, deviceNewer: false, action: 'skip' });
  });

  it('ignores a choice that is not an option (keep both for an institution)', async () => {
    const plan = importPlan(await sampleBundle(sampleSnapshot(undefined, {})), { ...deviceHas(T2), institutions: [{ id: 'inst-1', name: 'x', updatedAt: T2, fingerprint: 'other' }] });
    const inst = plan.entries.find((e) => e.type === 'institution')!;
    expect(withChoices(plan, { [entryKey(inst)]: 'keep-both' }).entries[0]!.action).toBe('skip');
  });

  it('a review bundle only brings findings, and only for an assessment the device has', async () => {
    const review = await sampleBundle(
      sampleSnapshot(undefined, { reviews: [sampleReview('KLB-1.1')], reviewMeta: { assessmentId: 'asm-1', assessorName: 'Pak Asesor', reviewedAt: T2 } }),
      [],
      'review',
    );
    expect(importPlan(review, empty).entries).toEqual([expect.objectContaining({ type: 'review', action: 'skip', reason: 'review-without-assessment' })]);
    expect(importPlan(review, deviceHas(T1)).entries).toEqual([expect.objectContaining({ type: 'review', action: 'add', conflict: false })]);
    const again = importPlan(review, deviceHas(T1, T1, { bundle: review, review: 'different' }));
    expect(again.entries[0]).toMatchObject({ action: 'skip', conflict: true, options: ['replace', 'skip'], deviceNewer: false });
    expect(importPlan(review, deviceHas(T1, T0, { bundle: review, review: 'same' })).entries[0]!.action).toBe('unchanged');
  });
});
