import { deleteDurableCopy, putDurableCopy, readDurableCopies } from './durableCopy';
import { isTextField, mergesOnConflict, readText, writeText, type TextPlace } from './textFields';
import { refusedForGood } from './errors';

/**
 * Typed text that is still waiting for its debounced IndexedDB write (a note, an N/A reason) is mirrored in
 * localStorage at every keystroke. A localStorage write is synchronous, so it lands even when the tab is closed or
 * reloaded within the debounce; an IndexedDB write started from `pagehide` was seen not to.
 *
 * Chromium writes localStorage to disk lazily (seconds later), so a browser killed within that delay (a dead battery,
 * the system killing the app) would lose the mirror too. Each mirror is therefore also put in the database's meta
 * table at once, one small write per field at a time (the newest text wins the queue); a committed IndexedDB write
 * survives a killed browser. Every mirror carries a per-field counter `n`, so the newer of the two copies is known
 * without a clock, and forgetting leaves a tombstone with its counter until the next start.
 *
 * No clock decides what is newer (a phone's clock can be set back). Each mirror keeps `base`: the field's text when
 * this edit began. At start-up, for every mirror: the stored text already equals it → forgotten; the stored text is
 * still the base → the typed text is written; the stored text changed meanwhile (another tab) → both are kept, the
 * typed text added below the stored one with a visible marker, so nothing is silently overwritten.
 */
/** Where a typed text belongs (src/data/textFields.ts lists the fields). */
export type PendingText = TextPlace;

const PREFIX = 'swanilai.pending.answer:';
const keyOf = (p: PendingText) => `${PREFIX}${p.assessmentId}|${p.itemId}|${p.field}`;

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

const DB_PREFIX = 'pendingText:';
/** The newest state of every field mirrored in this tab. */
const latest = new Map<string, MirrorEntry>();

function mirrorToDatabase(k: string): void {
  putDurableCopy(`${DB_PREFIX}${k}`, latest.get(k));
}

function readLocal(k: string): MirrorEntry | null {
  try {
    const raw = localStorage.getItem(k);
    return raw ? (JSON.parse(raw) as MirrorEntry) : null;
  } catch {
    return null;
  }
}

/** `before`: the field's text just before this keystroke (kept as the base of the first keystroke of an edit). */
export function rememberPendingText(p: PendingText, value: string, before?: string): void {
  const k = keyOf(p);
  const prior = latest.get(k) ?? readLocal(k);
  const live = prior && !prior.forgotten ? prior : null;
  const base = live && (typeof live.base === 'string' || live.base === null) ? live.base : (before ?? null);
  const entry: MirrorEntry = {
    assessmentId: p.assessmentId,
    itemId: p.itemId,
    field: p.field,
    value,
    base,
    n: (typeof prior?.n === 'number' ? prior.n : 0) + 1,
    at: new Date().toISOString(),
  };
  latest.set(k, entry);
  try {
    localStorage.setItem(k, JSON.stringify(entry));
  } catch {
    // Storage full or unavailable: the database copy and the debounced IndexedDB write still happen.
  }
  mirrorToDatabase(k);
}

/** Forgets the mirror once `value` is in IndexedDB (unless newer text was typed meanwhile: then `value` becomes its base). */
export function forgetPendingText(p: PendingText, value: string): void {
  const k = keyOf(p);
  const entry = latest.get(k) ?? readLocal(k);
  if (!entry || entry.forgotten) return;
  const next: MirrorEntry =
    entry.value === value
      ? { ...entry, n: entry.n + 1, forgotten: true }
      : // Newer text was typed while `value` was being written: `value` is what is stored now, so it is the new base.
        { ...entry, n: entry.n + 1, base: value };
  latest.set(k, next);
  try {
    if (next.forgotten) localStorage.removeItem(k);
    else localStorage.setItem(k, JSON.stringify(next));
  } catch {
    // nothing to forget
  }
  mirrorToDatabase(k);
}

/** Throws the mirror away whatever it holds (the typed text is abandoned, not written). */
export function dropPendingText(p: PendingText): void {
  const k = keyOf(p);
  const entry = latest.get(k) ?? readLocal(k);
  if (!entry || entry.forgotten) return;
  latest.set(k, { ...entry, n: entry.n + 1, forgotten: true });
  try {
    localStorage.removeItem(k);
  } catch {
    // nothing to drop
  }
  mirrorToDatabase(k);
}

/** The mirrors left by earlier runs: of the localStorage and the database copy of a field, the one with the higher counter. */
async function leftMirrors(): Promise<Map<string, MirrorEntry>> {
  const found = new Map<string, MirrorEntry>();
  const consider = (k: string, e: unknown) => {
    if (!e || typeof e !== 'object') return;
    const entry = e as MirrorEntry;
    const n = typeof entry.n === 'number' ? entry.n : 0;
    const had = found.get(k);
    if (!had || n > (typeof had.n === 'number' ? had.n : 0)) found.set(k, { ...entry, n });
  };
  for (const [k, v] of await readDurableCopies(DB_PREFIX)) consider(k, v);
  try {
    for (const k of Object.keys(localStorage).filter((x) => x.startsWith(PREFIX))) {
      try {
        consider(k, JSON.parse(localStorage.getItem(k) ?? 'null'));
      } catch {
        found.set(k, found.get(k) ?? ({} as MirrorEntry)); // unreadable: removed below
      }
    }
  } catch {
    // localStorage unavailable
  }
  return found;
}

async function dropMirror(k: string): Promise<void> {
  latest.delete(k);
  try {
    localStorage.removeItem(k);
  } catch {
    // unavailable
  }
  await deleteDurableCopy(`${DB_PREFIX}${k}`);
}

/** Writes every mirrored text the stored data does not hold yet (see the top of this file); returns how many were recovered. */
export async function recoverPendingTexts(): Promise<number> {
  let recovered = 0;
  const mirrors = await leftMirrors();
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
    if (!keep) await dropMirror(k);
  }
  return recovered;
}
