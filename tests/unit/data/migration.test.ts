import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FORMAT, SwanilaiDb } from '../../../src/data/db';
import { openDatabase } from '../../../src/data/open';
import { normaliseAnswer, normaliseAssessment } from '../../../src/data/normalise';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

/** Writes a database exactly as schema version 1 of the app did (no status, khusus, history; answers without note). */
async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    institutions: 'id, name',
    assessments: 'id, institutionId, updatedAt',
    answers: '[assessmentId+itemId], assessmentId',
    meta: 'key',
  });
  await v1.open();
  await v1.table('assessments').put({
    id: 'a1',
    institutionId: 'i1',
    period: '2025',
    standardId: 'standar-umum',
    standardVersion: '1.0.0',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
  });
  await v1.table('answers').bulkPut([
    { assessmentId: 'a1', itemId: 'KLB-1.1', level: 3, updatedAt: '2025-01-02T00:00:00.000Z' },
    { assessmentId: 'a1', itemId: 'KLB-1.2', level: null, na: true, naReason: 'Tidak relevan', updatedAt: '2025-01-02T00:00:00.000Z' },
  ]);
  await v1.table('meta').put({ key: 'dataFormat', value: 1 });
  v1.close();
}

describe('schema upgrade from version 1', () => {
  it('opens a version 1 database and fills the fields later versions added', async () => {
    const name = `v1-${Math.random()}`;
    await writeVersion1(name);
    const db = new SwanilaiDb(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ ok: true });
    expect(db.verno).toBe(2);

    const a = await db.assessments.get('a1');
    expect(a).toMatchObject({ status: 'draft', khususId: null, khususVersion: null, lastItemId: null, declaration: null, finalisedAt: null, history: [] });
    expect(normaliseAssessment(a).ok).toBe(true);

    const rows = await db.answers.where('assessmentId').equals('a1').sortBy('itemId');
    expect(rows).toEqual([
      { assessmentId: 'a1', itemId: 'KLB-1.1', level: 3, na: false, naReason: '', note: '', updatedAt: '2025-01-02T00:00:00.000Z' },
      { assessmentId: 'a1', itemId: 'KLB-1.2', level: null, na: true, naReason: 'Tidak relevan', note: '', updatedAt: '2025-01-02T00:00:00.000Z' },
    ]);
    expect(rows.every((r) => normaliseAnswer(r).ok)).toBe(true);
    expect((await db.meta.get('dataFormat'))?.value).toBe(DATA_FORMAT);
    // The new tables exist and are usable.
    expect(await db.staff.count()).toBe(0);
  });

  it('refuses data written by a newer app version (code newer-version), leaving it untouched', async () => {
    const name = `newer-${Math.random()}`;
    const db = new SwanilaiDb(name);
    opened.push(db);
    await db.open();
    await db.meta.put({ key: 'dataFormat', value: DATA_FORMAT + 1 });
    db.close();
    const again = new SwanilaiDb(name);
    opened.push(again);
    const result = await openDatabase(again);
    expect(result).toMatchObject({ ok: false, error: { code: 'newer-version' } });
    expect(!result.ok && result.error.code).toBe('newer-version');
    await again.open();
    expect((await again.meta.get('dataFormat'))?.value).toBe(DATA_FORMAT + 1);
  });
});
