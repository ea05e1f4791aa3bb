import { describe, expect, it } from 'vitest';
import { compareVerification, countFindings, findingGroup, findingSummaryRows } from '../../../../src/domain/bundle';
import { makeUmum } from '../fixtures';
import { sampleAnswer, sampleReview } from './sample';

const allIds = (umum = makeUmum()) => umum.aspects.flatMap((a) => a.components.flatMap((c) => c.items.map((i) => i.id)));

describe('finding counts for the assessor attestation (countFindings)', () => {
  it('puts each item in one group, and the groups add up to every item', () => {
    const umum = makeUmum();
    const ids = allIds(umum).filter((id) => id !== 'SDM-1.1'); // SDM-1.1 is computed from the roster
    const answers = ids.map((id) => sampleAnswer(id, 3));
    const reviews = [
      sampleReview(ids[0]!, { verifiedLevel: null, finding: 'sesuai', note: '' }), // sesuai
      sampleReview(ids[1]!, { verifiedLevel: 3, finding: null, note: '' }), // verified at its own level: sesuai
      sampleReview(ids[2]!, { verifiedLevel: 1, finding: 'sesuai', note: '' }), // lowered despite "sesuai": diturunkan
      sampleReview(ids[3]!, { verifiedLevel: null, finding: 'tidak-sesuai' }), // tidak sesuai
      sampleReview(ids[4]!, { verifiedLevel: 4, finding: null, note: '' }), // raised
      sampleReview(ids[5]!, { verifiedLevel: null, finding: 'tidak-dapat-diverifikasi' }),
      sampleReview(ids[6]!, { verifiedLevel: null, finding: null, note: 'Hanya catatan' }), // a note alone is not a verification
    ];
    const c = compareVerification({ umum, khusus: null, answers, reviews, indicators: { empowermentCapablePct: 100 } });
    const counts = countFindings(c.self, reviews);
    expect(counts).toEqual({ sesuai: 2, tidakSesuai: 2, dinaikkan: 1, tidakDapatDiverifikasi: 1, belum: c.self.items.length - 6, total: c.self.items.length });
    // "Belum diverifikasi" is exactly the number the verified score is qualified with.
    expect(counts.belum).toBe(c.unverifiedCount);
    expect(counts.sesuai + counts.tidakSesuai + counts.dinaikkan + counts.tidakDapatDiverifikasi + counts.belum).toBe(counts.total);
    expect(findingSummaryRows(counts)).toEqual([
      ['Sesuai', '2'],
      ['Tidak sesuai / tingkat diturunkan', '2'],
      ['Tingkat dinaikkan', '1'],
      ['Tidak dapat diverifikasi', '1'],
      ['Belum diverifikasi (tetap memakai tingkat penilaian mandiri)', String(c.unverifiedCount)],
      ['Jumlah butir', String(c.self.items.length)],
    ]);
  });

  it('compares an unanswered item as level 0 and counts a verified level on an N/A item as a disagreement', () => {
    expect(findingGroup({ level: null, source: 'unanswered' }, sampleReview('A', { verifiedLevel: 0, finding: null }))).toBe('sesuai');
    expect(findingGroup({ level: null, source: 'unanswered' }, sampleReview('A', { verifiedLevel: 2, finding: null }))).toBe('dinaikkan');
    expect(findingGroup({ level: null, source: 'na' }, sampleReview('A', { verifiedLevel: 2, finding: null }))).toBe('tidakSesuai');
    expect(findingGroup({ level: null, source: 'na' }, sampleReview('A', { verifiedLevel: null, finding: 'sesuai' }))).toBe('sesuai');
    expect(findingGroup({ level: 2, source: 'answer' }, sampleReview('A', { verifiedLevel: 3, finding: 'tidak-sesuai' }))).toBe('tidakSesuai');
    expect(findingGroup({ level: 2, source: 'answer' }, undefined)).toBe('belum');
  });
});
