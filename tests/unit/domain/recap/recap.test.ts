import { describe as group, expect, it } from 'vitest';
import { aggregateRecap, recapCsv, recapCsvFiles, recapTables, rowsOfSource, selectRows, indicatorLines, type RecapRow } from '../../../../src/domain/recap';
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
    expect(provinsi.rows.at(-1)!.slice(0, 2)).toEqual(['Jumlah', 3]);
    // Mampu pemberdayaan (%) of the total row is 60, computed from the sums.
    expect(provinsi.rows.at(-1)![provinsi.columns.indexOf('Mampu pemberdayaan (%)')]).toBe(60);
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
