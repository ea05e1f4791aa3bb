import { db } from './db';
import { saveAnswer, type AnswerPatch } from './answers';
import { saveReviewItem } from './reviews';
import { updateStaff } from './staff';

/**
 * Typed text that is still waiting for its debounced IndexedDB write (a note, an N/A reason) is mirrored in
 * localStorage at every keystroke. A localStorage write is synchronous, so it lands even when the tab is closed or
 * reloaded within the debounce; an IndexedDB write started from `pagehide` was seen not to. When the app starts,
 * any mirrored text newer than the stored answer is written to IndexedDB, then forgotten.
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

export function rememberPendingText(p: PendingText, value: string): void {
  try {
    localStorage.setItem(keyOf(p), JSON.stringify({ ...p, value, at: new Date().toISOString() }));
  } catch {
    // Storage full or unavailable: the debounced IndexedDB write still happens.
  }
}

/** Forgets the mirror once `value` is in IndexedDB (unless newer text was typed meanwhile). */
export function forgetPendingText(p: PendingText, value: string): void {
  try {
    const raw = localStorage.getItem(keyOf(p));
    if (raw && (JSON.parse(raw) as { value?: unknown }).value === value) localStorage.removeItem(keyOf(p));
  } catch {
    // nothing to forget
  }
}

function patchFor(field: 'note' | 'naReason', value: string): AnswerPatch | null {
  if (field === 'note') return { note: value };
  // An N/A reason only means something with N/A; N/A without a reason is never stored.
  return value.trim() ? { na: true, level: null, naReason: value } : null;
}

/** Writes every mirrored text that is newer than its stored answer; returns how many were recovered. */
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
      const raw = JSON.parse(localStorage.getItem(k) ?? 'null') as (PendingText & { value: unknown; at: unknown }) | null;
      const valid =
        raw && typeof raw.assessmentId === 'string' && typeof raw.itemId === 'string' && (raw.field === 'note' || raw.field === 'naReason' || raw.field === 'reviewNote' || raw.field === 'staffName') && typeof raw.value === 'string' && typeof raw.at === 'string';
      if (valid && raw.field === 'staffName') {
        const p = raw as PendingText & { value: string; at: string };
        const stored = await db.staff.get(p.itemId);
        if (stored && stored.name !== p.value.trim() && stored.updatedAt < p.at) {
          await updateStaff(p.itemId, { name: p.value });
          recovered++;
        }
      } else if (valid && raw.field === 'reviewNote') {
        // The assessor's note on an item: the same guarantee as the institution's notes.
        const p = raw as PendingText & { value: string; at: string };
        const stored = await db.reviews.get([p.assessmentId, p.itemId]);
        if ((stored?.note ?? '') !== p.value && (!stored || stored.updatedAt < p.at)) {
          await saveReviewItem(p.assessmentId, p.itemId, { note: p.value });
          recovered++;
        }
      } else if (valid) {
        const p = raw as PendingText & { value: string; at: string };
        const stored = await db.answers.get([p.assessmentId, p.itemId]);
        const current = stored?.[p.field as 'note' | 'naReason'] ?? '';
        const patch = patchFor(p.field as 'note' | 'naReason', p.value);
        if (patch && current !== p.value && (!stored || stored.updatedAt < p.at)) {
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
