import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportPdf, EMBEDDED_FILE_NAME } from '../../../src/pdf';
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
    const start = layout.indexOf('5. Selisih dan rencana tindak lanjut');
    const section = layout.slice(start, layout.indexOf('6. Daftar bukti fisik'));
    expect(start).toBeGreaterThan(0);
    expect(section).toContain(`Selisih terpenting (20 dari ${t.total})`);
    const lines = section.split('\n');
    for (const row of t.rows) {
      const line = lines.find((l) => new RegExp(`^\\s*${row.rank}\\s+${row.itemId.replace('.', '\\.')}\\s`).test(l));
      expect(line, `row ${row.rank} ${row.itemId}`).toBeDefined();
      expect(squash(line!)).toContain(squash(row.lossText));
      expect(line).toContain(row.levelLabel);
    }
    // No 21st row: the long list is gone.
    expect(lines.some((l) => /^\s*21\s+[A-Z]+-\d/.test(l))).toBe(false);
    expect(squash(section)).toContain(squash(`Masih ada ${t.total - 20} selisih lain yang tidak dicetak di sini`));
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
      answers: earlier.snapshot.answers.map((a) => (a.itemId === raised.itemId ? { ...a, level: 0 as const } : a)),
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
