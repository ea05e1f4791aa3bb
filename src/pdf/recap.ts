import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { formatNumberId } from '../domain/indicators/format';
import { formatDateId } from '../domain/format';
import { filterDescription, numericColumns, recapTables, type Cell, type RecapResult } from '../domain/recap';
import { toWinAnsi } from './text';

/** Standard fonts cover WinAnsi only: spell out the few symbols the recap uses, then map the rest. */
const safe = (text: string) => toWinAnsi(text.replace(/Σ\s?/g, 'jumlah ').replace(/≥/g, '>=').replace(/≤/g, '<='));

/** A cell as printed: numbers the Indonesian way (decimal comma, "1.234" grouping), like the screen. */
const printed = (c: Cell) => (c === null ? '-' : typeof c === 'number' ? formatNumberId(c) : safe(c));

/**
 * The regional recap as a landscape A4 PDF: every table of the recap, with the filter and date on every page;
 * numeric columns right-aligned (header too), a grouped table's "Jumlah" row as its bold foot on its last page.
 */
export function buildRecapPdf(result: RecapResult): jsPDF {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: 'Rekap wilayah', subject: 'Rekap wilayah panti sosial', creator: 'Swanilai Panti' });
  const pageWidth = doc.internal.pageSize.getWidth();
  doc.setFontSize(16);
  doc.text('Rekap wilayah', 14, 16);
  doc.setFontSize(9);
  doc.text(doc.splitTextToSize(safe(filterDescription(result)), pageWidth - 28), 14, 23);
  const pageHeight = doc.internal.pageSize.getHeight();
  let y = 32;
  for (const table of recapTables(result)) {
    if (y > pageHeight - 40) {
      doc.addPage();
      y = 18;
    }
    doc.setFontSize(12);
    doc.text(safe(table.title), 10, y);
    const wide = table.columns.length > 8;
    const numeric = numericColumns(table);
    autoTable(doc, {
      startY: y + 3,
      head: [table.columns.map(safe)],
      body: table.rows.map((row) => row.map(printed)),
      ...(table.total ? { foot: [table.total.map(printed)], showFoot: 'lastPage' as const } : {}),
      theme: 'grid',
      styles: { fontSize: wide ? 6.5 : 8, cellPadding: 1.2, overflow: 'linebreak' },
      headStyles: { fillColor: [15, 118, 110], textColor: 255, fontStyle: 'bold' },
      footStyles: { fillColor: [226, 240, 237], textColor: 20, fontStyle: 'bold' },
      didParseCell: (cell) => {
        if (numeric[cell.column.index]) cell.cell.styles.halign = 'right';
      },
      margin: { left: 10, right: 10, top: 14, bottom: 14 },
      ...(table.id === 'indikator' ? { columnStyles: { 0: { cellWidth: 32 }, 1: { cellWidth: 36 }, 2: { cellWidth: 62 }, 3: { cellWidth: 52 } } } : {}),
    });
    y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 12;
  }
  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFontSize(8);
    doc.text(`Halaman ${p} dari ${pages} · Tanggal rekap ${formatDateId(result.recapDate)}`, pageWidth - 10, doc.internal.pageSize.getHeight() - 6, { align: 'right' });
  }
  return doc;
}

export async function renderRecapPdf(result: RecapResult): Promise<Blob> {
  return buildRecapPdf(result).output('blob');
}
