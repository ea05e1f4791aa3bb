import { describe, expect, it } from 'vitest';
import { matchingItems, type FilterableItem } from '../../../../src/features/assessor/filters';
import type { ReviewItem } from '../../../../src/domain/records';

const items: FilterableItem[] = [
  { id: 'A', critical: true, selfLevel: 4, evidenceCount: 1 },
  { id: 'B', critical: false, selfLevel: 3, evidenceCount: 0 },
  { id: 'C', critical: false, selfLevel: null, evidenceCount: 2 },
  { id: 'D', critical: true, selfLevel: 2, evidenceCount: 0 },
];
const review = (itemId: string, over: Partial<ReviewItem>): ReviewItem => ({
  assessmentId: 'x', itemId, verifiedLevel: null, finding: null, note: '', updatedAt: '2026-12-01T00:00:00.000Z', ...over,
}) as ReviewItem;
const reviews = new Map([
  ['A', review('A', { verifiedLevel: 4, finding: 'sesuai' })],
  ['B', review('B', { verifiedLevel: 2 })],
  ['C', review('C', { note: 'hanya catatan' })],
]);

describe('Mode asesor filters', () => {
  it('kritis, belum diverifikasi (a note alone does not verify), tidak sesuai (a finding or another level), dengan bukti', () => {
    expect([...matchingItems('semua', items, reviews)]).toEqual(['A', 'B', 'C', 'D']);
    expect([...matchingItems('kritis', items, reviews)]).toEqual(['A', 'D']);
    expect([...matchingItems('belum', items, reviews)]).toEqual(['C', 'D']);
    expect([...matchingItems('tidak-sesuai', items, reviews)]).toEqual(['B']);
    expect([...matchingItems('bukti', items, reviews)]).toEqual(['A', 'C']);
  });
});
