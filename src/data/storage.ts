import { db } from './db';

export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const persisted = storage?.persisted ? await storage.persisted() : null;
  const estimate = storage?.estimate ? await storage.estimate() : undefined;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * After the first real save, ask the browser not to evict our data under storage pressure.
 * Asked once per device; the answer is recorded so a refusal is not asked again at every save. Called after a save
 * without waiting: it never rejects (a browser that cannot answer is simply asked again after a later save).
 */
export function requestPersistenceAfterFirstSave(): Promise<void> {
  return askOnce().catch(() => undefined);
}

async function askOnce(): Promise<void> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return;
  const asked = await db.meta.get('persistRequested');
  if (asked) return;
  const granted = await storage.persist();
  await db.meta.put({ key: 'persistRequested', value: { at: new Date().toISOString(), granted } });
}

