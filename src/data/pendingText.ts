import { db } from './db';
import { saveAnswer, type AnswerPatch } from './answers';
import { saveReviewItem } from './reviews';
import { updateStaff } from './staff';

/**
 * Typed text that is still waiting for its debounced IndexedDB write (a note, an N/A reason) is mirrored in
 * localStorage at every keystroke. A localStorage write is synchronous, so it lands even when the tab is closed or
 * reloaded within the debounce; an IndexedDB write started from `pagehide` was seen not to.
 *
 * No clock decides what is newer (a phone's clock can be set back). Each mirror keeps `base`: the field's text when
 * this edit began. At start-up, for every mirror: the stored text already equals it → forgotten; the stored text is
 * still the base → the typed text is written; the stored text changed meanwhile (another tab) → both are kept, the
 * typed text added below the stored one with a visible marker, so nothing is silently overwritten.
 */
export interface PendingText {
  assessmentId: string;
  itemId: string;
  /**
   * note and naReason of the institution's answer; reviewNote of the assessor's review of the item; staffName of a
   * roster row (itemId is then the staff row's id).
   */
  field: 'note' | 'naReason' | 'reviewNote' | 'staffName';
}

const PREFIX = 'swanilai.pending.answer:';
const keyOf = (p: PendingText) => `${PREFIX}${p.assessmentId}|${p.itemId}|${p.field}`;

/** Marks typed text recovered beside text that another tab stored meanwhile. */
export const RECOVERED_MARK = '— Teks yang diketik sebelum aplikasi tertutup:';

/** `before`: the field's text just before this keystroke (kept as the base of the first keystroke of an edit). */
export function rememberPendingText(p: PendingText, value: string, before?: string): void {
  try {
    let base: string | null = before ?? null;
    const raw = localStorage.getItem(keyOf(p));
    if (raw) {
      const prior = JSON.parse(raw) as { base?: unknown };
      if (typeof prior.base === 'string') base = prior.base;
    }
    localStorage.setItem(keyOf(p), JSON.stringify({ ...p, value, base, at: new Date().toISOString() }));
  } catch {
    // Storage full or unavailable: the debounced IndexedDB write still happens.
  }
}

/** Forgets the mirror once `value` is in IndexedDB (unless newer text was typed meanwhile: then `value` becomes its base). */
export function forgetPendingText(p: PendingText, value: string): void {
  try {
    const raw = localStorage.getItem(keyOf(p));
    if (!raw) return;
    const entry = JSON.parse(raw) as { value?: unknown };
    if (entry.value === value) localStorage.removeItem(keyOf(p));
    // Newer text was typed while `value` was being written: `value` is what is stored now, so it is the new base.
    else localStorage.setItem(keyOf(p), JSON.stringify({ ...entry, base: value }));
  } catch {
    // nothing to forget
  }
}

function patchFor(field: 'note' | 'naReason', value: string): AnswerPatch | null {
  if (field === 'note') return { note: value };
  // An N/A reason only means something with N/A; N/A without a reason is never stored.
  return value.trim() ? { na: true, level: null, naReason: value } : null;
}

/** Writes every mirrored text the stored data does not hold yet (see the top of this file); returns how many were recovered. */
export async function recoverPendingTexts(): Promise<number> {
  let recovered = 0;
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
  } catch {
    return 0;
  }
  for (const k of keys) {
    // The mirror is kept until its text is safely in IndexedDB: a write that failed (storage full, a transient
    // error) is tried again at the next start instead of being thrown away.
    let keep = false;
    try {
      const raw = JSON.parse(localStorage.getItem(k) ?? 'null') as (PendingText & { value: unknown; base?: unknown }) | null;
      const valid =
        raw && typeof raw.assessmentId === 'string' && typeof raw.itemId === 'string' && (raw.field === 'note' || raw.field === 'naReason' || raw.field === 'reviewNote' || raw.field === 'staffName') && typeof raw.value === 'string';
      const p = raw as PendingText & { value: string; base?: unknown };
      const base = typeof p.base === 'string' ? p.base : null;
      /** What to store given the stored text: null when nothing is to be written. */
      const decide = (current: string, merge: boolean): string | null => {
        if (current === p.value) return null;
        if (base === null || current === base) return p.value;
        return merge && p.value.trim() !== '' ? `${current}\n${RECOVERED_MARK}\n${p.value}` : null;
      };
      if (valid && raw.field === 'staffName') {
        const stored = await db.staff.get(p.itemId);
        const next = stored ? decide(stored.name, false) : null;
        if (stored && next !== null && next.trim() !== stored.name) {
          await updateStaff(p.itemId, { name: next });
          recovered++;
        }
      } else if (valid && raw.field === 'reviewNote') {
        // The assessor's note on an item: the same guarantee as the institution's notes.
        const stored = await db.reviews.get([p.assessmentId, p.itemId]);
        const next = decide(stored?.note ?? '', true);
        if (next !== null) {
          await saveReviewItem(p.assessmentId, p.itemId, { note: next.slice(0, 5000) });
          recovered++;
        }
      } else if (valid) {
        const stored = await db.answers.get([p.assessmentId, p.itemId]);
        const current = stored?.[p.field as 'note' | 'naReason'] ?? '';
        const next = decide(current, true);
        const patch = next === null ? null : patchFor(p.field as 'note' | 'naReason', next);
        if (patch) {
          await saveAnswer(p.assessmentId, p.itemId, patch);
          recovered++;
        }
      }
    } catch (error) {
      // A locked (final) assessment, a review copy, a deleted assessment or an unreadable entry: nothing to recover.
      // Anything else (QuotaExceededError, an aborted transaction) may succeed later: keep the text.
      const name = (error as { name?: string } | null)?.name ?? '';
      keep = !['AssessmentLockedError', 'ReviewCopyError', 'SyntaxError', 'ZodError'].includes(name) && !/tidak ditemukan/.test(String((error as Error)?.message));
    }
    if (!keep) localStorage.removeItem(k);
  }
  return recovered;
}
