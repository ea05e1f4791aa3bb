import { describe, expect, it } from 'vitest';
import { aggregateRecap, columnLetter, columnWidths, recapSheetLayouts, rowsOfSource, selectRows, sheetName, MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../../../../src/domain/recap';
import { describe as describeItem, fixtureSources, resolve } from './fixtures';

const RECAP_DATE = '2026-11-22';
const recap = () =>
  aggregateRecap(
    selectRows(fixtureSources().flatMap((s) => rowsOfSource(s, { recapDate: RECAP_DATE, resolve }))).selected,
    {},
    RECAP_DATE,
    { describeItem },
  );

describe('recap spreadsheet layout', () => {
  it('filters the header and data rows only, and puts the total after one empty row', () => {
    const layouts = Object.fromEntries(recapSheetLayouts(recap(), ['Keterangan']).map((l) => [l.tableId, l]));
    // 18 columns (A..R), header + 2 provinces.
    expect(layouts.provinsi!.filterRef).toBe('A1:R3');
    expect(layouts.provinsi!.totalRow).toBe(5);
    expect(layouts.provinsi!.total![0]).toBe('Jumlah');
    // 16 columns, header + 3 institutions, no total.
    expect(layouts.lembaga!.filterRef).toBe('A1:P4');
    expect(layouts.lembaga!.totalRow).toBeNull();
  });

  it('sizes each column from its longest cell (the header by its longest word), within the bounds', () => {
    const layouts = Object.fromEntries(recapSheetLayouts(recap()).map((l) => [l.tableId, l]));
    const lembaga = layouts.lembaga!;
    // "Standar Umum 1.x tanpa standar khusus" (37 characters) + 2.
    expect(lembaga.widths[lembaga.header.indexOf('Versi instrumen')]).toBe(39);
    // "LKSA "Satu", Bandung" (20) + 2.
    expect(lembaga.widths[0]).toBe(22);
    // A column of short numbers under a long header: the header wraps in lines of 18 characters (+ 2), rather than
    // widening the column to its 35 characters.
    const provinsi = layouts.provinsi!;
    expect(provinsi.widths[provinsi.header.indexOf('Tenaga kesejahteraan sosial (orang)')]).toBe(20);
    // A short header sets the width by itself: "Jumlah lembaga" (14) + 2.
    expect(provinsi.widths[provinsi.header.indexOf('Jumlah lembaga')]).toBe(16);
    // One-letter grade columns are not narrower than the minimum.
    expect(provinsi.widths[provinsi.header.indexOf('A')]).toBe(MIN_COLUMN_WIDTH);
    // The concept texts of the indicators are longer than the cap: capped, and they wrap.
    const indikator = layouts.indikator!;
    const konsep = indikator.header.indexOf('Konsep');
    expect(indikator.widths[konsep]).toBe(MAX_COLUMN_WIDTH);
    expect(indikator.wrap[konsep]).toBe(true);
    expect(lembaga.wrap.every((w) => !w)).toBe(true);
    for (const l of Object.values(layouts)) for (const w of l.widths) expect(w).toBeGreaterThanOrEqual(MIN_COLUMN_WIDTH), expect(w).toBeLessThanOrEqual(MAX_COLUMN_WIDTH);
  });

  it('measures numbers as Excel shows them, and counts the total row', () => {
    expect(columnWidths({ id: 'x', title: 'x', columns: ['N', 'Nilai'], rows: [['a', 1.5]], total: ['Jumlah', 123456789.25] })).toEqual([8, 14]);
  });

  it('names sheets as Excel allows: 31 characters, no reserved characters, unique', () => {
    expect(sheetName('Rekap per kabupaten/kota', new Set())).toBe('Rekap per kabupaten kota');
    expect(sheetName('Sebuah judul tabel yang jauh lebih panjang dari batas', new Set())).toHaveLength(31);
    expect(sheetName('Keterangan', new Set(['Keterangan']))).toBe('Keterangan 2');
    const names = recapSheetLayouts(recap(), ['Keterangan']).map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[^:\\/?*[\]]{1,31}$/);
  });

  it('letters columns past Z', () => {
    expect([0, 17, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'R', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
