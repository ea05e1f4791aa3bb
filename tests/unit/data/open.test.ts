import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SwanilaiDb } from '../../../src/data/db';
import { onDatabaseInterrupted, openDatabase, type DatabaseInterruption } from '../../../src/data/open';
import { registerFlusher } from '../../../src/data/pendingSaves';
import { openRaw } from './fixtures';

describe('another tab changes the database version while this one runs', () => {
  it('a newer tab upgrading: this tab writes what is pending, lets go and says so', async () => {
    const name = `vc-${Math.random()}`;
    const database = new SwanilaiDb(name);
    expect(await openDatabase(database)).toEqual({ ok: true });
    const seen: DatabaseInterruption[] = [];
    const stop = onDatabaseInterrupted((w) => seen.push(w));
    const order: string[] = [];
    const unregister = registerFlusher(async () => {
      // The pending write still reaches the database before this tab closes it.
      await database.meta.put({ key: 'pending-write', value: 1 });
      order.push('flushed');
    });
    try {
      const newer = await openRaw(name, database.verno * 10 + 10); // the upgrade waits until this tab closed
      order.push('newer opened');
      expect(order).toEqual(['flushed', 'newer opened']);
      expect(seen).toEqual(['newer-tab']);
      expect(database.isOpen()).toBe(false);
      const tx = newer.transaction('meta', 'readonly');
      const row = await new Promise((r) => {
        const g = tx.objectStore('meta').get('pending-write');
        g.onsuccess = () => r(g.result);
      });
      expect(row).toEqual({ key: 'pending-write', value: 1 });
      newer.close();
    } finally {
      stop();
      unregister();
      await Dexie.delete(name);
    }
  });

  it('an older tab holding the database: this tab says it waits for it, then opens once it is closed', async () => {
    const name = `bl-${Math.random()}`;
    const older = await openRaw(name, 10); // an old tab that never lets go by itself
    const seen: DatabaseInterruption[] = [];
    const stop = onDatabaseInterrupted((w) => seen.push(w));
    const database = new SwanilaiDb(name);
    try {
      const opening = openDatabase(database);
      await new Promise((r) => setTimeout(r, 50));
      expect(seen).toEqual(['blocked']);
      older.close();
      expect(await opening).toEqual({ ok: true });
    } finally {
      stop();
      database.close();
      await Dexie.delete(name);
    }
  });
});
