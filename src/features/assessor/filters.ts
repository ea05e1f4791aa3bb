import type { ReviewItem } from '../../domain/records';

/** The ways an assessor narrows the item list: the view of a verification visit. */
export const REVIEW_FILTERS = [
  { id: 'semua', label: 'Semua butir' },
  { id: 'kritis', label: 'Butir kritis' },
  { id: 'belum', label: 'Belum diverifikasi' },
  { id: 'tidak-sesuai', label: 'Tidak sesuai' },
  { id: 'bukti', label: 'Dengan bukti' },
] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number]['id'];

export interface FilterableItem {
  id: string;
  critical: boolean;
  /** The institution's level as scored (computed items included). */
  selfLevel: number | null;
  evidenceCount: number;
}

/** An item counts as verified once the assessor set a level or a finding (a note alone does not verify it). */
export const isVerified = (r: ReviewItem | undefined) => !!r && (r.verifiedLevel !== null || r.finding !== null);

/** "Tidak sesuai": a finding other than sesuai, or a verified level that differs from the institution's. */
export const disagrees = (r: ReviewItem | undefined, selfLevel: number | null) =>
  !!r && ((r.finding !== null && r.finding !== 'sesuai') || (r.verifiedLevel !== null && r.verifiedLevel !== selfLevel));

export function matchingItems(filter: ReviewFilter, items: readonly FilterableItem[], reviews: ReadonlyMap<string, ReviewItem>): Set<string> {
  const keep = (i: FilterableItem): boolean => {
    const r = reviews.get(i.id);
    switch (filter) {
      case 'semua':
        return true;
      case 'kritis':
        return i.critical;
      case 'belum':
        return !isVerified(r);
      case 'tidak-sesuai':
        return disagrees(r, i.selfLevel);
      case 'bukti':
        return i.evidenceCount > 0;
    }
  };
  return new Set(items.filter(keep).map((i) => i.id));
}
