import { KABUPATEN_KOTA, type KabupatenKota } from './kabupaten';

/**
 * What people type for a kabupaten/kota, matched against the list of one province (src/domain/records/kabupaten.ts).
 *
 * - `exact`: the text already is the canonical name;
 * - `normalised`: "Kab. Bandung", "kabupaten  bandung", "KOTA BANDUNG", "Bandung Barat", "Kota Jakarta Pusat",
 *   "Fakfak" name exactly one entry of the province;
 * - `ambiguous`: the text names more than one ("Bandung" in Jawa Barat is Kabupaten Bandung or Kota Bandung):
 *   never guessed;
 * - `unknown`: not in the province's list (another province's name, a typo, a place the list does not have yet);
 * - `empty`: nothing typed, or no province given.
 */
export type KabupatenMatch =
  | { status: 'empty' }
  | { status: 'exact' | 'normalised'; entry: KabupatenKota }
  | { status: 'ambiguous'; candidates: KabupatenKota[] }
  | { status: 'unknown' };

type Kind = 'kabupaten' | 'kota';
interface Indexed {
  entry: KabupatenKota;
  kind: Kind;
  /** The name without "Kabupaten"/"Kota" and "Administrasi", reduced to letters and digits: "bandungbarat". */
  key: string;
}

/** Lower case, accents and punctuation gone, "Kep." spelled out: letters and digits only. */
const compact = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bkep\b\.?/g, 'kepulauan')
    .replace(/[^a-z0-9]/g, '');

const PREFIX = /^(kabupaten|kab|kotamadya|kodya|kota)(?:\.\s*|\s+)(?:(?:administrasi|adm)(?:\.\s*|\s+))?/;

/** "Kab. Adm. Kep. Seribu" → { kind: 'kabupaten', rest: 'Kep. Seribu' }; a text without a prefix has no kind. */
function splitPrefix(text: string): { kind: Kind | null; rest: string } {
  const lower = text.toLowerCase();
  const m = PREFIX.exec(lower);
  if (!m) return { kind: null, rest: text };
  return { kind: m[1]!.startsWith('kab') ? 'kabupaten' : 'kota', rest: text.slice(m[0].length) };
}

let index: Map<string, Indexed[]> | null = null;
/** Built on first use: importing this module costs nothing until a name is looked up. */
function byProvince(): Map<string, Indexed[]> {
  if (!index) {
    index = new Map();
    for (const entry of KABUPATEN_KOTA) {
      const { kind, rest } = splitPrefix(entry.name);
      const list = index.get(entry.province) ?? [];
      list.push({ entry, kind: kind ?? 'kabupaten', key: compact(rest) });
      index.set(entry.province, list);
    }
  }
  return index;
}

/** The kabupaten/kota of a province, in the order of their codes (empty for an unknown province). */
export function kabupatenOf(province: string): readonly KabupatenKota[] {
  return (byProvince().get(province) ?? []).map((i) => i.entry);
}

/** Spaces collapsed and trimmed: the form in which free text is kept. */
export const tidyKabupaten = (text: string) => text.replace(/\s+/g, ' ').trim();

export function matchKabupaten(province: string, text: string): KabupatenMatch {
  const typed = tidyKabupaten(text);
  const list = byProvince().get(province);
  if (typed === '' || !list) return { status: 'empty' };
  const exact = list.find((i) => i.entry.name === typed);
  if (exact) return { status: 'exact', entry: exact.entry };

  const find = (kind: Kind | null, rest: string) => {
    const key = compact(rest);
    return key === '' ? [] : list.filter((i) => i.key === key && (kind === null || i.kind === kind));
  };
  const { kind, rest } = splitPrefix(typed);
  let found = find(kind, rest);
  // "Kota Baru" or "Kota Waringin Barat" typed for Kabupaten Kotabaru / Kotawaringin Barat: "Kota" was part of the name.
  if (found.length === 0 && kind !== null) found = find(null, typed);
  if (found.length === 1) return { status: 'normalised', entry: found[0]!.entry };
  if (found.length > 1) return { status: 'ambiguous', candidates: found.map((i) => i.entry) };
  return { status: 'unknown' };
}

/**
 * The canonical name of the kabupaten/kota typed for a province ("Kab. Bandung" → "Kabupaten Bandung"), or null when
 * the text is empty, ambiguous or not in the province's list.
 */
export function normaliseKabupaten(province: string, text: string): string | null {
  const m = matchKabupaten(province, text);
  return m.status === 'exact' || m.status === 'normalised' ? m.entry.name : null;
}

/** The provinces other than `except` where the text names exactly one kabupaten/kota (to say where it belongs). */
export function provincesOfKabupaten(text: string, except?: string): { province: string; name: string }[] {
  const out: { province: string; name: string }[] = [];
  for (const province of byProvince().keys()) {
    if (province === except) continue;
    const name = normaliseKabupaten(province, text);
    if (name) out.push({ province, name });
  }
  return out;
}
