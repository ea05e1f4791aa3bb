import type { Sheet } from 'write-excel-file/browser';
import { downloadBlob } from '../../ui/download';
import { recapCsvFiles, recapFileNames, recapTables, filterDescription, type RecapResult } from '../../domain/recap';

/** One CSV per table, in one .zip (fflate, loaded only when asked for): each opens as columns in Excel. */
export async function exportCsv(result: RecapResult): Promise<void> {
  const { zipSync, strToU8 } = await import('fflate');
  const files = Object.fromEntries(recapCsvFiles(result).map((f) => [f.name, strToU8(f.text)]));
  downloadBlob(new Blob([zipSync(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), recapFileNames(result).csvZip);
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string) => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/** A spreadsheet with one sheet per table, written by write-excel-file (loaded only when asked for). */
export async function exportXlsx(result: RecapResult): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheets: Sheet<Blob>[] = recapTables(result).map((t) => ({
    sheet: sheetName(t.title),
    columns: t.columns.map((c, i) => ({ width: i === 0 ? 34 : Math.min(40, Math.max(10, c.length + 2)) })),
    stickyRowsCount: 1,
    data: [
      t.columns.map((c) => ({ value: c, fontWeight: 'bold' as const, wrap: true })),
      ...[...t.rows, ...(t.total ? [t.total] : [])].map((row) => row.map((cell) => (cell === null ? null : { value: cell }))),
    ],
  }));
  sheets.unshift({
    sheet: 'Keterangan',
    columns: [{ width: 100 }],
    stickyRowsCount: 0,
    data: [[{ value: 'Rekap wilayah — Swanilai Panti', fontWeight: 'bold' as const, wrap: false }], [{ value: filterDescription(result) }]],
  });
  const blob = await writeXlsxFile(sheets).toBlob();
  downloadBlob(blob, recapFileNames(result).xlsx);
}

export async function exportPdf(result: RecapResult): Promise<void> {
  const { renderRecapPdf } = await import('../../pdf/recap');
  downloadBlob(await renderRecapPdf(result), recapFileNames(result).pdf);
}
