import { atLevel } from '../../../src/domain/records';
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportPdf, EMBEDDED_FILE_NAME } from '../../../src/pdf';
import { PHOTO_MIN_WIDTH_MM, photoBox } from '../../../src/pdf/render';
import { makeJpegPhotos } from './jpegFixture';
import { buildReportModel, formatScore, type ReportModel } from '../../../src/domain/report';
import { bundleSchema, sealBundle, shortCode, snapshotContent, verifyIntegrity } from '../../../src/domain/bundle';
import { answerSummary, scoreAssessment } from '../../../src/domain/scoring';
import { computeIndicators, indicatorValues } from '../../../src/domain/indicators';
import { totalClients } from '../../../src/domain/records';
import { ACCENT_NOTE, LONG_NOTE, LONG_NOTE_TAIL, fixtureThumbnails, fullSnapshot } from '../domain/report/reportFixture';

const OUT = join(tmpdir(), 'swanilai-report-test');
mkdirSync(OUT, { recursive: true });

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (s: string) => s.replace(/\s+/g, '');

interface Built {
  file: string;
  bytes: Uint8Array;
  model: ReportModel;
  hash: string;
  fixture: ReturnType<typeof fullSnapshot>;
}

async function build(status: 'draft' | 'final', name: string): Promise<Built> {
  const fixture = fullSnapshot({ status });
  const bundle = await sealBundle(snapshotContent(fixture.snapshot), { version: '0.1.0', build: 'test' }, '2026-11-22T10:00:00.000Z');
  const model = buildReportModel({
    snapshot: fixture.snapshot,
    umum: fixture.umum,
    khusus: fixture.khusus,
    integrityHash: bundle.integrity.hash,
    exportedAt: bundle.exportedAt,
  });
  const bytes = await buildReportPdf(model, JSON.stringify(bundle), fixtureThumbnails(fixture.snapshot));
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  return { file, bytes, model, hash: bundle.integrity.hash, fixture };
}

function pages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
}

describe('PDF report of a fully answered, final assessment', () => {
  let r: Built;
  let layout: string;
  beforeAll(async () => {
    r = await build('final', 'final.pdf');
    layout = run('pdftotext', ['-layout', r.file, '-']);
  });

  it('is a sound, compressed A4 PDF (qpdf --check)', () => {
    const check = spawnSync('qpdf', ['--check', r.file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/No syntax or stream encoding errors/);
    expect(run('pdfinfo', [r.file])).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    // Compressed: the content streams are Flate-encoded, so the item statements are not readable in the raw bytes.
    expect(Buffer.from(r.bytes).toString('latin1')).not.toContain('Kelembagaan');
    expect(r.bytes.length).toBeLessThan(1_000_000);
  });

  it('prints every item id with its level, on the item row', () => {
    const lines = layout.split('\n');
    const items = r.model.aspects.flatMap((a) => a.components.flatMap((c) => c.items));
    expect(items.length).toBeGreaterThan(150);
    const missing: string[] = [];
    for (const item of items) {
      const token = item.levelLabel.split(' (')[0]!; // "Tingkat 3", "N/A", "Belum dijawab"
      const row = lines.find((l) => new RegExp(`^\\s*${item.id.replace('.', '\\.')}\\s`).test(l) && l.includes(token));
      if (!row) missing.push(`${item.id} ${token}`);
    }
    expect(missing).toEqual([]);
    // The labels come from the engine: a fully answered assessment has no "Belum dijawab".
    const score = scoreAssessment({
      umum: r.fixture.umum,
      khusus: r.fixture.khusus,
      answers: answerSummary(r.fixture.snapshot.answers),
      indicators: indicatorValues(computeIndicators(r.fixture.snapshot.staff, totalClients(r.fixture.snapshot.institution))),
    });
    for (const item of items) {
      const s = score.itemsById[item.id]!;
      expect(item.levelLabel.startsWith(s.source === 'na' ? 'N/A' : `Tingkat ${s.level}`), item.id).toBe(true);
    }
    expect(score.completion.answered).toBe(score.completion.total);
  });

  it('prints every aspect score and the total exactly as the scoring engine computes them', () => {
    const { snapshot, umum, khusus } = r.fixture;
    const score = scoreAssessment({
      umum,
      khusus,
      answers: answerSummary(snapshot.answers),
      indicators: indicatorValues(computeIndicators(snapshot.staff, totalClients(snapshot.institution))),
    });
    expect(score.aspects).toHaveLength(7);
    const lines = layout.split('\n');
    for (const a of score.aspects) {
      const row = lines.find((l) => new RegExp(`^\\s*${a.id}\\s+${a.name.split(' ')[0]}`).test(l) && /\d+\/\d+/.test(l));
      expect(row, `summary row of ${a.id}`).toBeDefined();
      expect(row!.trim().split(/\s+/).at(-1), a.id).toBe(formatScore(a.score));
      expect(layout).toContain(`Nilai aspek ${formatScore(a.score)} dari 100`);
    }
    expect(layout).toMatch(new RegExp(`Nilai total \\(tertimbang\\)\\s+${formatScore(score.total).replace(',', ',')}`));
    expect(layout).toContain('Perkiraan peringkat');
    expect(layout).toContain(score.grade.label.split(' (')[0]!);
  });

  it('embeds the bundle: pdfdetach extracts it, it validates, and its hash is the printed code', async () => {
    expect(run('pdfdetach', ['-list', r.file])).toMatch(new RegExp(`1: ${EMBEDDED_FILE_NAME}`));
    const out = join(OUT, 'detached.json');
    run('pdfdetach', ['-save', '1', '-o', out, r.file]);
    const bundle = bundleSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(await verifyIntegrity(bundle)).toBe(true);
    expect(bundle.integrity.hash).toBe(r.hash);
    expect(bundle.answers).toHaveLength(r.fixture.snapshot.answers.length);
    // Full hash on the summary page (printed in two halves), short code on every page.
    expect(squash(layout)).toContain(bundle.integrity.hash);
    expect(layout).toContain(`Kode integritas: ${shortCode(bundle.integrity.hash)}`);
  });

  it('has the footer on every page: institution, "Halaman x dari y" and the integrity code; no DRAF on a final report', () => {
    const n = pages(r.file);
    expect(n).toBeGreaterThan(10);
    const code = shortCode(r.hash);
    for (let i = 1; i <= n; i++) {
      const text = run('pdftotext', ['-f', String(i), '-l', String(i), '-layout', r.file, '-']);
      expect(text, `page ${i}`).toContain(`Halaman ${i} dari ${n}`);
      expect(text, `page ${i}`).toContain(`Kode integritas ${code}`);
      expect(text, `page ${i}`).toMatch(/LKSA Panti Asuhan/);
      expect(text, `page ${i}`).not.toContain('DRAF');
    }
  });

  it('prints what users typed (accents, curly quotes, line breaks, a 2,000-character note) and replaces what the font cannot show', () => {
    const plain = run('pdftotext', [r.file, '-']);
    expect(plain).toContain('José Ramírez');
    expect(plain).toContain('“sudah ditandatangani”');
    expect(plain).toContain('Café Élan');
    expect(squash(plain)).toContain(squash(LONG_NOTE.slice(-300)));
    expect(plain).toContain(LONG_NOTE_TAIL);
    expect(squash(plain)).toContain(squash(ACCENT_NOTE));
    // Outside WinAnsi: mapped or visibly marked, never garbled glyphs or a silent '?'.
    expect(plain).toContain('Ruang v siap -> dipakai; Lódz; emoji [aksara non-Latin]; 5 >= 3');
  });

  it('names the standar khusus module once, without doubled parentheses', () => {
    const plain = run('pdftotext', [r.file, '-']);
    expect(plain).toContain('Standar Khusus LKSA (Pengasuhan Anak)');
    expect(plain).not.toMatch(/\)\s*\(standar khusus\)/);
  });

  it('keeps every word inside the page (nothing overflows the edge)', () => {
    const html = run('pdftotext', ['-bbox', r.file, '-']);
    const pageBoxes = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
    expect(pageBoxes.length).toBe(pages(r.file));
    const outside: string[] = [];
    pageBoxes.forEach(([, w, h, body], p) => {
      for (const m of body!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
        const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
        // The rotated DRAF watermark is not in a final report; everything else stays within 1 cm of the edge.
        if (xMin < 28 || yMin < 14 || xMax > Number(w) - 28 || yMax > Number(h) - 14) outside.push(`p${p + 1} ${m[5]} ${xMin},${yMin},${xMax},${yMax}`);
      }
    });
    expect(outside).toEqual([]);
  });

  it('prints the ranked gap table: at most 20 rows with rank, item, level and weight × (4 - level), then how many more', () => {
    const t = r.model.gapTable;
    expect(t.total).toBeGreaterThan(20);
    expect(t.rows).toHaveLength(20);
    const start = layout.indexOf('5. Celah dan rencana tindak lanjut');
    const section = layout.slice(start, layout.indexOf('6. Daftar bukti fisik'));
    expect(start).toBeGreaterThan(0);
    expect(section).toContain(`Celah terpenting (20 dari ${t.total})`);
    const lines = section.split('\n');
    for (const row of t.rows) {
      const line = lines.find((l) => new RegExp(`^\\s*${row.rank}\\s+${row.itemId.replace('.', '\\.')}\\s`).test(l));
      expect(line, `row ${row.rank} ${row.itemId}`).toBeDefined();
      expect(squash(line!)).toContain(squash(row.lossText));
      expect(line).toContain(row.levelLabel);
    }
    // No 21st row: the long list is gone.
    expect(lines.some((l) => /^\s*21\s+[A-Z]+-\d/.test(l))).toBe(false);
    expect(squash(section)).toContain(squash(`Masih ada ${t.total - 20} celah lain yang tidak dicetak di sini`));
    expect(squash(section)).toContain(squash('halaman Hasil'));
    expect(squash(section)).toContain(squash('patokan aplikasi'));
  });

  it('prints the action plan as one table: every row, overdue ones first and marked "lewat tenggat", Indonesian dates', () => {
    const plan = r.model.actionPlan;
    expect(plan.rows).toHaveLength(r.fixture.snapshot.actions.length);
    expect(plan.overdueCount).toBeGreaterThan(0);
    const section = layout.slice(layout.indexOf('Rencana tindak lanjut'), layout.indexOf('6. Daftar bukti fisik'));
    for (const h of ['Butir', 'Tindak lanjut', 'Penanggung jawab', 'Tenggat', 'Status']) expect(section).toContain(h);
    // Rows appear in the model's order: find each row's action text in turn.
    let at = 0;
    for (const row of plan.rows) {
      const i = section.indexOf(row.itemId, at);
      expect(i, `${row.itemId} after offset ${at}`).toBeGreaterThanOrEqual(at);
      at = i + row.itemId.length;
    }
    // Marked on each overdue row of the table (the note above the table says it too, so count below the header).
    expect(section.slice(section.indexOf('Penanggung jawab')).match(/lewat tenggat/g)?.length).toBe(plan.overdueCount);
    expect(section).toContain('1 Oktober 2026');
    expect(section).toContain('1 Februari 2027');
    expect(section).not.toContain('2026-10-01');
    // The overdue rows (target 1 Oktober 2026, not done) come before every other row.
    const firstOther = plan.rows.findIndex((x) => !x.overdue);
    expect(plan.rows.slice(0, firstOther).every((x) => x.overdue && x.targetDate === '1 Oktober 2026')).toBe(true);
    expect(plan.rows.slice(firstOther).some((x) => x.overdue)).toBe(false);
  });

  it('lists the evidence register (Formulir B) with thumbnails and the signed declaration', () => {
    expect(layout).toContain('Formulir B');
    expect(layout).toContain('AHU-002.AH.01.04/2019');
    expect(layout).toContain('Kedaluwarsa');
    const images = run('pdfimages', ['-list', r.file]);
    const thumbs = fixtureThumbnails(r.fixture.snapshot);
    expect(images.trim().split('\n').length - 2).toBe(thumbs.length);
    // No photo bytes were given to this report: the appendix says which photos are left out.
    expect(squash(layout)).toContain(squash('3 foto bukti tidak dicetak karena berkasnya tidak tersedia untuk laporan ini (bukti no. 2, 3, 4 di Formulir B).'));
    expect(layout).toContain('Yang menyatakan');
    expect(layout).toContain('Bandung, 21 November 2026');
    expect(layout).toContain('Kepala Panti');
  });
});

describe('PDF report of a draft', () => {
  it('says DRAF on every page', async () => {
    const r = await build('draft', 'draft.pdf');
    const n = pages(r.file);
    for (let i = 1; i <= n; i++) {
      const text = run('pdftotext', ['-f', String(i), '-l', String(i), r.file, '-']);
      expect(text, `page ${i}`).toContain('DRAF');
      expect(text, `page ${i}`).toContain(`Halaman ${i} dari ${n}`);
    }
    expect(run('pdftotext', [r.file, '-'])).toContain('Pernyataan belum ditandatangani');
  });
});

describe('PDF report without an action plan', () => {
  it('says in one sentence that there is none', async () => {
    const fixture = fullSnapshot({ status: 'final' });
    fixture.snapshot.actions = [];
    const bundle = await sealBundle(snapshotContent(fixture.snapshot), { version: '0.1.0', build: 'test' }, '2026-11-22T10:00:00.000Z');
    const model = buildReportModel({ snapshot: fixture.snapshot, umum: fixture.umum, khusus: fixture.khusus, integrityHash: bundle.integrity.hash, exportedAt: bundle.exportedAt });
    const file = join(OUT, 'no-actions.pdf');
    writeFileSync(file, await buildReportPdf(model, JSON.stringify(bundle), []));
    const plain = run('pdftotext', [file, '-']);
    expect(squash(plain)).toContain(squash('Rencana tindak lanjut Belum ada rencana tindak lanjut yang dicatat untuk asesmen ini.'));
    expect(plain).not.toContain('Penanggung jawab');
  });
});

describe('PDF report after an assessor\'s review was imported', () => {
  it('prints the verification, names the file it was made on, and says what changed since', async () => {
    const fixture = fullSnapshot({ status: 'final' });
    const snap = fixture.snapshot;
    const first = snap.answers.find((a) => !a.na && a.level !== null && a.level > 1)!;
    const reviewedHash = 'ab'.repeat(32);
    snap.reviews = [
      { assessmentId: snap.assessment.id, itemId: first.itemId, verifiedLevel: 1, finding: 'tidak-sesuai', note: 'SK tidak ditunjukkan', reviewedLevel: 4, updatedAt: '2026-11-21T03:00:00.000Z' },
    ];
    snap.reviewMeta = { assessmentId: snap.assessment.id, assessorName: 'Drs. Budi Santoso', reviewedAt: '2026-11-21T03:00:00.000Z', reviewedHash, reviewedRevision: 0 };
    first.level = 2; // changed by the institution after the review
    const bundle = await sealBundle(snapshotContent(snap), { version: '0.1.0', build: 'test' }, '2026-11-22T10:00:00.000Z');
    const model = buildReportModel({ snapshot: snap, umum: fixture.umum, khusus: fixture.khusus, integrityHash: bundle.integrity.hash, exportedAt: bundle.exportedAt });
    const file = join(OUT, 'verified.pdf');
    writeFileSync(file, await buildReportPdf(model, JSON.stringify(bundle), fixtureThumbnails(snap)));
    const text = squash(run('pdftotext', [file, '-']));
    expect(text).toContain(squash('Hasil verifikasi asesor'));
    expect(text).toContain(squash('Drs. Budi Santoso'));
    expect(text).toContain(squash(`kode integritas ${shortCode(reviewedHash)}`));
    expect(text).toContain(squash(`Asesmen ini berubah setelah verifikasi asesor: 1 butir kini berbeda dari tingkat yang ditinjau (${first.itemId}: ditinjau 4, sekarang 2)`));
    // The finding's row: the level reviewed beside today's, the verified level, the finding.
    expect(text).toMatch(new RegExp(`${first.itemId.replace('.', '\\.')}4\\(sekarang2\\)(Terverifikasi)?(Temuan)?1Tidaksesuai`));
  });
});

describe('PDF report of a panti whose name is in Arabic script', () => {
  it('marks the text it cannot print visibly, says so on the cover, and the attached bundle keeps the exact text', async () => {
    const fixture = fullSnapshot({ status: 'final' });
    const name = 'Panti Asuhan دار الأيتام Nurul Huda 孤儿院';
    fixture.snapshot.institution = { ...fixture.snapshot.institution, name };
    const bundle = await sealBundle(snapshotContent(fixture.snapshot), { version: '0.1.0', build: 'test' }, '2026-11-22T10:00:00.000Z');
    const model = buildReportModel({ snapshot: fixture.snapshot, umum: fixture.umum, khusus: fixture.khusus, integrityHash: bundle.integrity.hash, exportedAt: bundle.exportedAt });
    const bytes = await buildReportPdf(model, JSON.stringify(bundle), fixtureThumbnails(fixture.snapshot));
    const file = join(OUT, 'arabic.pdf');
    writeFileSync(file, bytes);
    const cover = run('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    expect(squash(cover)).toContain(squash('Panti Asuhan [aksara non-Latin] Nurul Huda [aksara non-Latin]'));
    expect(squash(cover)).toContain(squash('ditandai [aksara non-Latin]. Teks aslinya tersimpan utuh di berkas asesmen yang terlampir'));
    expect(cover).not.toMatch(/Asuhan \?/);
    const dir = join(OUT, 'arabic-detach');
    mkdirSync(dir, { recursive: true });
    run('pdfdetach', ['-saveall', '-o', dir, file]);
    const attached = JSON.parse(readFileSync(join(dir, EMBEDDED_FILE_NAME), 'utf8')) as { institutions: { name: string }[] };
    expect(attached.institutions[0]!.name).toBe(name);
  });
});

describe('PDF report with a previous assessment of the institution', () => {
  it('prints the comparison: both periods, the change of the total and the items that rose', async () => {
    const later = fullSnapshot({ status: 'final' });
    const earlier = fullSnapshot({ status: 'final' });
    const raised = later.snapshot.answers.find((a) => a.level !== null && a.level > 0 && !a.na)!;
    earlier.snapshot = {
      ...earlier.snapshot,
      assessment: { ...earlier.snapshot.assessment, id: 'asm-2025', period: 'Periode 2025' },
      answers: earlier.snapshot.answers.map((a) => (a.itemId === raised.itemId ? atLevel(a, 0) : a)),
    };
    const bundle = await sealBundle(snapshotContent(later.snapshot), { version: '0.1.0', build: 'test' }, '2026-11-22T10:00:00.000Z');
    const model = buildReportModel({
      snapshot: later.snapshot,
      umum: later.umum,
      khusus: later.khusus,
      integrityHash: bundle.integrity.hash,
      exportedAt: bundle.exportedAt,
      earlier: { snapshot: earlier.snapshot, umum: earlier.umum, khusus: earlier.khusus },
    });
    const file = join(OUT, 'report-comparison.pdf');
    writeFileSync(file, await buildReportPdf(model, JSON.stringify(bundle), []));
    const plain = run('pdftotext', [file, '-']);
    expect(plain).toContain('Perbandingan dengan asesmen sebelumnya');
    expect(plain).toContain('Periode 2025');
    expect(squash(plain)).toContain(squash(`${raised.itemId}: 0 -> ${raised.level}`));
    expect(squash(plain)).toContain(squash(`Nilai total ${model.comparison!.total.join(' ')}`));
  });
});

describe('PDF report with the photo appendix (20 photos of 1000 × 750)', () => {
  const PT_PER_MM = 72 / 25.4;
  const PAGE_W_PT = 210 * PT_PER_MM;
  const PAGE_H_PT = 297 * PT_PER_MM;
  const MARGIN_PT = 15 * PT_PER_MM;
  /** Half the printable width (A4 minus 15 mm margins each side), in points. */
  const HALF_PRINTABLE_PT = ((210 - 30) / 2) * PT_PER_MM;
  let file: string;
  let bytes: Uint8Array;
  let model: ReportModel;
  let jpegs: Uint8Array[];
  let photoIds: string[];
  /** Decompressed content stream of every page (qpdf --qdf), page 1 first. */
  let contents: string[];

  beforeAll(async () => {
    const fixture = fullSnapshot({ status: 'final', evidence: 40 });
    fixture.snapshot.evidence = fixture.snapshot.evidence.map((e) =>
      e.mime.startsWith('image/') ? { ...e, mime: 'image/jpeg', fileName: e.fileName.replace(/\.png$/, '.jpg'), width: 1000, height: 750 } : e,
    );
    jpegs = makeJpegPhotos(join(OUT, 'jpeg'), 20, 1000, 750);
    const photoDocs = fixture.snapshot.evidence.filter((e) => e.mime.startsWith('image/'));
    expect(photoDocs).toHaveLength(20);
    photoIds = photoDocs.map((e) => e.id);
    const bundle = await sealBundle(snapshotContent(fixture.snapshot), { version: '0.1.0', build: 'test' }, '2026-11-22T10:00:00.000Z');
    model = buildReportModel({ snapshot: fixture.snapshot, umum: fixture.umum, khusus: fixture.khusus, integrityHash: bundle.integrity.hash, exportedAt: bundle.exportedAt });
    const photos = photoDocs.map((e, i) => ({ evidenceId: e.id, bytes: jpegs[i]!, width: 1000, height: 750 }));
    bytes = await buildReportPdf(model, JSON.stringify(bundle), fixtureThumbnails(fixture.snapshot), photos);
    file = join(OUT, 'photos.pdf');
    writeFileSync(file, bytes);
    const qdf = join(OUT, 'photos-qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const raw = readFileSync(qdf, 'latin1');
    contents = [...raw.matchAll(/%% Contents for page (\d+)\n[\s\S]*?stream\n([\s\S]*?)endstream/g)].map((m) => m[2]!);
  });

  it('stays at most 3 MB with 20 photos of 1000 × 750 (JPEG quality 70, about 110 KB each)', () => {
    const photoBytes = jpegs.reduce((n, j) => n + j.length, 0);
    expect(photoBytes).toBeGreaterThan(20 * 90_000); // photo-like, not flat colour
    expect(bytes.length).toBeLessThanOrEqual(3 * 1024 * 1024);
    expect(spawnSync('qpdf', ['--check', file], { encoding: 'utf8' }).status).toBe(0);
  });

  it('embeds each photo once, as the very JPEG it was given (pdfimages lists 1000 × 750 jpeg, extracted byte for byte)', () => {
    const list = run('pdfimages', ['-list', file]).trim().split('\n').slice(2).map((l) => l.trim().split(/\s+/));
    const photos = list.filter((c) => c[8] === 'jpeg');
    expect(photos).toHaveLength(20);
    for (const c of photos) expect([c[3], c[4]]).toEqual(['1000', '750']);
    // Thumbnails in Formulir B are still there (PNG, 64 × 48).
    expect(list.filter((c) => c[8] !== 'jpeg' && c[3] === '64' && c[4] === '48')).toHaveLength(20);
    // x-ppi = pixels ÷ placed inches: at most 1000 px ÷ (90 mm in inches) means placed at least half the printable width.
    for (const c of photos) expect(Number(c[12])).toBeLessThanOrEqual(Math.floor(1000 / (90 / 25.4)));
    const dir = join(OUT, 'photos-extracted');
    mkdirSync(dir, { recursive: true });
    run('pdfimages', ['-j', file, join(dir, 'img')]);
    const extracted = readdirSync(dir).filter((f) => f.endsWith('.jpg')).map((f) => Buffer.from(readFileSync(join(dir, f))).toString('base64'));
    expect(new Set(extracted)).toEqual(new Set(jpegs.map((j) => Buffer.from(j).toString('base64'))));
  });

  it('places every photo at least half the printable width and inside the margins (page content: the cm before each Do)', () => {
    const placed: { page: number; w: number; h: number; x: number; y: number }[] = [];
    contents.forEach((c, p) => {
      for (const m of c.matchAll(/([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s*\/I\d+ Do/g)) {
        placed.push({ page: p + 1, w: Number(m[1]), h: Number(m[2]), x: Number(m[3]), y: Number(m[4]) });
      }
    });
    // The Formulir B thumbnails are 20 mm at most; everything else is an appendix photo.
    const photos = placed.filter((i) => i.w > 25 * PT_PER_MM);
    expect(photos).toHaveLength(20);
    for (const i of photos) {
      expect(i.w).toBeGreaterThanOrEqual(HALF_PRINTABLE_PT);
      expect(i.h / i.w).toBeCloseTo(750 / 1000, 3);
      expect(i.x).toBeGreaterThanOrEqual(MARGIN_PT - 0.01);
      expect(i.x + i.w).toBeLessThanOrEqual(PAGE_W_PT - MARGIN_PT + 0.01);
      expect(i.y).toBeGreaterThanOrEqual(22 * PT_PER_MM - 0.01); // above the footer zone
      expect(i.y + i.h).toBeLessThanOrEqual(PAGE_H_PT - 18 * PT_PER_MM + 0.01);
    }
    // One per row, at most three to a page.
    const perPage = new Map<number, number>();
    for (const i of photos) perPage.set(i.page, (perPage.get(i.page) ?? 0) + 1);
    expect(Math.max(...perPage.values())).toBeLessThanOrEqual(3);
    expect(perPage.size).toBeLessThanOrEqual(7);
  });

  it('captions each photo after Formulir B with its title, kind, date, Formulir B number and the items it supports', () => {
    const plain = run('pdftotext', [file, '-']);
    const start = plain.indexOf('7. Lampiran foto bukti');
    expect(start).toBeGreaterThan(plain.indexOf('6. Daftar bukti fisik (Formulir B)'));
    expect(plain.indexOf('8. Pernyataan')).toBeGreaterThan(start);
    const appendix = squash(plain.slice(start, plain.indexOf('8. Pernyataan')));
    expect(model.photoAppendix.photos.map((p) => p.evidenceId)).toEqual(photoIds);
    for (const p of model.photoAppendix.photos) {
      expect(appendix).toContain(squash(`Foto ${p.no}. ${p.title} ${p.kind} ${p.dateText} Bukti no. ${p.evidenceNo} di Formulir B ${p.itemsText}`));
    }
    // The fixture's photos have no document date: the day they were recorded is printed.
    expect(appendix).toContain(squash('Foto 1. Foto ruang 1 — kamar tidur “anak” Foto kegiatan/sarana Dicatat 20 November 2026 Bukti no. 2 di Formulir B Mendukung butir'));
    // PDF documents are evidence too, but not photos: not in the appendix.
    expect(appendix).not.toContain('Akta pendirian');
    expect(appendix).not.toContain('tidak dicetak');
  });

  it('uses only the standard fonts, not embedded (pdffonts)', () => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2).map((l) => l.trim().split(/\s+/));
    expect(rows.length).toBeGreaterThan(0);
    const standard = /^(Helvetica|Helvetica-Bold|Helvetica-Oblique|Helvetica-BoldOblique|Courier|Courier-Bold|Courier-Oblique|Courier-BoldOblique|Times-Roman|Times-Bold|Times-Italic|Times-BoldItalic|Symbol|ZapfDingbats)$/;
    for (const r of rows) {
      expect(r[0], r.join(' ')).toMatch(standard);
      expect(`${r[1]} ${r[2]}`).toBe('Type 1');
      expect(r[4], `${r[0]} embedded`).toBe('no');
    }
  });

  it('prints no text below 9 pt on any page, footers included (page content: every Tf size, scaled by any Tm)', () => {
    // What is checked: each text object's font size (Tf) times the scale of its text matrix (Tm, when one is set) on
    // every page. The footers are 9 pt as well, so no exception is made for them.
    expect(contents.length).toBe(Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]));
    const small: string[] = [];
    contents.forEach((c, p) => {
      for (const bt of c.split(/\bBT\b/).slice(1)) {
        const size = Number(/\/F\d+ ([\d.]+) Tf/.exec(bt)?.[1] ?? NaN);
        const tm = /([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+ Tm/.exec(bt.split(/\bET\b/)[0]!);
        const scale = tm ? Math.sqrt(Math.abs(Number(tm[1]) * Number(tm[4]) - Number(tm[2]) * Number(tm[3]))) : 1;
        if (!(size * scale >= 9)) small.push(`page ${p + 1}: ${size} pt × ${scale}`);
      }
    });
    expect(small).toEqual([]);
  });
});

describe('photo size in the appendix (photoBox)', () => {
  it('keeps landscape, square and portrait photos at least half the printable width (90 mm)', () => {
    expect(PHOTO_MIN_WIDTH_MM).toBe(90);
    expect(photoBox(1000, 750)).toEqual({ w: 100, h: 75 });
    expect(photoBox(1000, 1000)).toEqual({ w: 100, h: 100 });
    expect(photoBox(750, 1000)).toEqual({ w: 90, h: 120 });
    expect(photoBox(1000, 300).w).toBe(100);
    // A strip taller than the page is the one case narrowed below 90 mm, so that it fits on the page.
    const strip = photoBox(300, 1000);
    expect(strip.h).toBeLessThanOrEqual(297 - 18 - 22);
    expect(strip.w).toBeLessThan(90);
  });
});
