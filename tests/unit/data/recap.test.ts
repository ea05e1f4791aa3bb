import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addRecapSources, allRecapSourceIds, clearRecapSources, getRecapSources, recapSourceIdsByImport, type StoredRecapSource } from '../../../src/data/recap';
import { generateBundles } from '../../../scripts/generate-bundles';

afterEach(async () => {
  await clearRecapSources();
});

const source = (bundle: StoredRecapSource['bundle'], fileName: string, importedAt: string): StoredRecapSource => ({
  id: bundle.integrity.hash,
  key: 'k',
  fileName,
  importedAt,
  bundle,
});

describe('recap sources store', () => {
  it('adds new sources, never overwrites a stored one, reads them back in import order, and clears', async () => {
    const [a, b] = (await generateBundles(2, { seed: 4, duplicateShare: 0 })).map((g) => g.bundle);
    expect(await addRecapSources([source(a!, 'a.json', '2026-11-22T10:00:00Z')])).toEqual([true]);
    expect(await addRecapSources([source(a!, 'a-copy.json', '2026-11-22T09:00:00Z'), source(b!, 'b.json', '2026-11-22T11:00:00Z')])).toEqual([false, true]);
    const stored = await getRecapSources([a!.integrity.hash]);
    expect(stored[0]!.fileName).toBe('a.json');
    expect(await recapSourceIdsByImport()).toEqual([a!.integrity.hash, b!.integrity.hash]);
    expect((await allRecapSourceIds()).size).toBe(2);
    await clearRecapSources();
    expect((await allRecapSourceIds()).size).toBe(0);
  });
});

describe('recap sources read back', () => {
  it('a stored row that is not a valid source (an object as its file name) is left out, the others are read', async () => {
    const [a, b] = (await generateBundles(2, { seed: 5, duplicateShare: 0 })).map((g) => g.bundle);
    const { db } = await import('../../../src/data/db');
    await addRecapSources([source(a!, 'a.json', '2026-11-01T00:00:00.000Z')]);
    await db.recapSources.put({ ...source(b!, 'b.json', '2026-11-02T00:00:00.000Z'), fileName: { toString: 1 } as unknown as string });
    const read = await getRecapSources([a!.integrity.hash, b!.integrity.hash]);
    expect(read.map((r) => r.fileName)).toEqual(['a.json']);
  });
});
