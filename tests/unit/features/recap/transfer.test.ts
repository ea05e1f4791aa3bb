import { describe, expect, it } from 'vitest';
import { rowsOfSource } from '../../../../src/domain/recap';
import { packResults, packRows, unpackResults, unpackRows } from '../../../../src/features/recap/transfer';
import type { StoredResult } from '../../../../src/features/recap/process';
import { generateBundles } from '../../../../scripts/generate-bundles';

describe('recap rows packed for the trip from a worker to the page', () => {
  it('come back equal to the originals after a structured clone (gaps, gains, empty gaps)', async () => {
    const gen = await generateBundles(8, { seed: 4 });
    const rows = gen.flatMap((g) => rowsOfSource({ id: g.bundle.integrity.hash, fileName: g.fileName, importedAt: '2026-11-22T00:00:00.000Z', bundle: g.bundle }, { recapDate: '2026-11-22' }));
    expect(rows.some((r) => r.gaps.length > 0)).toBe(true);
    const withEmpty = [...rows, { ...rows[0]!, gaps: [] }];
    const packed = packRows(withEmpty);
    // The packed form holds no gap objects for rows that have gaps.
    expect(packed.filter((r) => Array.isArray(r.gaps) && r.gaps.length > 0)).toEqual([]);
    expect(unpackRows(structuredClone(packed))).toEqual(withEmpty);
  });

  it('leaves a row whose item id contains the separator unpacked (still equal)', () => {
    const row = { gaps: [{ itemId: 'A\nB', gain: 1.5 }, { itemId: 'C-1.1', gain: 0.1 + 0.2 }] } as never;
    expect(unpackRows(structuredClone(packRows([row])))).toEqual([row]);
  });

  it('packs the rows of accepted files and passes rejections through', async () => {
    const gen = await generateBundles(2, { seed: 5 });
    const rows = rowsOfSource({ id: 'h', fileName: 'a.json', importedAt: '', bundle: gen[0]!.bundle }, { recapDate: '2026-11-22' });
    const results: StoredResult[] = [
      { ok: true, fileName: 'a.json', id: 'h', added: true, rows },
      { ok: false, fileName: 'b.json', reason: 'Berkas kosong.', quota: false },
    ];
    expect(unpackResults(structuredClone(packResults(results)))).toEqual(results);
  });
});
