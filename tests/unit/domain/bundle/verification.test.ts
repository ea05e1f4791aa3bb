import { describe, expect, it } from 'vitest';
import { compareVerification, extractBundleFromPdf, parseBundle, verifiedAnswers } from '../../../../src/domain/bundle';
import { makeUmum } from '../fixtures';
import { sampleAnswer, sampleBundle, sampleReview, sampleSnapshot } from './sample';

const allIds = (umum = makeUmum()) => umum.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => i.id)));

describe('compareVerification', () => {
  it('scores twice: the institution’s answers, and the verified levels where the assessor gave one', () => {
    const umum = makeUmum();
    const answers = allIds(umum).map((id) => sampleAnswer(id, 4));
    const reviews = [
      sampleReview('KLB-1.2', { verifiedLevel: 0, finding: 'tidak-sesuai' }),
      sampleReview('PBY-1.1', { verifiedLevel: null, finding: 'sesuai', note: '' }),
      sampleReview('MNV-1.1', { verifiedLevel: null, finding: 'tidak-dapat-diverifikasi', note: 'Dokumen tidak ditunjukkan' }),
    ];
    const c = compareVerification({ umum, khusus: null, answers, reviews, indicators: { empowermentCapablePct: 100 } });
    expect(c.self.total).toBe(100);
    expect(c.verified.total).toBeLessThan(100);
    const klbSelf = c.self.aspects.find((a) => a.id === 'KLB')!.score;
    const klbVerified = c.verified.aspects.find((a) => a.id === 'KLB')!.score;
    expect(klbSelf).toBe(100);
    expect(klbVerified).toBeCloseTo((100 * 7) / 8); // KLB-1.2 (weight 1 of 8) verified at 0
    expect(c.verified.aspects.find((a) => a.id === 'PBY')!.score).toBe(100);
    expect(c.reviewedCount).toBe(3);
    expect(c.disagreements.map((d) => d.itemId)).toEqual(['KLB-1.2', 'MNV-1.1']);
    expect(c.disagreements[0]).toMatchObject({ selfLevel: 4, verifiedLevel: 0, finding: 'tidak-sesuai' });
  });

  it('a verified level replaces an N/A; no review keeps the institution’s answer', () => {
    const v = verifiedAnswers([sampleAnswer('A-1.1', null, { na: true }), sampleAnswer('A-1.2', 3)], [sampleReview('A-1.1', { verifiedLevel: 1 })]);
    expect(v).toEqual({ 'A-1.1': { level: 1, na: false, verified: true }, 'A-1.2': { level: 3, na: false } });
  });

  it('a computed item lowered by the assessor moves the verified score; its self level is the computed one', () => {
    const umum = makeUmum();
    const answers = allIds(umum).filter((id) => id !== 'SDM-1.1').map((id) => sampleAnswer(id, 4));
    // SDM-1.1 is computed from the roster: 100 % empowerment-capable gives level 4 with no stored answer.
    const c = compareVerification({ umum, khusus: null, answers, reviews: [sampleReview('SDM-1.1', { verifiedLevel: 3, finding: 'tidak-sesuai' })], indicators: { empowermentCapablePct: 100 } });
    expect(c.self.itemsById['SDM-1.1']).toMatchObject({ source: 'computed', level: 4 });
    expect(c.verified.itemsById['SDM-1.1']).toMatchObject({ level: 3 });
    expect(c.verified.aspects.find((a) => a.id === 'SDM')!.score).toBeCloseTo(((2 * 0.75 + 1) / 3) * 100, 10);
    expect(c.disagreements[0]).toMatchObject({ itemId: 'SDM-1.1', selfLevel: 4, verifiedLevel: 3 });
    // Every other item is unverified: it keeps its self level, and the count says so.
    expect(c.unverifiedCount).toBe(allIds(umum).length - 1);
  });

  it('a change after the review: listed against the level reviewed, and a "sesuai" keeps the level the assessor confirmed', () => {
    const umum = makeUmum();
    // Reviewed at 4; the institution then lowered KLB-1.1 to 2 and raised KLB-1.2 from 1 to 4.
    const answers = allIds(umum).map((id) => sampleAnswer(id, id === 'KLB-1.1' ? 2 : 4));
    const reviews = [
      sampleReview('KLB-1.1', { verifiedLevel: 1, finding: 'tidak-sesuai', reviewedLevel: 4 }),
      sampleReview('KLB-1.2', { verifiedLevel: null, finding: 'sesuai', note: '', reviewedLevel: 1 }),
      sampleReview('PBY-1.1', { verifiedLevel: null, finding: 'sesuai', note: '', reviewedLevel: 4 }),
    ];
    const c = compareVerification({ umum, khusus: null, answers, reviews, indicators: { empowermentCapablePct: 100 } });
    expect(c.changedSinceReview).toEqual([
      { itemId: 'KLB-1.1', reviewedLevel: 4, nowLevel: 2 },
      { itemId: 'KLB-1.2', reviewedLevel: 1, nowLevel: 4 },
    ]);
    expect(c.disagreements[0]).toMatchObject({ itemId: 'KLB-1.1', reviewedLevel: 4, selfLevel: 2, verifiedLevel: 1 });
    // The raise to 4 was never verified: the verified score keeps the confirmed 1.
    expect(c.verified.itemsById['KLB-1.2']).toMatchObject({ level: 1 });
    expect(c.verified.itemsById['PBY-1.1']).toMatchObject({ level: 4 });
  });
});

describe('verification PDF (src/pdf/verification.ts)', () => {
  it('carries the review bundle as an attachment that imports again', async () => {
    const { buildVerificationPdf } = await import('../../../../src/pdf/verification');
    const review = await sampleBundle(
      sampleSnapshot(undefined, { reviews: [sampleReview('KLB-1.1')], reviewMeta: { assessmentId: 'asm-1', assessorName: 'Pak Budi', reviewedAt: '2026-11-20' } }),
      [],
      'review',
    );
    const bytes = buildVerificationPdf(
      {
        institutionName: '<b>LKSA</b> Harapan', period: '2026', standardLabel: 'Standar Umum 1.0.0', assessorName: 'Pak Budi', reviewedAt: '20 November 2026',
        integrityCode: 'ABCD-1234', aspects: [{ name: 'Kelembagaan', self: '80', verified: '70' }], total: { self: '80', verified: '70' },
        grade: { self: 'B', verified: 'C' }, reviewedCount: 1, unverifiedCount: 1, itemCount: 2,
        items: [{ id: 'KLB-1.1', statement: 'Pernyataan', self: '4', verified: '2', finding: 'Tidak sesuai', note: 'Dokumen tidak ada', disagrees: true }],
        findingSummary: [['Tidak sesuai / tingkat diturunkan', '1'], ['Belum diverifikasi', '1'], ['Jumlah butir', '2']],
      },
      JSON.stringify(review),
    );
    const extracted = await extractBundleFromPdf(bytes);
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    expect(extracted.fileName).toBe('verifikasi-asesor.json');
    expect(await parseBundle(extracted.bytes)).toEqual({ ok: true, bundle: review });
  });
});
