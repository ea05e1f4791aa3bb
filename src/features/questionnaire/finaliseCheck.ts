import type { ItemCoreFields } from '../../domain/standard/schema';
import type { Answer, Institution } from '../../domain/records';
import type { AssessmentScore } from '../../domain/scoring';
import type { PlacedItem } from '../../ui/instrument';

/** Profile fields that must be filled before an assessment can be finalised, with their form labels. */
export const REQUIRED_PROFILE_FIELDS = [
  ['name', 'Nama lembaga'],
  ['type', 'Jenis panti'],
  ['ownership', 'Status kepemilikan'],
  ['province', 'Provinsi'],
  ['address', 'Alamat'],
  ['kabupaten', 'Kabupaten / kota'],
  ['capacity', 'Kapasitas'],
  ['registrationNumber', 'Nomor tanda daftar LKS'],
  ['headName', 'Nama kepala / pimpinan lembaga'],
] as const satisfies readonly (readonly [keyof Institution, string])[];

export interface MissingItem {
  itemId: string;
  aspectId: string;
  statement: string;
  reason: 'unanswered' | 'na-without-reason';
}
export interface FinaliseCheck {
  missingItems: MissingItem[];
  missingProfile: { field: string; label: string }[];
  ready: boolean;
}

/**
 * What still blocks finalising: items neither answered nor N/A with a reason (a computed item with a figure counts
 * as answered), and empty required profile fields. Capacity 0 counts as filled only when there are no clients.
 */
export function checkFinalise(
  placed: readonly PlacedItem<ItemCoreFields>[],
  score: AssessmentScore,
  answersById: ReadonlyMap<string, Answer>,
  institution: Institution | null | undefined,
): FinaliseCheck {
  const missingItems: MissingItem[] = [];
  for (const p of placed) {
    const s = score.itemsById[p.item.id];
    const a = answersById.get(p.item.id);
    const base = { itemId: p.item.id, aspectId: p.aspect.id, statement: p.item.statement };
    if (!s || s.source === 'unanswered') missingItems.push({ ...base, reason: a?.na ? 'na-without-reason' : 'unanswered' });
    else if (s.source === 'na' && (a?.naReason ?? '').trim() === '') missingItems.push({ ...base, reason: 'na-without-reason' });
  }
  const missingProfile = REQUIRED_PROFILE_FIELDS.filter(([field]) => {
    if (!institution) return true;
    const v = institution[field];
    if (field === 'capacity') return typeof v !== 'number' || v <= 0;
    return typeof v !== 'string' || v.trim() === '';
  }).map(([field, label]) => ({ field, label }));
  return { missingItems, missingProfile, ready: missingItems.length === 0 && missingProfile.length === 0 };
}
