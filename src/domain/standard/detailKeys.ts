/**
 * An item's long texts: what the item screen, the report and the catalogue show, but no score, order or count
 * needs. The app ships them apart from the rest of the file (./split.ts), one part per aspect, so a question loads
 * its own aspect's texts, not the whole instrument's. (A file of its own: the app's entry reads it, without zod.)
 */
export const ITEM_DETAIL_KEYS = ['guidance', 'evidence', 'levels', 'recommendation', 'source', 'provenance', 'revised', 'replaces'] as const;
export type ItemDetailKey = (typeof ITEM_DETAIL_KEYS)[number];
