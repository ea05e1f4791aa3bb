import { describe, expect, it } from 'vitest';
import { entryKey, importPlan, planWrites, withChoices, type ExistingState } from '../../../../src/domain/bundle';
import { T0, T1, T2, sampleBundle, sampleSnapshot, sampleReview } from './sample';

const empty: ExistingState = { institutions: [], assessments: [] };
const deviceHas = (latestChange: string, latestReview = ''): ExistingState => ({
  institutions: [{ id: 'inst-1', name: 'LKSA Harapan Bangsa', updatedAt: T1 }],
  assessments: [{ id: 'asm-1', institutionId: 'inst-1', period: '2026', status: 'draft', latestChange, latestReview }],
});

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

  it('marks the same version already on the device as unchanged and writes nothing', async () => {
    const plan = importPlan(await sampleBundle(), deviceHas(T1));
    expect(plan.entries.map((e) => e.action)).toEqual(['unchanged', 'unchanged']);
    expect(planWrites(plan)).toBe(false);
  });

  it('never replaces by default; flags newer data on the device; replace or keep both only by choice', async () => {
    const bundle = await sampleBundle();
    const plan = importPlan(bundle, deviceHas(T2));
    const a = plan.entries.find((e) => e.type === 'assessment')!;
    expect(a).toMatchObject({ action: 'skip', conflict: true, deviceNewer: true, fileUpdatedAt: T1, deviceUpdatedAt: T2 });
    expect(a.options).toEqual(['keep-both', 'replace', 'skip']);
    expect(planWrites(plan)).toBe(false);

    const replaced = withChoices(plan, { [entryKey(a)]: 'replace' });
    expect(replaced.entries.find((e) => e.type === 'assessment')!.action).toBe('replace');
    const both = withChoices(plan, { [entryKey(a)]: 'keep-both' });
    expect(both.entries.find((e) => e.type === 'assessment')!.action).toBe('keep-both');
  });

  it('an older device copy is a conflict too, but not flagged as newer', async () => {
    const plan = importPlan(await sampleBundle(), deviceHas(T0));
    expect(plan.entries.find((e) => e.type === 'assessment')).toMatchObject({ conflict: true, deviceNewer: false, action: 'skip' });
  });

  it('ignores a choice that is not an option (keep both for an institution)', async () => {
    const plan = importPlan(await sampleBundle(sampleSnapshot(undefined, {})), { ...deviceHas(T2), institutions: [{ id: 'inst-1', name: 'x', updatedAt: T2 }] });
    const inst = plan.entries.find((e) => e.type === 'institution')!;
    expect(withChoices(plan, { [entryKey(inst)]: 'keep-both' }).entries[0]!.action).toBe('skip');
  });

  it('a review bundle only brings findings, and only for an assessment the device has', async () => {
    const review = await sampleBundle(
      sampleSnapshot(undefined, { reviews: [sampleReview('KLB-1.1')], reviewMeta: { assessmentId: 'asm-1', assessorName: 'Pak Asesor', reviewedAt: T2 } }),
      [],
      'review',
    );
    expect(importPlan(review, empty).entries).toEqual([expect.objectContaining({ type: 'review', action: 'skip', reason: expect.any(String) })]);
    expect(importPlan(review, deviceHas(T1)).entries).toEqual([expect.objectContaining({ type: 'review', action: 'add', conflict: false })]);
    const again = importPlan(review, deviceHas(T1, T1));
    expect(again.entries[0]).toMatchObject({ action: 'skip', conflict: true, options: ['replace', 'skip'], deviceNewer: false });
    expect(importPlan(review, deviceHas(T1, T2)).entries[0]!.action).toBe('unchanged');
  });
});
