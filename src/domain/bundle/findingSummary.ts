/**
 * The assessor's findings in numbers, for the closing "Pengesahan asesor" of the verification PDF: every item of the
 * assessment falls in exactly one group, so the counts add up to the number of items. Pure.
 */
import type { ReviewItem } from '../records';
import type { AssessmentScore } from '../scoring';

export interface FindingCounts {
  /** Found "sesuai", or verified at the institution's own level. */
  sesuai: number;
  /** Found "tidak sesuai", or verified below the institution's level (or at a level where the institution said N/A). */
  tidakSesuai: number;
  /** Verified above the institution's level (without a "tidak sesuai" finding). */
  dinaikkan: number;
  /** Found "tidak dapat diverifikasi" (and no level below the institution's). */
  tidakDapatDiverifikasi: number;
  /** No verified level and no finding: the item keeps its self level in the verified score (`unverifiedCount`). */
  belum: number;
  total: number;
}

export type FindingGroup = Exclude<keyof FindingCounts, 'total'>;

/** The group of one item; `self` is the item as the institution's own answers score it. */
export function findingGroup(self: { level: number | null; source: string }, review: ReviewItem | undefined): FindingGroup {
  if (!review || (review.verifiedLevel === null && review.finding === null)) return 'belum';
  const v = review.verifiedLevel;
  // An unanswered item counts as level 0 in the score, so it is compared as 0; N/A has no level to compare.
  const own = self.source === 'na' ? null : (self.level ?? 0);
  if (review.finding === 'tidak-sesuai' || (v !== null && (own === null || v < own))) return 'tidakSesuai';
  if (v !== null && v > own!) return 'dinaikkan';
  if (review.finding === 'tidak-dapat-diverifikasi') return 'tidakDapatDiverifikasi';
  return 'sesuai';
}

/** Counts over every item of the self score (the same items `compareVerification` counts as unverified). */
export function countFindings(self: AssessmentScore, reviews: readonly ReviewItem[]): FindingCounts {
  const byItem = new Map(reviews.map((r) => [r.itemId, r]));
  const counts: FindingCounts = { sesuai: 0, tidakSesuai: 0, dinaikkan: 0, tidakDapatDiverifikasi: 0, belum: 0, total: 0 };
  for (const item of self.items) {
    counts[findingGroup(item, byItem.get(item.id))]++;
    counts.total++;
  }
  return counts;
}

/** The counts as the table of the verification PDF prints them: every group, then the total. */
export function findingSummaryRows(c: FindingCounts): [label: string, count: string][] {
  return [
    ['Sesuai', String(c.sesuai)],
    ['Tidak sesuai / tingkat diturunkan', String(c.tidakSesuai)],
    ['Tingkat dinaikkan', String(c.dinaikkan)],
    ['Tidak dapat diverifikasi', String(c.tidakDapatDiverifikasi)],
    ['Belum diverifikasi (tetap memakai tingkat penilaian mandiri)', String(c.belum)],
    ['Jumlah butir', String(c.total)],
  ];
}
