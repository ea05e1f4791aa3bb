import { formatNumberId } from '../indicators/format';
import { formatDateId } from '../format';
import { RECAP_INDICATORS, typeCountMeta, typeShortName, type RecapIndicatorMeta } from './metadata';
import type { GradeKey, RecapFigures, RecapGroup, RecapResult } from './types';

export type Cell = string | number | null;

/** A table of the recap, rendered the same way on screen, in CSV, in the spreadsheet and in the PDF. */
export interface RecapTable {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /**
   * The "Jumlah" row of a grouped table, kept apart from the data rows so every output can set it apart (the screen's
   * table footer, after an empty row in CSV and the spreadsheet, outside the spreadsheet's filter range, the PDF's
   * table foot) and sorting or filtering the rows never moves it.
   */
  total?: Cell[];
}

/**
 * Which columns hold numbers: every non-empty cell of the column (rows and total) is a number, and at least one is.
 * The first column names the row and is never numeric. Used to right-align numbers under their headers.
 */
export function numericColumns(t: RecapTable): boolean[] {
  const all = t.total ? [...t.rows, t.total] : t.rows;
  return t.columns.map((_, j) => {
    if (j === 0) return false;
    let numbers = 0;
    for (const row of all) {
      const c = row[j];
      if (typeof c === 'string') return false;
      if (typeof c === 'number') numbers += 1;
    }
    return numbers > 0;
  });
}

export const GRADE_LABELS: Record<GradeKey, string> = {
  A: 'A',
  B: 'B',
  C: 'C',
  below: 'Belum memenuhi',
  'critical-unmet': 'Belum memenuhi syarat (butir kritis)',
  incomplete: 'Belum cukup terjawab untuk perkiraan',
  unscored: 'Tidak dinilai',
};

/** Rounded for tables (exact values stay in the domain). */
export const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

const pct = (n: number | null) => (n === null ? '—' : `${formatNumberId(n)}%`);

export function gradeSummary(grades: Record<GradeKey, number>): string {
  return (Object.keys(GRADE_LABELS) as GradeKey[])
    .filter((k) => (k !== 'unscored' && k !== 'incomplete') || grades[k] > 0)
    .map((k) => `${GRADE_LABELS[k]}: ${grades[k]}`)
    .join(' · ');
}

export interface IndicatorLine {
  meta: RecapIndicatorMeta;
  /** Display value, Indonesian formatting. */
  value: string;
}

/** The seed-sheet style indicators with their values for a group of institutions. */
export function indicatorLines(f: RecapFigures): IndicatorLine[] {
  return [
    { meta: RECAP_INDICATORS.institutions, value: `${f.institutions} lembaga (final ${f.finalCount}, draf ${f.draftCount})` },
    ...f.byType.map((t) => ({ meta: typeCountMeta(t.type), value: `${t.count} lembaga` })),
    { meta: RECAP_INDICATORS.tks, value: `${f.tks} orang${f.noStaff > 0 ? ` (${f.noStaff} lembaga belum mengisi data SDM)` : ''}` },
    {
      meta: RECAP_INDICATORS.empowerment,
      value: `${pct(f.empowerment.percent)} (${f.empowerment.numerator} dari ${f.empowerment.denominator} orang)`,
    },
    {
      meta: RECAP_INDICATORS.certified,
      value: `${f.certifiedSocialWorkers.numerator} orang dari ${f.certifiedSocialWorkers.denominator} pekerja sosial (${pct(f.certifiedSocialWorkers.percent)})`,
    },
    { meta: RECAP_INDICATORS.grades, value: gradeSummary(f.grades) },
    {
      meta: RECAP_INDICATORS.aspects,
      value: `Total: ${f.meanTotal === null ? '—' : formatNumberId(f.meanTotal)}; ${f.aspects.map((a) => `${a.name}: ${a.mean === null ? '—' : formatNumberId(a.mean)}`).join('; ')}`,
    },
    {
      meta: RECAP_INDICATORS.completion,
      value: `${pct(f.completion.percent)} (${f.completion.numerator} dari ${f.completion.denominator} butir)`,
    },
    { meta: RECAP_INDICATORS.expired, value: `${f.expiredDocs} dokumen di ${f.institutionsWithExpired} lembaga` },
    {
      meta: RECAP_INDICATORS.gaps,
      value: f.topGaps.slice(0, 3).map((g) => `${g.itemId} (${g.institutions} lembaga)`).join('; ') || '—',
    },
  ];
}

export const GROUP_COLUMNS = [
  'Jumlah lembaga',
  'Final',
  'Draf',
  'A',
  'B',
  'C',
  'Belum memenuhi',
  'Belum memenuhi syarat',
  'Rata-rata skor total',
  'Kelengkapan (%)',
  'Tenaga kesejahteraan sosial (orang)',
  'Mampu pemberdayaan (orang)',
  'SDM kesejahteraan sosial terdata (orang)',
  'Mampu pemberdayaan (%)',
  'Pekerja sosial bersertifikat (orang)',
  'Pekerja sosial terdata (orang)',
  'Dokumen kedaluwarsa',
];

export function groupCells(f: RecapFigures): Cell[] {
  return [
    f.institutions,
    f.finalCount,
    f.draftCount,
    f.grades.A,
    f.grades.B,
    f.grades.C,
    f.grades.below,
    f.grades['critical-unmet'],
    round1(f.meanTotal),
    round1(f.completion.percent),
    f.tks,
    f.empowerment.numerator,
    f.empowerment.denominator,
    round1(f.empowerment.percent),
    f.certifiedSocialWorkers.numerator,
    f.certifiedSocialWorkers.denominator,
    f.expiredDocs,
  ];
}

function groupTable(id: string, title: string, first: string, groups: RecapGroup[], overall: RecapFigures): RecapTable {
  return {
    id,
    title,
    columns: [first, ...GROUP_COLUMNS],
    rows: groups.map((g) => [g.label, ...groupCells(g.figures)]),
    total: ['Jumlah', ...groupCells(overall)],
  };
}

export function filterDescription(result: RecapResult): string {
  const f = result.filter;
  return [
    `Provinsi: ${f.province || 'semua'}`,
    `Kabupaten/kota: ${f.kabupaten || 'semua'}`,
    `Jenis: ${f.type ? typeShortName(f.type) : 'semua'}`,
    `Periode: ${f.period || 'terbaru per lembaga'}`,
    `Tanggal rekap: ${formatDateId(result.recapDate)}`,
  ].join(' · ');
}

/** Every table of the recap, in reading order. */
export function recapTables(result: RecapResult): RecapTable[] {
  const o = result.overall;
  return [
    {
      id: 'indikator',
      title: 'Indikator wilayah',
      columns: ['Indikator', 'Nilai', 'Konsep', 'Rumus', 'Satuan', 'Periode', 'Wali data', 'Kedalaman data', 'Sumber'],
      rows: indicatorLines(o).map(({ meta, value }) => [meta.name, value, meta.konsep, meta.rumus, meta.satuan, meta.periode, meta.waliData, meta.kedalaman, meta.sumber]),
    },
    groupTable('provinsi', 'Rekap per provinsi', 'Provinsi', result.byProvince, o),
    groupTable('kabupaten', 'Rekap per kabupaten/kota', 'Kabupaten/kota', result.byKabupaten, o),
    groupTable('jenis', 'Rekap per jenis lembaga', 'Jenis lembaga', result.byType, o),
    {
      id: 'aspek',
      title: 'Rata-rata skor per aspek',
      columns: ['Aspek', 'Rata-rata skor (0–100)', 'Jumlah lembaga dinilai'],
      rows: [['Skor total', round1(o.meanTotal), o.institutions - o.grades.unscored], ...o.aspects.map((a) => [`${a.id} — ${a.name}`, round1(a.mean), a.institutions])],
    },
    {
      id: 'skala',
      title: 'Skor total per versi instrumen',
      columns: ['Versi instrumen', 'Jumlah lembaga dinilai', 'Rata-rata skor total (0–100)'],
      rows: o.meanTotalByScale.map((x) => [x.scale, x.institutions, round1(x.meanTotal)]),
    },
    {
      id: 'celah',
      title: 'Celah yang paling umum',
      columns: ['No', 'Butir', 'Pernyataan', 'Jumlah lembaga', 'Σ tambahan poin bila tingkat 4'],
      rows: o.topGaps.map((g, i) => [i + 1, g.itemId, g.statement, g.institutions, round1(g.totalGain)]),
    },
    {
      id: 'lembaga',
      title: 'Daftar lembaga',
      columns: [
        'Lembaga',
        'Jenis',
        'Provinsi',
        'Kabupaten/kota',
        'Periode',
        'Status',
        'Skor total',
        'Versi instrumen',
        'Perkiraan peringkat',
        'Kelengkapan (%)',
        'Tenaga kesejahteraan sosial',
        'Mampu pemberdayaan',
        'SDM kesejahteraan sosial terdata',
        'Pekerja sosial bersertifikat',
        'Dokumen kedaluwarsa',
        'Berkas',
      ],
      rows: result.rows.map((r) => [
        r.institutionName,
        typeShortName(r.type),
        r.province,
        r.kabupaten,
        r.period,
        r.status === 'final' ? 'Final' : 'Draf',
        round1(r.total),
        r.scale,
        r.gradeLabel,
        r.itemCount === 0 ? null : round1((r.answered / r.itemCount) * 100),
        r.tks,
        r.empowerment.numerator,
        r.empowerment.denominator,
        r.certifiedSocialWorkers.numerator,
        r.expiredDocs,
        r.fileName,
      ]),
    },
  ];
}

/**
 * A text cell that a spreadsheet would read as a formula (= + - @, or a tab or carriage return before one) gets a
 * leading apostrophe, as OWASP advises against CSV injection: Excel, LibreOffice and Sheets then show it as text.
 * Numbers are numbers and never prefixed.
 */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * CSV as Indonesian Excel opens it by double-click: semicolon between columns and a decimal comma (the list and
 * decimal separators of the id-ID locale), UTF-8 with a BOM, CRLF line ends.
 *
 * No "sep=;" first line: with it several Excel versions decode the file in the ANSI code page and ignore the BOM, so
 * any text beyond ASCII (an en dash in a title, "Σ" in a header, accented names) comes out garbled; LibreOffice and
 * Sheets show it as a data row. The semicolon already is the list separator of an Indonesian Windows, so the line is
 * not needed there. Numbers carry no thousands separator: "1.234" is 1234 under id-ID and 1,234 elsewhere, "1234" is
 * 1234 everywhere.
 */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  let text = String(n);
  // Never exponent notation ("1e-7", "1e+21"): Excel under a comma locale would not read it back as the same number.
  if (/e/i.test(text)) text = n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return text.replace('.', ',');
}

function csvCell(c: Cell): string {
  if (c === null) return '';
  const s = typeof c === 'number' ? csvNumber(c) : neutraliseFormula(c);
  return /[";\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (cells: readonly Cell[]) => cells.map(csvCell).join(';');

/**
 * One CSV file of one table: the filter line, the header, the rows; a table's "Jumlah" row comes after an empty line,
 * so Excel's filter and sort (which take the block of rows around the header) leave it where it is.
 */
export function tableCsv(result: RecapResult, t: RecapTable): string {
  const lines = [csvLine([`${t.title} — ${filterDescription(result)}`]), csvLine(t.columns), ...t.rows.map(csvLine)];
  if (t.total) lines.push('', csvLine(t.total));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Every table of the recap as its own CSV file (one table per file, so each opens as columns in a spreadsheet). */
export function recapCsvFiles(result: RecapResult): { name: string; text: string }[] {
  const base = recapFileBase(result);
  return recapTables(result).map((t) => ({ name: `${base}-${t.id}.csv`, text: tableCsv(result, t) }));
}

/** All tables in one text, each as in its own file (kept for readers that want one file). */
export function recapCsv(result: RecapResult): string {
  return recapCsvFiles(result).map((f) => f.text.replace(/^\uFEFF/, '')).join('\r\n').replace(/^/, '\uFEFF');
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40)
    .replace(/-$/, '');

/**
 * The file name of an export without its extension: the filter and the recap date (the device's local calendar day
 * the recap was made for, the same "Tanggal rekap" the files print), so a Jawa Barat export and an all-region export
 * do not overwrite each other. E.g. "rekap-wilayah-jawa-barat-lksa-periode-2026-2026-12-01",
 * "rekap-wilayah-semua-2026-12-01".
 */
export function recapFileBase(result: RecapResult): string {
  const f = result.filter;
  const parts = [
    f.province ? slug(f.province) : '',
    f.kabupaten ? slug(f.kabupaten) : '',
    f.type ? slug(typeShortName(f.type)) : '',
    // "periode-" so the period is not read as part of the date ("...-2026-2026-12-01").
    f.period && slug(f.period) ? `periode-${slug(f.period)}` : '',
  ].filter(Boolean);
  return ['rekap-wilayah', ...(parts.length ? parts : ['semua']), result.recapDate].join('-');
}

/** The names of the three downloads of one recap. */
export function recapFileNames(result: RecapResult): { csvZip: string; xlsx: string; pdf: string } {
  const base = recapFileBase(result);
  return { csvZip: `${base}-csv.zip`, xlsx: `${base}.xlsx`, pdf: `${base}.pdf` };
}
