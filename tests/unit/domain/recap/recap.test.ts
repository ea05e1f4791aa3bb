import { describe as group, expect, it } from 'vitest';
import {
  aggregateRecap,
  csvNumber,
  numericColumns,
  recapCsv,
  recapCsvFiles,
  recapFileBase,
  recapFileNames,
  recapTables,
  rowsOfSource,
  selectRows,
  indicatorLines,
  type RecapResult,
  type RecapRow,
} from '../../../../src/domain/recap';
import { describe, fixtureSources, resolve } from './fixtures';

const RECAP_DATE = '2026-11-22';
const rowsOf = () => fixtureSources().flatMap((s) => rowsOfSource(s, { recapDate: RECAP_DATE, resolve }));
const selected = () => selectRows(rowsOf()).selected;
const recap = (filter = {}) => aggregateRecap(selected(), filter, RECAP_DATE, { describeItem: describe });
const byInstitution = (rows: RecapRow[]) => Object.fromEntries(rows.map((r) => [r.institutionId, r]));

group('recap rows', () => {
  it('scores each assessment with its recorded standard (hand-computed totals)', () => {
    const rows = Object.fromEntries(rowsOf().map((r) => [r.sourceId, r]));
    expect(rows.s1!.total).toBe(100);
    expect(rows.s1!.gradeStatus).toBe('grade');
    expect(rows.s1!.grade).toBe('A');
    expect(rows.s4!.total).toBeCloseTo(362.5 / 7, 10);
    expect(rows.s4!.gradeStatus).toBe('below');
    expect(rows.s4!.aspects.map((a) => a.id)).toEqual(['KLB', 'SDM', 'SPR', 'PBY', 'PSD', 'MON', 'BNL']);
    expect(rows.s6!.total).toBeCloseTo(400 / 6, 10);
    expect(rows.s6!.gradeStatus).toBe('critical-unmet');
    expect([rows.s6!.answered, rows.s6!.itemCount]).toEqual([11, 12]);
  });

  it('counts staff figures from the roster: welfare roles only for TKS and empowerment; an empty roster is zero over zero', () => {
    const rows = Object.fromEntries(rowsOf().map((r) => [r.sourceId, r]));
    // s1: the juru masak is "empowered" but is not welfare staff, so 2 of 3 (not 3 of 4).
    expect(rows.s1!.tks).toBe(3);
    expect(rows.s1!.empowerment).toEqual({ numerator: 2, denominator: 3 });
    expect(rows.s1!.certifiedSocialWorkers).toEqual({ numerator: 1, denominator: 2 });
    expect(rows.s4!.staffCount).toBe(0);
    expect(rows.s4!.tks).toBe(0);
    expect(rows.s4!.empowerment).toEqual({ numerator: 0, denominator: 0 });
    expect(rows.s6!.certifiedSocialWorkers).toEqual({ numerator: 0, denominator: 0 });
  });

  it('counts evidence that expired before the recap date (not documents without an expiry, not future ones)', () => {
    const rows = Object.fromEntries(rowsOf().map((r) => [r.sourceId, r]));
    expect(rows.s1!.expiredDocs).toBe(1);
    expect(rows.s6!.expiredDocs).toBe(1);
    expect(rows.s4!.expiredDocs).toBe(0);
  });

  it('marks an assessment whose standard version this app does not know as unscored, without throwing', () => {
    const [s1] = fixtureSources();
    s1!.bundle.assessments[0]!.standardVersion = '9.9.9';
    const [row] = rowsOfSource(s1!, { recapDate: RECAP_DATE, resolve: () => ({ umum: null, khusus: null }) });
    expect(row!.standardKnown).toBe(false);
    expect(row!.total).toBeNull();
    expect(row!.gradeStatus).toBe('unscored');
    expect(row!.tks).toBe(3);
  });
});

group('selection (duplicates: same institution + period)', () => {
  it('keeps the latest FINAL over a later draft, the latest draft when none is final, and every period apart', () => {
    const { selected, superseded } = selectRows(rowsOf());
    expect(selected.map((r) => r.sourceId).sort()).toEqual(['s1', 's4', 's5', 's6']);
    expect(superseded.map((r) => r.sourceId).sort()).toEqual(['s2', 's3']);
    expect(byInstitution(selected.filter((r) => r.period === '2026')).i2!.status).toBe('draft');
  });

  it('gives the same selection whatever order the files were imported in', () => {
    const rows = rowsOf();
    const ids = (r: RecapRow[]) => r.map((x) => x.sourceId).sort();
    expect(ids(selectRows([...rows].reverse()).selected)).toEqual(ids(selectRows(rows).selected));
  });
});

group('regional figures (hand-computed)', () => {
  it('counts each institution once, with its latest period, by type', () => {
    const r = recap();
    expect(r.overall.institutions).toBe(3);
    expect(r.rows.map((x) => x.sourceId).sort()).toEqual(['s1', 's4', 's6']);
    expect(r.overall.byType).toEqual([
      { type: 'lksa', label: 'LKSA', count: 2 },
      { type: 'bina-laras', label: 'Panti Sosial Bina Laras', count: 1 },
    ]);
    expect([r.overall.finalCount, r.overall.draftCount]).toEqual([2, 1]);
    expect(r.periods).toEqual(['2026', '2025']);
  });

  it('distributes grade estimates and averages scores per aspect', () => {
    const o = recap().overall;
    expect(o.grades).toEqual({ A: 1, B: 0, C: 0, below: 1, 'critical-unmet': 1, incomplete: 0, unscored: 0 });
    // One of the three has a standar khusus module (BNL): its total is on another scale, so no mean mixes them.
    expect(o.meanTotal).toBeNull();
    expect(o.meanTotalByScale.map((x) => [x.scale, x.institutions])).toEqual([
      ['Standar Umum 1.x tanpa standar khusus', 2],
      ['Standar Umum 1.x + standar khusus', 1],
    ]);
    // The per-scale means still add up to the hand-computed totals: (100 + 362.5/7 + 400/6).
    expect(o.meanTotalByScale.reduce((s, x) => s + x.meanTotal * x.institutions, 0)).toBeCloseTo(100 + 362.5 / 7 + 400 / 6, 10);
    const aspect = Object.fromEntries(o.aspects.map((a) => [a.id, a]));
    expect(aspect.KLB!.mean).toBeCloseTo((100 + 62.5 + 62.5) / 3, 10); // 75
    expect(aspect.SDM!.mean).toBeCloseTo((100 + 50 + 75) / 3, 10); // 75
    expect(aspect.MON!.mean).toBeCloseTo((100 + 50 + 37.5) / 3, 10); // 62.5
    expect(aspect.BNL).toEqual({ id: 'BNL', name: 'Aspek BNL', mean: 50, institutions: 1 });
  });

  it('sums numerators and denominators (never averages percentages), including the institution with no staff', () => {
    const o = recap().overall;
    // Completion: 12 + 14 + 11 answered of 12 + 14 + 12 items = 37 / 38.
    expect(o.completion).toEqual({ numerator: 37, denominator: 38, percent: (37 / 38) * 100 });
    expect(o.staff).toBe(6);
    expect(o.tks).toBe(5);
    expect(o.noStaff).toBe(1);
    // Empowerment: (2 + 0 + 1) ÷ (3 + 0 + 2) = 60 %, not the mean of 66.7 % and 50 % (58.3 %).
    expect(o.empowerment).toEqual({ numerator: 3, denominator: 5, percent: 60 });
    expect(o.certifiedSocialWorkers).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect([o.expiredDocs, o.institutionsWithExpired]).toEqual([2, 2]);
  });

  it('ranks the most common gaps by institutions, then by the summed gain', () => {
    const gaps = recap().overall.topGaps;
    // MON-1.2: I2 at level 2 → 2 × (1/7 · 1/2 · 25) = 3.5714; I3 unanswered → 4 × (1/6 · 1/2 · 25) = 8.3333.
    expect(gaps[0]!.itemId).toBe('MON-1.2');
    expect(gaps[0]!.institutions).toBe(2);
    expect(gaps[0]!.totalGain).toBeCloseTo(25 / 7 + 25 / 3, 10);
    // KLB-1.1: I2 level 3 → 1.7857; I3 level 2 → 4.1667.
    expect(gaps[1]!.itemId).toBe('KLB-1.1');
    expect(gaps[1]!.totalGain).toBeCloseTo(25 / 14 + 25 / 6, 10);
    // The rest of the umum items tie (3.5714 + 2.0833) and are listed by id; BNL items (1 institution) come last.
    expect(gaps[2]!.itemId).toBe('KLB-1.2');
    expect(gaps.every((g) => !g.itemId.startsWith('BNL'))).toBe(true);
  });

  it('filters by province, kabupaten, type and period', () => {
    const jabar = recap({ province: 'Jawa Barat' }).overall;
    expect(jabar.institutions).toBe(2);
    expect(jabar.empowerment).toEqual({ numerator: 2, denominator: 3, percent: (2 / 3) * 100 });
    expect(recap({ kabupaten: 'Kabupaten Bogor' }).rows.map((r) => r.sourceId)).toEqual(['s4']);
    expect(recap({ type: 'lksa' }).overall.institutions).toBe(2);
    const y2025 = recap({ period: '2025' });
    expect(y2025.rows.map((r) => r.sourceId)).toEqual(['s5']);
    expect(y2025.overall.grades.A).toBe(1);
  });

  it('groups by province, kabupaten/kota and type with the same figures', () => {
    const r = recap();
    expect(r.byProvince.map((g) => [g.label, g.figures.institutions])).toEqual([
      ['Jawa Barat', 2],
      ['Jawa Tengah', 1],
    ]);
    expect(r.byKabupaten.map((g) => g.label)).toEqual(['Kabupaten Bogor, Jawa Barat', 'Kota Bandung, Jawa Barat', 'Kota Semarang, Jawa Tengah']);
    expect(r.byType.map((g) => [g.key, g.figures.tks])).toEqual([
      ['lksa', 5],
      ['bina-laras', 0],
    ]);
  });
});

group('indicator metadata and exports', () => {
  it('gives every indicator the seed sheet fields, and names the count by type like "Jumlah Panti Sosial Bina Laras"', () => {
    const lines = indicatorLines(recap().overall);
    for (const { meta } of lines) {
      for (const field of ['konsep', 'rumus', 'satuan', 'periode', 'waliData'] as const) expect(meta[field].length).toBeGreaterThan(0);
    }
    const names = lines.map((l) => l.meta.name);
    expect(names).toContain('Jumlah Panti Sosial Bina Laras');
    expect(names).toContain('Jumlah LKSA');
    const empowerment = lines.find((l) => l.meta.id === 'empowerment')!;
    expect(empowerment.value).toBe('60% (3 dari 5 orang)');
    expect(empowerment.meta.satuan).toBe('Persen');
  });

  it('writes one CSV per table as Indonesian Excel reads it: BOM, CRLF, semicolons, decimal comma, quoting', () => {
    const files = recapCsvFiles(recap());
    expect(files.map((f) => f.name)).toContain(`rekap-wilayah-semua-${RECAP_DATE}-lembaga.csv`);
    const list = files.find((f) => f.name.endsWith('-lembaga.csv'))!.text;
    expect(list.startsWith('\uFEFF')).toBe(true);
    expect(list).toContain('\r\n');
    // The name holds a quote and a comma: quoted (it would be anyway with a semicolon), inner quotes doubled.
    expect(list).toContain('"LKSA ""Satu"", Bandung";LKSA;Jawa Barat;Kota Bandung;2026;Final;100;');
    // Parsed as Excel does under a semicolon-list locale: every row has as many cells as the header.
    const rows = parseSemicolonCsv(list.replace(/^\uFEFF/, ''));
    const header = rows[1]!;
    for (const row of rows.slice(2)) expect(row.length).toBe(header.length);
    // Decimal comma in numbers.
    expect(files.find((f) => f.name.endsWith('-aspek.csv'))!.text).toMatch(/;\d+,\d;/);
    // The file names carry the filter, so a Jawa Barat export does not overwrite the all-region one.
    const west = recapCsvFiles(recap({ province: 'Jawa Barat' }));
    expect(west[0]!.name).toMatch(/^rekap-wilayah-jawa-barat-/);
    expect(recapCsv(recap()).startsWith('\uFEFF')).toBe(true);
    const tables = recapTables(recap());
    const provinsi = tables.find((t) => t.id === 'provinsi')!;
    // The total is kept apart from the data rows (so sorting or filtering the rows never moves it).
    expect(provinsi.rows.map((r) => r[0])).toEqual(['Jawa Barat', 'Jawa Tengah']);
    expect(provinsi.total!.slice(0, 2)).toEqual(['Jumlah', 3]);
    // Mampu pemberdayaan (%) of the total row is 60, computed from the sums.
    expect(provinsi.total![provinsi.columns.indexOf('Mampu pemberdayaan (%)')]).toBe(60);
  });

  it('every CSV, split as Excel does under a semicolon-list locale, has its table\'s columns, its rows, numbers with a decimal comma and the total after an empty line', () => {
    const result = recap();
    const tables = recapTables(result);
    const files = recapCsvFiles(result);
    expect(files.map((f) => f.name)).toEqual(tables.map((t) => `rekap-wilayah-semua-${RECAP_DATE}-${t.id}.csv`));
    for (const [i, t] of tables.entries()) {
      const text = files[i]!.text;
      expect(text.startsWith('\uFEFF'), t.id).toBe(true);
      // No "sep=;" line (it makes Excel ignore the BOM); CRLF only, and a CRLF at the end.
      expect(text.slice(1, 5)).not.toBe('sep=');
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(text.endsWith('\r\n')).toBe(true);
      const lines = parseSemicolonCsv(text.replace(/^\uFEFF/, ''));
      expect(lines[0]!.length, `${t.id}: the title line is one cell`).toBe(1);
      expect(lines[0]![0]).toContain(t.title);
      expect(lines[1], `${t.id}: header`).toEqual(t.columns);
      const body = lines.slice(2, 2 + t.rows.length);
      // Number cells read back as the same numbers, text cells as the same text (no cell shifts or splits).
      expect(body.map((r, k) => readAs(r, t.rows[k]!)), `${t.id}: rows`).toEqual(t.rows.map(blankNulls));
      if (t.total) {
        expect(lines[2 + t.rows.length], `${t.id}: empty line before the total`).toEqual(['']);
        expect(readAs(lines[3 + t.rows.length]!, t.total)).toEqual(blankNulls(t.total));
        expect(lines.length).toBe(4 + t.rows.length);
      } else expect(lines.length).toBe(2 + t.rows.length);
    }
    // A number as Excel reads it: MON's mean is 62,5 in the file and 62.5 once read.
    const aspek = parseSemicolonCsv(files.find((f) => f.name.endsWith('-aspek.csv'))!.text.replace(/^\uFEFF/, ''));
    const mon = aspek.find((r) => r[0]!.startsWith('MON'))!;
    expect(mon[1]).toBe('62,5');
    expect(excelValues(mon)[1]).toBe(62.5);
    // Completion 37 of 38 items: 97,4 in the province total row.
    const provinsi = parseSemicolonCsv(files.find((f) => f.name.endsWith('-provinsi.csv'))!.text.replace(/^\uFEFF/, ''));
    expect(provinsi.at(-1)![provinsi[1]!.indexOf('Kelengkapan (%)')]).toBe('97,4');
  });

  it('writes numbers without thousands separators or exponents', () => {
    expect([csvNumber(1234.5), csvNumber(-2.5), csvNumber(100), csvNumber(1e-7), csvNumber(1e21)]).toEqual(['1234,5', '-2,5', '100', '0,0000001', '1000000000000000000000']);
  });

  it('marks the columns that hold numbers (for right alignment), never the first', () => {
    const tables = Object.fromEntries(recapTables(recap()).map((t) => [t.id, t]));
    expect(numericColumns(tables.provinsi!)).toEqual([false, ...tables.provinsi!.columns.slice(1).map(() => true)]);
    const lembaga = tables.lembaga!;
    const numeric = lembaga.columns.filter((_, j) => numericColumns(lembaga)[j]);
    expect(numeric).toEqual(['Skor total', 'Kelengkapan (%)', 'Tenaga kesejahteraan sosial', 'Mampu pemberdayaan', 'SDM kesejahteraan sosial terdata', 'Pekerja sosial bersertifikat', 'Dokumen kedaluwarsa']);
  });
});

group('export file names', () => {
  const withFilter = (filter: RecapResult['filter'], recapDate = '2026-12-02'): RecapResult => ({ ...recap(), filter, recapDate });

  it('carry the filter and the recap date, so exports of different filters do not overwrite each other', () => {
    expect(recapFileNames(withFilter({}))).toEqual({
      csvZip: 'rekap-wilayah-semua-2026-12-02-csv.zip',
      xlsx: 'rekap-wilayah-semua-2026-12-02.xlsx',
      pdf: 'rekap-wilayah-semua-2026-12-02.pdf',
    });
    expect(recapFileNames(withFilter({ province: 'Jawa Barat' })).xlsx).toBe('rekap-wilayah-jawa-barat-2026-12-02.xlsx');
    expect(recapFileNames(withFilter({ province: 'Jawa Barat', kabupaten: 'Kota Bandung', type: 'lksa', period: '2026' })).pdf).toBe(
      'rekap-wilayah-jawa-barat-kota-bandung-lksa-periode-2026-2026-12-02.pdf',
    );
    expect(recapFileBase(withFilter({ type: 'bina-laras', period: null }))).toBe('rekap-wilayah-panti-sosial-bina-laras-2026-12-02');
  });

  it('are plain ASCII words joined by hyphens, whatever the typed names hold', () => {
    expect(recapFileBase(withFilter({ province: 'DI Yogyakarta', kabupaten: 'Kab. Kulon Progo / Wates', period: 'Semester 1 – 2026' }))).toBe(
      'rekap-wilayah-di-yogyakarta-kab-kulon-progo-wates-periode-semester-1-2026-2026-12-02',
    );
    expect(recapFileBase(withFilter({ province: 'Sulawési Tengah' }))).toBe('rekap-wilayah-sulawesi-tengah-2026-12-02');
    // A name with no letter or digit adds nothing (no "--" in the name).
    expect(recapFileBase(withFilter({ province: '???', period: '—' }))).toBe('rekap-wilayah-semua-2026-12-02');
    // Long names are cut at 40 characters without a trailing hyphen.
    const long = recapFileBase(withFilter({ kabupaten: 'Kabupaten Yang Namanya Sangat Panjang S Kali Untuk Diuji' }));
    expect(long).toBe('rekap-wilayah-kabupaten-yang-namanya-sangat-panjang-s-2026-12-02');
    expect(long).not.toMatch(/--/);
  });

  it('use the date the recap was made for (the page passes the device\'s local day)', () => {
    expect(recapFileNames(withFilter({}, '2027-01-01')).xlsx).toBe('rekap-wilayah-semua-2027-01-01.xlsx');
  });
});

group('CSV formula injection (OWASP)', () => {
  it('prefixes text cells that a spreadsheet would run as a formula, never numbers', async () => {
    const { neutraliseFormula } = await import('../../../../src/domain/recap/tables');
    for (const hostile of ['=HYPERLINK("http://x","klik")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0']) {
      expect(neutraliseFormula(hostile)).toBe(`'${hostile}`);
    }
    expect(neutraliseFormula('Panti Harapan')).toBe('Panti Harapan');
    expect(neutraliseFormula('LKSA "Satu"')).toBe('LKSA "Satu"');
  });

  it('a hostile institution name reaches the CSV as text', () => {
    const result = recap();
    const hostile = structuredClone(result);
    const row = hostile.rows.find(() => true)!;
    row.institutionName = '=HYPERLINK("http://contoh.invalid","Klik")';
    const csv = recapCsv(hostile);
    expect(csv).not.toMatch(/(^|[,;\n])=HYPERLINK/);
    expect(csv).toContain(`"'=HYPERLINK(""http://contoh.invalid"",""Klik"")"`);
  });
});

/** A cell as Excel reads it under id-ID: digits with an optional decimal comma are a number, the rest text. */
const excelValue = (s: string): string | number => (/^-?\d+(,\d+)?$/.test(s) ? Number(s.replace(',', '.')) : s);
const excelValues = (row: string[]) => row.map(excelValue);
/** A parsed row, each cell read as Excel would where the table holds a number, as text elsewhere. */
const readAs = (parsed: string[], cells: readonly (string | number | null)[]) => parsed.map((s, j) => (typeof cells[j] === 'number' ? excelValue(s) : s));
const blankNulls = (cells: readonly (string | number | null)[]) => cells.map((c) => (c === null ? '' : c));

/** A minimal RFC 4180 reader with ';' as the separator (Excel's behaviour under an id-ID list separator). */
function parseSemicolonCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
