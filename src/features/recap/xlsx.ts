import type { CellObject, Feature, Row, Sheet } from 'write-excel-file/browser';

/** What the browser build of write-excel-file accepts as file content (its FileContent type is not exported). */
type Content = File | Blob | ArrayBuffer;
import { filterDescription, recapSheetLayouts, type Cell, type RecapResult, type RecapSheetLayout } from '../../domain/recap';

const NOTES_SHEET = 'Keterangan';

function dataCell(c: Cell, numeric: boolean, wrap: boolean): CellObject | null {
  if (c === null) return null;
  // Numbers stay numbers (Excel sums, sorts and formats them in the reader's locale); text is written as text, never
  // as a formula.
  return typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String, ...(wrap ? { wrap: true } : {}), ...(numeric ? { align: 'right' } : {}) };
}

function tableSheet(l: RecapSheetLayout): Sheet<Content> {
  const header: Row = l.header.map((h, j) => ({
    value: h,
    type: String,
    fontWeight: 'bold',
    wrap: true,
    alignVertical: 'bottom',
    bottomBorderStyle: 'thin',
    ...(l.numeric[j] ? { align: 'right' as const } : {}),
  }));
  const data: Row[] = [header, ...l.rows.map((r) => r.map((c, j) => dataCell(c, l.numeric[j]!, l.wrap[j]!)))];
  if (l.total) {
    // One empty row, then the total in bold under a line: outside the autofilter range.
    data.push(l.header.map(() => null));
    data.push(l.total.map((c) => ({ ...(dataCell(c, false, false) ?? { value: '' }), fontWeight: 'bold', topBorderStyle: 'thin' })));
  }
  return { sheet: l.name, columns: l.widths.map((width) => ({ width })), stickyRowsCount: 1, stickyColumnsCount: 1, data };
}

/** A sheet name quoted for a formula reference: 'Rekap per provinsi'!$A$1:$R$3. */
const absoluteRef = (sheet: string, ref: string) => `'${sheet.replace(/'/g, "''")}'!${ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;

/**
 * The regional recap as a workbook: a notes sheet (the filter and the date), then one sheet per table with the
 * header frozen and filterable, columns as wide as their longest cell (capped, longer text wraps), numbers as
 * numbers, and the "Jumlah" row after an empty row, in bold, outside the filter range.
 *
 * write-excel-file has no autofilter option; its "features" hook adds the <autoFilter> element in the order the
 * worksheet schema wants and, as Excel itself does, the hidden _xlnm._FilterDatabase name of each filtered range.
 * Both modules load only when a spreadsheet is asked for.
 */
export async function buildRecapXlsx(result: RecapResult): Promise<Blob> {
  const [{ default: writeXlsxFile }, xml] = await Promise.all([import('write-excel-file/browser'), import('write-excel-file/utility')]);
  const layouts = recapSheetLayouts(result, [NOTES_SHEET]);
  const notes: Sheet<Content> = {
    sheet: NOTES_SHEET,
    columns: [{ width: 100 }],
    data: [
      [{ value: 'Rekap wilayah — Swanilai Panti', fontWeight: 'bold' }],
      [{ value: filterDescription(result), wrap: true }],
      [{ value: 'Baris "Jumlah" setiap tabel ada di bawah satu baris kosong, di luar rentang filter, sehingga tidak ikut tersaring atau terurut.', wrap: true }],
    ],
  };
  // By the sheet's index in the workbook (the notes sheet is 0).
  const filters = [null, ...layouts.map((l) => ({ sheet: l.name, ref: l.filterRef }))];
  const autoFilter: Feature<Content> = {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content, _options, { sheetIndex }) => {
            const filter = filters[sheetIndex];
            if (!filter || xml.findElement(content, 'autoFilter')) return content;
            return xml.insertElementMarkupAccordingToOrderOfSiblings(
              content,
              xml.getSelfClosingTagMarkup('autoFilter', { ref: filter.ref }),
              xml.getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet')!,
              'worksheet',
            );
          },
        },
        'xl/workbook.xml': {
          transform: (content) => {
            const names = filters
              .map((f, localSheetId) =>
                f
                  ? `${xml.getOpeningTagMarkup('definedName', { name: '_xlnm._FilterDatabase', localSheetId, hidden: 1 })}${xml.sanitizeTextContent(absoluteRef(f.sheet, f.ref))}${xml.getClosingTagMarkup('definedName')}`
                  : '',
              )
              .join('');
            const existing = xml.findElement(content, 'definedNames');
            if (!existing) return xml.insertElementMarkupAccordingToOrderOfSiblings(content, `<definedNames>${names}</definedNames>`, xml.getOrderOfSiblings('xl/workbook.xml', 'workbook')!, 'workbook');
            if (existing.selfClosingTag) return xml.replaceElement(content, existing, `<definedNames>${names}</definedNames>`);
            return xml.appendMarkupInsideElement(content, existing, names);
          },
        },
      },
    },
  };
  return writeXlsxFile([notes, ...layouts.map(tableSheet)], { features: [autoFilter] }).toBlob();
}
