import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { databaseInterruption, startDatabase } from '../../../src/data/startup';
import { openRaw } from './fixtures';

describe('startDatabase', () => {
  it('opens once per page, and an older tab holding the database is reported to a screen that looks later', async () => {
    const older = await openRaw(db.name, 10); // an old tab that never lets go by itself
    const first = startDatabase();
    expect(startDatabase()).toBe(first);
    await new Promise((r) => setTimeout(r, 50));
    // A screen rendering only now (after the event) still sees it, and hears of the next one.
    expect(databaseInterruption.get()).toBe('blocked');
    let told = 0;
    const stop = databaseInterruption.subscribe(() => told++);
    older.close();
    expect(await first).toEqual({ ok: true });
    expect(db.isOpen()).toBe(true);
    stop();
    expect(told).toBe(0);
  });
});
