import { downloadBlob } from '../../ui/download';
import { recapCsvFiles, recapFileNames, type RecapResult } from '../../domain/recap';

/** One CSV per table, in one .zip (fflate, loaded only when asked for): each opens as columns in Excel. */
export async function exportCsv(result: RecapResult): Promise<void> {
  const { zipSync, strToU8 } = await import('fflate');
  const files = Object.fromEntries(recapCsvFiles(result).map((f) => [f.name, strToU8(f.text)]));
  downloadBlob(new Blob([zipSync(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), recapFileNames(result).csvZip);
}

/** The spreadsheet (src/features/recap/xlsx.ts, loaded only when asked for). */
export async function exportXlsx(result: RecapResult): Promise<void> {
  const { buildRecapXlsx } = await import('./xlsx');
  downloadBlob(await buildRecapXlsx(result), recapFileNames(result).xlsx);
}

export async function exportPdf(result: RecapResult): Promise<void> {
  const { renderRecapPdf } = await import('../../pdf/recap');
  downloadBlob(await renderRecapPdf(result), recapFileNames(result).pdf);
}
