import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/domain/scoring';
import { L, NA, makeKhusus, makeUmum, referenceAnswers, REFERENCE_TOTAL, allAt, item } from './fixtures';

/** Scoring rules of the 2.x instrument, hand-computed on the fixtures. */
describe('a 2.x module is a share of the 100', () => {
  it('with totalShare 30 the umum aspects share 70 in proportion to their weights, and weights sum to 100', () => {
    const khusus = { ...makeKhusus(), totalShare: 30 };
    const score = scoreAssessment({ umum: makeUmum(), khusus, answers: { ...referenceAnswers(), 'LKA-1.1': L(4), 'LKA-1.2': L(0) } });
    const weights = score.aspects.map((a) => a.weight);
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(100, 10);
    expect(weights[0]).toBeCloseTo(14, 10); // KLB 20 of 100 → 20 × 0.7
    expect(weights[6]).toBe(30);
    // Total = 0.7 × 65.8333… (umum) + 0.3 × 50 (LKA: (1 + 0) ÷ 2)
    expect(score.total).toBeCloseTo(0.7 * REFERENCE_TOTAL + 0.3 * 50, 10);
  });

  it('a 1.0.0 module (no totalShare) still joins as one more weighted aspect, as before', () => {
    const score = scoreAssessment({ umum: makeUmum(), khusus: makeKhusus(), answers: allAt(4, makeUmum(), makeKhusus()) });
    expect(score.aspects.map((a) => a.weight)).toEqual([20, 20, 15, 10, 25, 10, 25]);
  });
});

describe('ownership', () => {
  const umum = makeUmum();
  // KLB-1.2 is for a yayasan only; KLB-2.3 for a government UPT only.
  umum.aspects[0]!.components[0]!.items[1]!.ownership = 'masyarakat';
  umum.aspects[0]!.components[1]!.items.push({ ...item('KLB-2.3', 2), ownership: 'pemerintah' });

  it('leaves out the items of the other ownership, so a compliant UPT reaches 100', () => {
    const answers = { ...allAt(4, umum), 'KLB-1.2': L(0) };
    const upt = scoreAssessment({ umum, answers, ownership: 'pemerintah' });
    expect(upt.itemsById['KLB-1.2']).toBeUndefined();
    expect(upt.total).toBeCloseTo(100, 10);
    const yayasan = scoreAssessment({ umum, answers: { ...allAt(4, umum), 'KLB-2.3': L(0) }, ownership: 'masyarakat' });
    expect(yayasan.itemsById['KLB-2.3']).toBeUndefined();
    expect(yayasan.total).toBeCloseTo(100, 10);
  });

  it('counts every item when the ownership is unknown', () => {
    const score = scoreAssessment({ umum, answers: {} });
    expect(score.itemsById['KLB-1.2']).toBeDefined();
    expect(score.itemsById['KLB-2.3']).toBeDefined();
  });
});

describe('the score of what is answered, and an honest estimate', () => {
  it('answeredTotal leaves unanswered items out; total counts them as 0', () => {
    const score = scoreAssessment({ umum: makeUmum(), answers: { 'KLB-1.1': L(4), 'PSD-1.1': L(2) } });
    // KLB: only KLB-1.1 answered → 100; PSD: only PSD-1.1 → 50; other aspects have nothing answered.
    expect(score.answeredTotal).toBeCloseTo((20 * 100 + 25 * 50) / 45, 10);
    expect(score.total).toBeLessThan(20);
  });

  it('shows no estimate below minCompletionForGrade, but a critical item answered below its minimum still says so', () => {
    const umum = makeUmum();
    umum.scoring.minCompletionForGrade = 90;
    const some = scoreAssessment({ umum, answers: { 'KLB-2.1': L(4) } });
    expect(some.grade.status).toBe('incomplete');
    expect(some.grade.grade).toBeNull();
    const criticalLow = scoreAssessment({ umum, answers: { 'KLB-1.1': L(1) } });
    expect(criticalLow.grade.status).toBe('critical-unmet');
    const full = scoreAssessment({ umum, answers: allAt(4, umum) });
    expect(full.grade).toMatchObject({ status: 'grade', grade: 'A' });
  });

  it('1.0.0 (no minCompletionForGrade) keeps its old estimate: unanswered critical item → belum memenuhi syarat', () => {
    const score = scoreAssessment({ umum: makeUmum(), answers: { 'KLB-2.1': L(4) } });
    expect(score.grade.status).toBe('critical-unmet');
  });
});

describe('score per BALKS standard', () => {
  it('shares sum to 100 and each standard scores its own items, hand-computed', () => {
    const score = scoreAssessment({ umum: makeUmum(), answers: referenceAnswers() });
    expect(score.balks.reduce((s, b) => s + b.share, 0)).toBeCloseTo(100, 10);
    const sdm = score.balks.find((b) => b.standard === 'sumber daya manusia')!;
    // SDM aspect (weight 20 of 100) is all tagged SDM: share 20, score = SDM aspect score 66.666…
    expect(sdm.share).toBeCloseTo(20, 10);
    expect(sdm.score).toBeCloseTo(200 / 3, 10);
    const mo = score.balks.find((b) => b.standard === 'manajemen organisasi')!;
    expect(mo.share).toBeCloseTo(80, 10);
    // The rest: (65.8333… × 100 − 66.666… × 20) ÷ 80, less SPR-1.2's N/A share which leaves the denominator.
    expect(mo.score).not.toBeNull();
    expect(score.balks.find((b) => b.standard === 'hasil pelayanan')!.score).toBeNull();
  });

  it('an N/A item leaves its standard’s denominator', () => {
    const score = scoreAssessment({ umum: makeUmum(), answers: { ...allAt(4, makeUmum()), 'SPR-1.2': NA } });
    expect(score.balks.find((b) => b.standard === 'manajemen organisasi')!.score).toBeCloseTo(100, 10);
  });
});
