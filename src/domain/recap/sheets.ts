import { csvNumber, numericColumns, recapTables, type Cell, type RecapTable } from './tables';
import type { RecapResult } from './types';

/** Column widths in characters (Excel's unit): never narrower than this, never wider (longer text wraps). */
export const MIN_COLUMN_WIDTH = 8;
export const MAX_COLUMN_WIDTH = 60;
/** A header longer than this wraps (its row grows) instead of widening a column of short numbers. */
const HEADER_LINE = 18;

/**
 * One recap table laid out as a spreadsheet sheet: row 1 the header (with the autofilter), then the data rows; a
 * table's "Jumlah" row comes after one empty row, outside the filter range, so filtering or sorting never moves it.
 */
export interface RecapSheetLayout {
  tableId: string;
  /** At most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
  name: string;
  header: string[];
  rows: Cell[][];
  total: Cell[] | null;
  numeric: boolean[];
  /** Width of each column in characters, from its longest cell, within MIN_COLUMN_WIDTH..MAX_COLUMN_WIDTH. */
  widths: number[];
  /** Columns with a cell longer than the widest column: their cells wrap. */
  wrap: boolean[];
  /** The autofilter range, header and data rows only: "A1:R3". */
  filterRef: string;
  /** 1-based row of the total, or null. */
  totalRow: number | null;
}

/** "A", …, "Z", "AA", … for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The text a cell shows in Excel (General format): numbers as in the CSV, without thousands separators. */
const shownText = (c: Cell) => (c === null ? '' : typeof c === 'number' ? csvNumber(c) : c);

/** Longest line of a text (a cell may hold line breaks). */
const longestLine = (s: string) => Math.max(0, ...s.split(/\r?\n/).map((l) => [...l].length));

function headerWidth(h: string): number {
  const longestWord = Math.max(0, ...h.split(/\s+/).map((w) => [...w].length));
  return Math.max(longestWord, Math.min([...h].length, HEADER_LINE));
}

/** Width of each column from its longest cell (header by its longest word, as it wraps), plus 2, capped. */
export function columnWidths(t: RecapTable): number[] {
  const all = t.total ? [...t.rows, t.total] : t.rows;
  return t.columns.map((h, j) => {
    const longest = Math.max(headerWidth(h), ...all.map((r) => longestLine(shownText(r[j] ?? null))));
    return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest + 2));
  });
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
export function sheetName(title: string, taken: ReadonlySet<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').slice(0, 31).trim() || 'Tabel';
  let name = base;
  for (let i = 2; [...taken].some((n) => n.toLowerCase() === name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  return name;
}

/** Every table of the recap as a sheet, in reading order; `reserved` are names already used (the notes sheet). */
export function recapSheetLayouts(result: RecapResult, reserved: readonly string[] = []): RecapSheetLayout[] {
  const taken = new Set(reserved);
  return recapTables(result).map((t) => {
    const name = sheetName(t.title, taken);
    taken.add(name);
    const widths = columnWidths(t);
    const all = t.total ? [...t.rows, t.total] : t.rows;
    const wrap = t.columns.map((_, j) => all.some((r) => longestLine(shownText(r[j] ?? null)) + 2 > MAX_COLUMN_WIDTH));
    const lastColumn = columnLetter(Math.max(0, t.columns.length - 1));
    return {
      tableId: t.id,
      name,
      header: t.columns,
      rows: t.rows,
      total: t.total ?? null,
      numeric: numericColumns(t),
      widths,
      wrap,
      filterRef: `A1:${lastColumn}${1 + t.rows.length}`,
      totalRow: t.total ? t.rows.length + 3 : null,
    };
  });
}
