import { crashMirror } from './crashMirror';
import { isTextField, mergesOnConflict, readText, writeText, type TextPlace } from './textFields';
import { refusedForGood } from './errors';

/**
 * Typed text that is still waiting for the writer's debounced IndexedDB write (a note, an N/A reason, a roster name,
 * an assessor's note) is kept in the crash mirror (crashMirror.ts: localStorage and the database, the higher write
 * counter wins) at every keystroke, so it survives a tab closed inside the save pause or a killed browser.
 *
 * No clock decides what is newer (a phone's clock can be set back). Each mirror keeps `base`: the field's text when
 * this edit began. At start-up, for every mirror: the stored text already equals it → forgotten; the stored text is
 * still the base → the typed text is written; the stored text changed meanwhile (another tab) → both are kept, the
 * typed text added below the stored one with a visible marker, so nothing is silently overwritten.
 */
/** Where a typed text belongs (src/data/textFields.ts lists the fields). */
export type PendingText = TextPlace;

const nameOf = (p: PendingText) => `${p.assessmentId}|${p.itemId}|${p.field}`;

/** Marks typed text recovered beside text that another tab stored meanwhile. */
export const RECOVERED_MARK = '— Teks yang diketik sebelum aplikasi tertutup:';

interface MirrorEntry extends PendingText {
  value: string;
  base: string | null;
  /** Counts the field's mirror writes: of two copies (localStorage, database) the higher is the newer. */
  n: number;
  at: string;
  /** A tombstone: the text with this counter was written; any copy with a lower counter is stale. */
  forgotten?: true;
}

// The names are those earlier versions stored (localStorage 'swanilai.pending.answer:…', meta 'pendingText:' + that).
const mirror = crashMirror<MirrorEntry>({
  localPrefix: 'swanilai.pending.answer:',
  dbPrefix: 'pendingText:swanilai.pending.answer:',
  isTombstone: (e) => e.forgotten === true,
});

/** `before`: the field's text just before this keystroke (kept as the base of the first keystroke of an edit). */
export function rememberPendingText(p: PendingText, value: string, before?: string): void {
  const k = nameOf(p);
  const prior = mirror.read(k);
  const live = prior && !prior.forgotten ? prior : null;
  const base = live && (typeof live.base === 'string' || live.base === null) ? live.base : (before ?? null);
  const entry: MirrorEntry = {
    assessmentId: p.assessmentId,
    itemId: p.itemId,
    field: p.field,
    value,
    base,
    n: mirror.nextN(k),
    at: new Date().toISOString(),
  };
  mirror.write(k, entry);
}

/** Forgets the mirror once `value` is in IndexedDB (unless newer text was typed meanwhile: then `value` becomes its base). */
export function forgetPendingText(p: PendingText, value: string): void {
  const k = nameOf(p);
  const entry = mirror.read(k);
  if (!entry || entry.forgotten) return;
  const next: MirrorEntry =
    entry.value === value
      ? { ...entry, n: entry.n + 1, forgotten: true }
      : // Newer text was typed while `value` was being written: `value` is what is stored now, so it is the new base.
        { ...entry, n: entry.n + 1, base: value };
  mirror.write(k, next);
}

/** Throws the mirror away whatever it holds (the typed text is abandoned, not written). */
export function dropPendingText(p: PendingText): void {
  const k = nameOf(p);
  const entry = mirror.read(k);
  if (!entry || entry.forgotten) return;
  mirror.write(k, { ...entry, n: entry.n + 1, forgotten: true });
}

/** Writes every mirrored text the stored data does not hold yet (see the top of this file); returns how many were recovered. */
export async function recoverPendingTexts(): Promise<number> {
  let recovered = 0;
  const mirrors = await mirror.leftovers();
  for (const [k, raw] of mirrors) {
    // The mirror is kept until its text is safely in IndexedDB: a write that failed (storage full, a transient
    // error) is tried again at the next start instead of being thrown away.
    let keep = false;
    try {
      const valid = !raw.forgotten && typeof raw.assessmentId === 'string' && typeof raw.itemId === 'string' && isTextField(raw.field) && typeof raw.value === 'string';
      const current = valid ? await readText(raw) : null;
      if (valid && current !== null) {
        const base = typeof raw.base === 'string' ? raw.base : null;
        let next: string | null = null;
        if (current === raw.value) next = null;
        else if (base === null || current === base) next = raw.value;
        else if (mergesOnConflict(raw.field) && raw.value.trim() !== '') next = `${current}\n${RECOVERED_MARK}\n${raw.value}`;
        if (next !== null) {
          await writeText(raw, next);
          recovered++;
        }
      }
    } catch (error) {
      // A locked (final) assessment, a review copy, a deleted row or an unreadable entry: nothing to recover.
      // Anything else (QuotaExceededError, an aborted transaction) may succeed later: keep the text.
      const name = (error as { name?: string } | null)?.name ?? '';
      keep = !refusedForGood(error) && name !== 'SyntaxError' && name !== 'ZodError';
    }
    if (!keep) await mirror.drop(k);
  }
  return recovered;
}
