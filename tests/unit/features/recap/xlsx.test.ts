import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { aggregateRecap, recapSheetLayouts, rowsOfSource, selectRows } from '../../../../src/domain/recap';
import { buildRecapXlsx } from '../../../../src/features/recap/xlsx';
import { describe as describeItem, fixtureSources, resolve } from '../../domain/recap/fixtures';

const RECAP_DATE = '2026-11-22';
const recap = () =>
  aggregateRecap(
    selectRows(fixtureSources().flatMap((s) => rowsOfSource(s, { recapDate: RECAP_DATE, resolve }))).selected,
    {},
    RECAP_DATE,
    { describeItem },
  );

/** The produced workbook unzipped: a sheet's XML by its name, the shared strings, the bold cell styles. */
async function readWorkbook() {
  const result = recap();
  const files = unzipSync(new Uint8Array(await (await buildRecapXlsx(result)).arrayBuffer()));
  const text = (path: string) => strFromU8(files[path]!);
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  const sheetNames = [...workbook.matchAll(/<sheet [^>]*?r:id="([^"]+)"[^>]*?name="([^"]+)"/g)].map((m) => ({ rid: m[1]!, name: m[2]! }));
  const sheet = (name: string) => {
    const rid = sheetNames.find((s) => s.name === name)!.rid;
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    return text(`xl/${target}`);
  };
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]!);
  const styles = text('xl/styles.xml');
  const fonts = [.../<fonts[^>]*>(.*?)<\/fonts>/s.exec(styles)![1]!.matchAll(/<font>(.*?)<\/font>/gs)].map((m) => m[1]!.includes('<b/>'));
  const xfs = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)![1]!.matchAll(/<xf ([^>]*)>/g)].map((m) => Number(/fontId="(\d+)"/.exec(m[1]!)?.[1] ?? 0));
  const isBold = (s: number) => fonts[xfs[s]!] === true;
  return { result, workbook, sheetNames: sheetNames.map((s) => s.name), sheet, strings, isBold };
}

/** Cells of one row of a sheet's XML: reference → { value, shared string?, style }. */
function rowCells(xml: string, r: number) {
  const row = new RegExp(`<row r="${r}"(?:/>|[^>]*>(.*?)</row>)`, 's').exec(xml);
  if (!row) return null;
  return Object.fromEntries(
    [...(row[1] ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(?:<v>([^<]*)<\/v>)?<\/c>/g)].map((m) => [
      m[1]!,
      { v: m[3] ?? '', shared: / t="s"/.test(m[2]!), style: Number(/ s="(\d+)"/.exec(m[2]!)?.[1] ?? 0) },
    ]),
  );
}

describe('recap spreadsheet, read back from the file', () => {
  it('has the notes sheet, then one sheet per table', async () => {
    const { result, sheetNames } = await readWorkbook();
    expect(sheetNames).toEqual(['Keterangan', ...recapSheetLayouts(result, ['Keterangan']).map((l) => l.name)]);
  });

  it('filters the header row of every table sheet, named as Excel names it', async () => {
    const { result, sheet, workbook } = await readWorkbook();
    const layouts = recapSheetLayouts(result, ['Keterangan']);
    for (const [i, l] of layouts.entries()) {
      const xml = sheet(l.name);
      expect(xml, l.name).toContain(`<autoFilter ref="${l.filterRef}"/>`);
      // The schema's order: after the sheet data.
      expect(xml.indexOf('<autoFilter')).toBeGreaterThan(xml.indexOf('</sheetData>'));
      expect(workbook).toMatch(new RegExp(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i + 1}" hidden="1">'${l.name}'!\\$A\\$1:\\$[A-Z]+\\$\\d+</definedName>`));
    }
    expect(sheet('Rekap per provinsi')).toContain('<autoFilter ref="A1:R3"/>');
    expect(sheet('Keterangan')).not.toContain('<autoFilter');
  });

  it('writes the column widths from the longest cell, and freezes the header row and the first column', async () => {
    const { sheet } = await readWorkbook();
    const xml = sheet('Daftar lembaga');
    const widths = [...xml.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) => Number(m[2]));
    expect(widths).toHaveLength(16);
    expect(widths[0]).toBe(22);
    expect(widths[7]).toBe(39);
    expect(xml).toMatch(/<pane ySplit="1" xSplit="1" topLeftCell="B2"[^>]*state="frozen"/);
  });

  it('sets the total row apart: after one empty row, bold, outside the filter; numbers are numbers', async () => {
    const { sheet, strings, isBold } = await readWorkbook();
    const xml = sheet('Rekap per provinsi');
    const header = rowCells(xml, 1)!;
    expect(strings[Number(header.A!.v)]).toBe('Provinsi');
    expect(isBold(header.A!.style)).toBe(true);
    const jabar = rowCells(xml, 2)!;
    expect(strings[Number(jabar.A!.v)]).toBe('Jawa Barat');
    expect(isBold(jabar.A!.style)).toBe(false);
    // Jumlah lembaga (B) of Jawa Barat: the number 2, not a text.
    expect(jabar.B).toMatchObject({ v: '2', shared: false });
    expect(rowCells(xml, 3)).not.toBeNull();
    // Row 4 is empty.
    expect(Object.keys(rowCells(xml, 4) ?? {})).toEqual([]);
    const total = rowCells(xml, 5)!;
    expect(strings[Number(total.A!.v)]).toBe('Jumlah');
    expect(total.B).toMatchObject({ v: '3', shared: false });
    expect(isBold(total.A!.style) && isBold(total.B!.style)).toBe(true);
    // Kelengkapan (%) (column K) of the total: 37 of 38 items, 97.4 as a number.
    expect(total.K).toMatchObject({ v: '97.4', shared: false });
    expect(rowCells(xml, 6)).toBeNull();
  });

  it('keeps decimal numbers as numbers in the institution list (Excel shows them with the reader\'s decimal comma)', async () => {
    const { sheet, strings } = await readWorkbook();
    const xml = sheet('Daftar lembaga');
    const rows = [2, 3, 4].map((r) => rowCells(xml, r)!);
    // Skor total is column G.
    const totals = rows.map((r) => r.G);
    expect(totals.every((c) => c && !c.shared)).toBe(true);
    expect(totals.map((c) => c!.v).sort()).toEqual(['100', '51.8', '66.7']);
    // The period is text, as in the table.
    expect(strings[Number(rows[0]!.E!.v)]).toMatch(/^\d{4}$/);
    expect(rows[0]!.E!.shared).toBe(true);
  });
});
