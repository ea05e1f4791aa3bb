// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/data/db';
import { requestPersistenceAfterFirstSave } from '../../../src/data/storage';

function fakeStorage(persist: () => Promise<boolean>) {
  const storage = { persist: vi.fn(persist), persisted: async () => false, estimate: async () => ({}) };
  vi.stubGlobal('navigator', { ...navigator, storage });
  return storage;
}

beforeEach(async () => {
  await db.meta.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('asking for persistent storage after the first save', () => {
  it('asks once per device and records the answer', async () => {
    const storage = fakeStorage(async () => true);
    await requestPersistenceAfterFirstSave();
    await requestPersistenceAfterFirstSave();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect((await db.meta.get('persistRequested'))?.value).toMatchObject({ granted: true });
  });

  it('never rejects (it runs after a save without being waited for); a browser that failed is asked again later', async () => {
    const storage = fakeStorage(async () => {
      throw new Error('not allowed');
    });
    await expect(requestPersistenceAfterFirstSave()).resolves.toBeUndefined();
    expect(await db.meta.get('persistRequested')).toBeUndefined();
    storage.persist.mockImplementation(async () => false);
    await requestPersistenceAfterFirstSave();
    expect(storage.persist).toHaveBeenCalledTimes(2);
    expect((await db.meta.get('persistRequested'))?.value).toMatchObject({ granted: false });
  });
});
