import { deleteDurableCopy, putDurableCopy, readDurableCopies } from './durableCopy';

/**
 * Unsaved form input (a profile typed but not yet valid, an evidence form, a staff member not yet added), kept so
 * that a closed tab, a reload or a dead battery never loses what was typed. Kept in localStorage because its writes
 * are synchronous (they land even from a `pagehide` handler) and its reads too (a form starts from its draft without
 * waiting); a durable copy goes to the database at once, because Chromium writes localStorage to disk lazily and a
 * killed browser would lose it. At start-up `recoverDrafts` puts the newer of the two back in localStorage. A draft
 * is only ever restored into its form; the form's own validation still decides what is saved.
 */
export interface Draft<T> {
  values: T;
  savedAt: string;
}

/** As stored: `n` counts the draft's writes (the higher of two copies is newer); `cleared` marks a draft thrown away. */
interface StoredDraft<T> extends Draft<T> {
  n: number;
  cleared?: true;
}

const key = (name: string) => `swanilai.draft.${name}`;
const DB_PREFIX = 'draft:';
const counters = new Map<string, number>();

function nextN(name: string): number {
  let n = counters.get(name);
  if (n === undefined) {
    try {
      const raw = JSON.parse(localStorage.getItem(key(name)) ?? 'null') as { n?: unknown } | null;
      n = typeof raw?.n === 'number' ? raw.n : 0;
    } catch {
      n = 0;
    }
  }
  counters.set(name, n + 1);
  return n + 1;
}

export function saveDraft<T>(name: string, values: T): void {
  const stored: StoredDraft<T> = { values, savedAt: new Date().toISOString(), n: nextN(name) };
  try {
    localStorage.setItem(key(name), JSON.stringify(stored));
  } catch {
    // Storage full or unavailable: the durable copy is still tried; the form works either way.
  }
  putDurableCopy(`${DB_PREFIX}${name}`, stored);
}

export function loadDraft<T>(name: string): Draft<T> | null {
  try {
    const raw = localStorage.getItem(key(name));
    const parsed = raw ? (JSON.parse(raw) as StoredDraft<T>) : null;
    return parsed && typeof parsed === 'object' && !parsed.cleared && parsed.values && typeof parsed.values === 'object' ? { values: parsed.values, savedAt: parsed.savedAt } : null;
  } catch {
    return null;
  }
}

export function clearDraft(name: string): void {
  const had = (() => {
    try {
      return localStorage.getItem(key(name)) !== null || counters.has(name);
    } catch {
      return counters.has(name);
    }
  })();
  if (!had) return;
  try {
    localStorage.removeItem(key(name));
  } catch {
    // nothing to clear
  }
  // A tombstone, so that an older durable copy never brings the thrown-away draft back.
  putDurableCopy(`${DB_PREFIX}${name}`, { values: null, savedAt: new Date().toISOString(), n: nextN(name), cleared: true });
}

/** At start-up, before any form reads its draft: the newer of the localStorage and the database copy wins. */
export async function recoverDrafts(): Promise<void> {
  for (const [name, copy] of await readDurableCopies(DB_PREFIX)) {
    const durable = copy as StoredDraft<unknown> | null;
    const dn = typeof durable?.n === 'number' ? durable.n : 0;
    let local: StoredDraft<unknown> | null = null;
    try {
      local = JSON.parse(localStorage.getItem(key(name)) ?? 'null') as StoredDraft<unknown> | null;
    } catch {
      local = null;
    }
    const ln = typeof local?.n === 'number' ? local.n : 0;
    try {
      if (dn > ln && durable && !durable.cleared) localStorage.setItem(key(name), JSON.stringify(durable));
      else if (dn > ln) localStorage.removeItem(key(name));
    } catch {
      // localStorage unavailable: nothing to restore into
    }
    if (durable?.cleared || dn <= ln) await deleteDurableCopy(`${DB_PREFIX}${name}`);
  }
}
