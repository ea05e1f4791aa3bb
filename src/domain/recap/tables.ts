import { formatNumberId } from '../indicators/format';
import { RECAP_INDICATORS, typeCountMeta, typeShortName, type RecapIndicatorMeta } from './metadata';
import type { GradeKey, RecapFigures, RecapGroup, RecapResult } from './types';

export type Cell = string | number | null;

/** A table of the recap, rendered the same way on screen, in CSV, in the spreadsheet and in the PDF. */
export interface RecapTable {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
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
    rows: [...groups.map((g) => [g.label, ...groupCells(g.figures)]), ['Jumlah', ...groupCells(overall)]],
  };
}

export function filterDescription(result: RecapResult): string {
  const f = result.filter;
  return [
    `Provinsi: ${f.province || 'semua'}`,
    `Kabupaten/kota: ${f.kabupaten || 'semua'}`,
    `Jenis: ${f.type ? typeShortName(f.type) : 'semua'}`,
    `Periode: ${f.period || 'terbaru per lembaga'}`,
    `Tanggal rekap: ${result.recapDate}`,
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
 * decimal separators of the id-ID locale), UTF-8 with a BOM. No "sep=" line: with it Excel ignores the BOM.
 */
function csvCell(c: Cell): string {
  if (c === null) return '';
  const s = typeof c === 'number' ? String(c).replace('.', ',') : neutraliseFormula(c);
  return /[";\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (cells: readonly Cell[]) => cells.map(csvCell).join(';');

/** One CSV file of one table: the filter line, the header, the rows. */
export function tableCsv(result: RecapResult, t: RecapTable): string {
  const lines = [csvLine([`${t.title} — ${filterDescription(result)}`]), csvLine(t.columns), ...t.rows.map(csvLine)];
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
    .slice(0, 40);

/**
 * The file name of an export: the filter and the local date, so a Jawa Barat export and an all-region export do
 * not overwrite each other. E.g. "rekap-wilayah-jawa-barat-lksa-2026-12-01".
 */
export function recapFileBase(result: RecapResult): string {
  const f = result.filter;
  const parts = [f.province, f.kabupaten, f.type ? typeShortName(f.type) : '', f.period].filter(Boolean).map((x) => slug(String(x)));
  return ['rekap-wilayah', ...(parts.length ? parts : ['semua']), result.recapDate].join('-');
}
