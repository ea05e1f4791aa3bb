import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/data/db';
import { clearRecapSources, countRecapSources } from '../../../../src/data/recap';
import { importRecapFiles, rebuildRecapRows } from '../../../../src/features/recap/importFiles';
import { generateBundles } from '../../../../scripts/generate-bundles';

const file = (name: string, text: string) => new File([text], name, { type: name.endsWith('.json') ? 'application/json' : '' });

afterEach(async () => {
  await clearRecapSources();
});

describe('importing recap files (page-thread fallback, as in tests there are no workers)', () => {
  it('accepts valid files, marks the copy a duplicate of the first, rejects corrupt and foreign files, and stores nothing for them', async () => {
    const gen = await generateBundles(3, { seed: 9, duplicateShare: 0 });
    const files = [
      ...gen.map((g) => file(g.fileName, g.text)),
      file('salinan.json', gen[0]!.text),
      file('rusak.json', gen[1]!.text.slice(0, 300)),
      file('foto.jpg', 'xx'),
    ];
    const progress: number[] = [];
    const { outcomes, rows } = await importRecapFiles(files, '2026-11-22', (done) => progress.push(done));
    expect(outcomes.map((o) => [o.fileName, o.status])).toEqual([
      [gen[0]!.fileName, 'diterima'],
      [gen[1]!.fileName, 'diterima'],
      [gen[2]!.fileName, 'diterima'],
      ['salinan.json', 'duplikat'],
      ['rusak.json', 'ditolak'],
      ['foto.jpg', 'ditolak'],
    ]);
    expect(outcomes[3]!.reason).toContain(gen[0]!.fileName);
    expect(outcomes[4]!.reason).toMatch(/terpotong/);
    expect(outcomes[5]!.reason).toMatch(/tidak didukung/);
    expect(progress.at(-1)).toBe(files.length);
    expect(rows).toHaveLength(3);
    expect(await countRecapSources()).toBe(3);

    // Stored without images, under the bundle hash, keyed by institution + period.
    const stored = await db.recapSources.get(gen[0]!.bundle.integrity.hash);
    expect(stored?.fileName).toBe(gen[0]!.fileName);
    expect(stored?.key).toBe(`${gen[0]!.bundle.institutions[0]!.id}|2026`);

    // The recap is rebuilt from the stored sources with the same rows.
    const rebuilt = await rebuildRecapRows('2026-11-22', () => undefined);
    expect(rebuilt.map((r) => [r.sourceId, r.total]).sort()).toEqual(rows.map((r) => [r.sourceId, r.total]).sort());

    // Importing again: everything valid is a duplicate; nothing changes.
    const again = await importRecapFiles([file('lagi.json', gen[1]!.text)], '2026-11-22', () => undefined);
    expect(again.outcomes[0]).toMatchObject({ status: 'duplikat', reason: 'Berkas yang sama sudah ada di rekap.' });
    expect(await countRecapSources()).toBe(3);
  });
});
