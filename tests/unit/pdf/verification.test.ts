import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildVerificationPdf, VERIFICATION_FILE_NAME, type VerificationPdfModel } from '../../../src/pdf/verification';
import { compareVerification, countFindings, findingLabel, findingSummaryRows, type FindingCounts } from '../../../src/domain/bundle';
import { formatDateId, formatScore, localDateOf } from '../../../src/domain/report';
import { computeIndicators, indicatorValues } from '../../../src/domain/indicators';
import type { ReviewItem } from '../../../src/domain/records';
import { fullSnapshot } from '../domain/report/reportFixture';

const OUT = join(tmpdir(), 'swanilai-verification-test');
mkdirSync(OUT, { recursive: true });
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (s: string) => s.replace(/\s+/g, '');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);

/** A review of 40 items of the real instrument with every kind of outcome, built as the assessor screen builds it. */
function reviewed(assessorName: string): { model: VerificationPdfModel; counts: FindingCounts } {
  const f = fullSnapshot({ status: 'final' });
  const items = [...f.umum.aspects, ...f.khusus.aspects].flatMap((a) => a.components.flatMap((c) => c.items));
  const answers = new Map(f.snapshot.answers.map((a) => [a.itemId, a]));
  const T = '2027-01-12T03:00:00.000Z';
  const reviews: ReviewItem[] = items.slice(0, 40).map((item, i) => {
    const own = answers.get(item.id)?.level ?? null;
    const kind = i % 5;
    return {
      assessmentId: f.snapshot.assessment.id,
      itemId: item.id,
      verifiedLevel: kind === 1 ? (Math.max(0, (own ?? 0) - 1) as 0 | 1 | 2 | 3) : kind === 2 && own !== null && own < 4 ? ((own + 1) as 1 | 2 | 3 | 4) : null,
      finding: kind === 0 ? 'sesuai' : kind === 1 ? 'tidak-sesuai' : kind === 3 ? 'tidak-dapat-diverifikasi' : kind === 4 ? 'sesuai' : null,
      note: kind === 1 ? 'Dokumen “SK pengurus” tidak ditunjukkan.' : '',
      updatedAt: T,
    };
  });
  const indicators = indicatorValues(computeIndicators(f.snapshot.staff, 33));
  const c = compareVerification({ umum: f.umum, khusus: f.khusus, answers: f.snapshot.answers, reviews, indicators, ownership: f.snapshot.institution.ownership });
  const counts = countFindings(c.self, reviews);
  const byId = new Map(reviews.map((r) => [r.itemId, r]));
  const model: VerificationPdfModel = {
    institutionName: f.snapshot.institution.name,
    period: f.snapshot.assessment.period,
    standardLabel: `${f.umum.title} ${f.umum.version} + ${f.khusus.shortTitle} ${f.khusus.version}`,
    assessorName,
    reviewedAt: formatDateId(localDateOf(T)),
    integrityCode: 'ABCD-1234',
    aspects: c.self.aspects.map((a, i) => ({ name: a.name, self: formatScore(a.score), verified: formatScore(c.verified.aspects[i]?.score) })),
    total: { self: formatScore(c.self.total), verified: formatScore(c.verified.total) },
    grade: { self: c.self.grade.label, verified: c.verified.grade.label },
    reviewedCount: c.reviewedCount,
    unverifiedCount: c.unverifiedCount,
    itemCount: c.self.items.length,
    items: items
      .filter((i) => byId.has(i.id))
      .map((i) => {
        const r = byId.get(i.id)!;
        const self = c.self.itemsById[i.id]?.level ?? null;
        return {
          id: i.id,
          statement: i.statement,
          self: self === null ? 'N/A' : String(self),
          verified: r.verifiedLevel === null ? '-' : String(r.verifiedLevel),
          finding: findingLabel(r.finding),
          note: r.note,
          disagrees: (r.verifiedLevel !== null && r.verifiedLevel !== self) || (r.finding !== null && r.finding !== 'sesuai'),
        };
      }),
    findingSummary: findingSummaryRows(counts),
  };
  return { model, counts };
}

describe('verification PDF: the closing "Pengesahan asesor"', () => {
  let file: string;
  let counts: FindingCounts;
  let model: VerificationPdfModel;
  let last: string;

  beforeAll(() => {
    ({ model, counts } = reviewed('Drs. Budi Santoso, M.Si.'));
    file = join(OUT, 'verification.pdf');
    writeFileSync(file, buildVerificationPdf(model, JSON.stringify({ app: 'swanilai', kind: 'review' })));
    const n = pageCount(file);
    last = run('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-']);
  });

  it('closes the document, on one page: assessor, verification date (Indonesian), findings in numbers, statement, signature', () => {
    const plain = run('pdftotext', [file, '-']);
    expect(plain.indexOf('Pengesahan asesor')).toBeGreaterThan(plain.indexOf('Temuan per butir'));
    // Everything of the section is on the last page, after the item table.
    for (const text of ['Pengesahan asesor', 'Nama asesor: Drs. Budi Santoso, M.Si.', 'Tanggal verifikasi: 12 Januari 2027', 'Ringkasan temuan', 'Asesor,', '(tanda tangan asesor)', '(tempat, tanggal)']) {
      expect(last, text).toContain(text);
    }
    expect(last).toMatch(/\.{10,}, \.{10,}/); // place and date lines, written by hand
    expect(squash(last)).toContain(squash(`Saya telah memeriksa asesmen mandiri ${model.institutionName.replace('“', '“')} periode Semester II 2026 butir demi butir`));
    // The name sits under the signature line, as in the institution's declaration.
    const lines = last.split('\n');
    const sign = lines.findIndex((l) => l.includes('Asesor,'));
    expect(lines.slice(sign + 1).some((l) => l.includes('Drs. Budi Santoso, M.Si.'))).toBe(true);
    expect(lines.findIndex((l) => l.includes('(tanda tangan asesor)'))).toBeGreaterThan(sign);
  });

  it('prints the counts: sesuai, tidak sesuai / tingkat diturunkan, belum diverifikasi (and the rest), adding up to every item', () => {
    expect(counts.sesuai).toBeGreaterThan(0);
    expect(counts.tidakSesuai).toBeGreaterThan(0);
    expect(counts.dinaikkan).toBeGreaterThan(0);
    expect(counts.tidakDapatDiverifikasi).toBeGreaterThan(0);
    expect(counts.belum).toBe(model.unverifiedCount);
    expect(counts.total).toBe(model.itemCount);
    const row = (label: string) => last.split('\n').find((l) => l.trim().startsWith(label));
    expect(row('Sesuai')?.trim().split(/\s+/).at(-1)).toBe(String(counts.sesuai));
    expect(row('Tidak sesuai / tingkat diturunkan')?.trim().split(/\s+/).at(-1)).toBe(String(counts.tidakSesuai));
    expect(row('Tingkat dinaikkan')?.trim().split(/\s+/).at(-1)).toBe(String(counts.dinaikkan));
    expect(row('Tidak dapat diverifikasi')?.trim().split(/\s+/).at(-1)).toBe(String(counts.tidakDapatDiverifikasi));
    expect(row('Belum diverifikasi')?.trim().split(/\s+/).at(-1)).toBe(String(counts.belum));
    expect(row('Jumlah butir')?.trim().split(/\s+/).at(-1)).toBe(String(model.itemCount));
  });

  it('keeps the attached review bundle, the footer on every page, every word inside the page, standard fonts only', () => {
    expect(run('pdfdetach', ['-list', file])).toContain(VERIFICATION_FILE_NAME);
    const n = pageCount(file);
    expect(n).toBeGreaterThan(1);
    for (let p = 1; p <= n; p++) expect(run('pdftotext', ['-f', String(p), '-l', String(p), file, '-'])).toContain(`halaman ${p} dari ${n}`);
    const bbox = run('pdftotext', ['-bbox', file, '-']);
    const outside: string[] = [];
    for (const [, w, h, body] of bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
      for (const m of body!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
        if (Number(m[1]) < 28 || Number(m[2]) < 14 || Number(m[3]) > Number(w) - 28 || Number(m[4]) > Number(h) - 14) outside.push(m[5]!);
      }
    }
    expect(outside).toEqual([]);
    const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const r of fonts) expect(r).toMatch(/^(Helvetica|Helvetica-Bold|Helvetica-Oblique|Helvetica-BoldOblique|Courier|Courier-Bold)\s+Type 1\s+WinAnsi\s+no\s/);
  });

  it('prints no text below 9 pt (page content: every Tf size; the item table is 9 pt like the report)', () => {
    const qdf = join(OUT, 'verification-qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const sizes = [...readFileSync(qdf, 'latin1').matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    expect(readFileSync(qdf, 'latin1')).not.toMatch(/ Tm\n/);
  });

  it('without a name or date yet: blanks to fill in by hand, never a made-up value', () => {
    const { model: blank } = reviewed('');
    const f = join(OUT, 'verification-blank.pdf');
    writeFileSync(f, buildVerificationPdf({ ...blank, reviewedAt: '' }, '{}'));
    const text = run('pdftotext', [f, '-']);
    expect(text).toContain('Nama asesor: (belum diisi)');
    expect(text).toContain('Tanggal verifikasi: (belum ada)');
    expect(text).toContain('(nama asesor)');
  });
});
