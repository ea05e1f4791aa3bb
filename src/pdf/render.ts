import { GState, jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput, type UserOptions } from 'jspdf-autotable';
import QRCode from 'qrcode';
import type { ReportModel } from '../domain/report';
import { attachFiles } from './embed';
import { fastStandardFontText } from './fastText';
import { hasUnprintableText, toWinAnsi, UNPRINTABLE_NOTE } from './text';

/** A small image shown in the evidence register, keyed by evidence document id. */
export interface Thumbnail {
  id: string;
  bytes: Uint8Array;
}

/**
 * A photo for the appendix (Lampiran foto bukti), keyed by evidence id: JPEG bytes, embedded as they are (never
 * re-encoded here), with their pixel size. The caller downscales (the app: at most 1000 px on the long side).
 */
export interface ReportPhoto {
  evidenceId: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

export interface RenderOptions {
  /** The sealed bundle JSON, embedded as berkas-asesmen.json. */
  bundleJson: string;
  /** `bundleJson` as UTF-8 bytes and zlib-compressed (see compressAttachment), when the caller has them ready. */
  bundleEncoded?: { bytes: Uint8Array; deflated: Uint8Array | null };
  thumbnails?: Thumbnail[];
  photos?: ReportPhoto[];
}

export const EMBEDDED_FILE_NAME = 'berkas-asesmen.json';

// A4 portrait in millimetres.
const PAGE_W = 210;
const PAGE_H = 297;
const M = 15;
const CONTENT_W = PAGE_W - 2 * M;
const TOP = 18;
const BOTTOM = 22;
const BRAND: [number, number, number] = [15, 118, 110];
const INK: [number, number, number] = [31, 41, 51];
const MUTED: [number, number, number] = [82, 96, 109];
const LINE: [number, number, number] = [203, 210, 217];

type Doc = jsPDF & { lastAutoTable?: { finalY: number } };

/** Every string of the model made safe for the standard fonts (the QR text and the raw score are left alone). */
function sanitise<T>(value: T): T {
  if (typeof value === 'string') return toWinAnsi(value) as T;
  if (Array.isArray(value)) return value.map(sanitise) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'score' || k === 'qrText' ? v : sanitise(v)]),
    ) as T;
  }
  return value;
}

function imageFormat(bytes: Uint8Array): 'JPEG' | 'PNG' | 'WEBP' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'JPEG';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'PNG';
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'WEBP';
  return null;
}

class Writer {
  y = TOP;
  constructor(readonly doc: Doc) {}

  ensure(height: number) {
    if (this.y + height > PAGE_H - BOTTOM) this.newPage();
  }

  newPage() {
    this.doc.addPage('a4', 'portrait');
    this.y = TOP;
  }

  /** A new page for a section, unless the current one is still mostly empty (then a gap is enough). */
  newSection() {
    if (this.y > TOP + (PAGE_H - TOP - BOTTOM) / 3) this.newPage();
    else if (this.y > TOP) this.y += 6;
  }

  heading(text: string, size = 14) {
    this.ensure(16);
    const { doc } = this;
    doc.setFont('helvetica', 'bold').setFontSize(size).setTextColor(...BRAND);
    const lines = doc.splitTextToSize(text, CONTENT_W) as string[];
    doc.text(lines, M, this.y, { baseline: 'top' });
    this.y += lines.length * size * 0.42 + 3;
    doc.setDrawColor(...BRAND).setLineWidth(0.4).line(M, this.y - 1.5, PAGE_W - M, this.y - 1.5);
    this.y += 2;
    doc.setTextColor(...INK);
  }

  subheading(text: string) {
    this.ensure(14);
    const { doc } = this;
    doc.setFont('helvetica', 'bold').setFontSize(11).setTextColor(...INK);
    const lines = doc.splitTextToSize(text, CONTENT_W) as string[];
    doc.text(lines, M, this.y, { baseline: 'top' });
    this.y += lines.length * 4.8 + 1.5;
  }

  /** Wrapped text that continues on the next page when needed. */
  paragraph(text: string, opts: { size?: number; bold?: boolean; color?: [number, number, number]; indent?: number; gap?: number } = {}) {
    const { doc } = this;
    const size = opts.size ?? 9.5;
    const indent = opts.indent ?? 0;
    doc.setFont('helvetica', opts.bold ? 'bold' : 'normal').setFontSize(size).setTextColor(...(opts.color ?? INK));
    const lineH = size * 0.3528 * 1.35;
    const lines = doc.splitTextToSize(text, CONTENT_W - indent) as string[];
    for (const line of lines) {
      this.ensure(lineH);
      doc.text(line, M + indent, this.y, { baseline: 'top' });
      this.y += lineH;
    }
    this.y += opts.gap ?? 2;
    doc.setTextColor(...INK);
  }

  table(options: UserOptions) {
    autoTable(this.doc, {
      startY: this.y,
      margin: { left: M, right: M, top: TOP, bottom: BOTTOM },
      theme: 'grid',
      rowPageBreak: 'auto',
      styles: { font: 'helvetica', fontSize: 9, cellPadding: 1.5, overflow: 'linebreak', textColor: INK, lineColor: LINE, lineWidth: 0.2, valign: 'top' },
      headStyles: { font: 'helvetica', fillColor: BRAND, textColor: 255, fontStyle: 'bold' },
      ...options,
    });
    this.y = (this.doc.lastAutoTable?.finalY ?? this.y) + 5;
  }
}

function drawQr(doc: Doc, text: string, x: number, y: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  doc.setFillColor(255, 255, 255).rect(x, y, size, size, 'F');
  doc.setFillColor(0, 0, 0);
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < n && qr.modules.get(r, end + 1)) end++;
      // A hair of overlap avoids white seams between modules in some viewers.
      doc.rect(x + (quiet + c) * cell, y + (quiet + r) * cell, (end - c + 1) * cell + 0.02, cell + 0.02, 'F');
      c = end + 1;
    }
  }
}

function cover(w: Writer, m: ReportModel, unprintable: boolean) {
  const { doc } = w;
  doc.setFillColor(...BRAND).rect(0, 0, PAGE_W, 62, 'F');
  doc.setTextColor(255, 255, 255).setFont('helvetica', 'bold').setFontSize(24);
  doc.text(m.cover.title.toUpperCase(), M, 24, { baseline: 'top' });
  doc.setFont('helvetica', 'normal').setFontSize(12);
  doc.text(doc.splitTextToSize(m.cover.subtitle, CONTENT_W) as string[], M, 36, { baseline: 'top' });
  doc.setFontSize(9).text('Formulir A - asesmen mandiri sebelum akreditasi BALKS', M, 50, { baseline: 'top' });

  w.y = 74;
  doc.setTextColor(...INK).setFont('helvetica', 'bold').setFontSize(18);
  const name = doc.splitTextToSize(m.institutionName, CONTENT_W) as string[];
  doc.text(name.slice(0, 4), M, w.y, { baseline: 'top' });
  w.y += Math.min(name.length, 4) * 7.5 + 4;

  w.table({
    theme: 'plain',
    body: m.cover.rows.map(([k, v]) => [k, v]),
    styles: { font: 'helvetica', fontSize: 10, cellPadding: { top: 1.6, bottom: 1.6, left: 0, right: 2 }, overflow: 'linebreak', textColor: INK },
    columnStyles: { 0: { cellWidth: 48, fontStyle: 'bold', textColor: MUTED } },
  });

  // The result box.
  w.ensure(50);
  const boxY = w.y + 2;
  const boxH = 44;
  doc.setDrawColor(...BRAND).setLineWidth(0.6).setFillColor(240, 249, 247).roundedRect(M, boxY, CONTENT_W, boxH, 2, 2, 'FD');
  doc.setTextColor(...MUTED).setFont('helvetica', 'bold').setFontSize(9);
  doc.text('NILAI TOTAL', M + 6, boxY + 6, { baseline: 'top' });
  doc.text('PERKIRAAN PERINGKAT', M + 62, boxY + 6, { baseline: 'top' });
  doc.setTextColor(...BRAND).setFontSize(30).text(m.cover.totalText, M + 6, boxY + 12, { baseline: 'top' });
  doc.setFontSize(9).setFont('helvetica', 'normal').setTextColor(...MUTED).text('dari 100', M + 6, boxY + 26, { baseline: 'top' });
  doc.setTextColor(...INK).setFont('helvetica', 'bold').setFontSize(14);
  const grade = doc.splitTextToSize(m.cover.gradeLabel, CONTENT_W - 68) as string[];
  doc.text(grade.slice(0, 2), M + 62, boxY + 12, { baseline: 'top' });
  doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(...INK);
  doc.text(doc.splitTextToSize(m.cover.gradeNote, CONTENT_W - 68) as string[], M + 62, boxY + 13 + Math.min(grade.length, 2) * 6, { baseline: 'top' });
  doc.setFontSize(9).setTextColor(...MUTED);
  doc.text(doc.splitTextToSize(m.summary.estimateDisclaimer, CONTENT_W - 12) as string[], M + 6, boxY + boxH - 8, { baseline: 'top' });
  w.y = boxY + boxH + 8;

  if (m.draft) {
    w.paragraph('DRAF - asesmen ini belum difinalkan; jawaban masih dapat berubah.', { bold: true, color: [180, 35, 24], size: 11 });
  }
  w.paragraph(
    `Berkas asesmen lengkap terlampir di dalam PDF ini (${EMBEDDED_FILE_NAME}) dan dapat diimpor kembali ke aplikasi Swanilai Panti. Kode integritas pada setiap halaman adalah awal dari SHA-256 isi berkas tersebut (lihat halaman Ringkasan); kode ini mendeteksi kerusakan atau perubahan yang tidak disegel ulang, tetapi tidak membuktikan siapa pembuat berkas.`,
    { size: 9, color: MUTED },
  );
  if (unprintable) w.paragraph(UNPRINTABLE_NOTE, { size: 9, color: MUTED });
}

function profile(w: Writer, m: ReportModel) {
  w.newPage();
  w.heading('1. Profil lembaga');
  w.table({
    body: m.profile.map(([k, v]) => [k, v]),
    styles: { font: 'helvetica', fontSize: 9, cellPadding: 1.8, overflow: 'linebreak', textColor: INK, lineColor: LINE, lineWidth: 0.2 },
    columnStyles: { 0: { cellWidth: 55, fontStyle: 'bold', fillColor: [245, 247, 250] } },
  });
}

function barChart(w: Writer, m: ReportModel) {
  const { doc } = w;
  const aspects = m.summary.aspects;
  const rowH = 7;
  const labelW = 52;
  const chartX = M + labelW;
  const chartW = CONTENT_W - labelW - 14;
  const height = aspects.length * rowH + 12;
  w.ensure(height + 4);
  const top = w.y;
  doc.setFont('helvetica', 'normal').setFontSize(9);
  aspects.forEach((a, i) => {
    const y = top + i * rowH;
    doc.setTextColor(...INK);
    const label = doc.splitTextToSize(`${a.id} ${a.name}`, labelW - 3) as string[];
    doc.text(label[0] ?? '', M, y + rowH / 2, { baseline: 'middle' });
    doc.setFillColor(228, 231, 235).rect(chartX, y + 1.2, chartW, rowH - 2.4, 'F');
    const value = a.score ?? 0;
    if (a.score !== null) doc.setFillColor(...BRAND).rect(chartX, y + 1.2, (chartW * Math.max(0, Math.min(100, value))) / 100, rowH - 2.4, 'F');
    doc.setTextColor(...INK).setFont('helvetica', 'bold');
    doc.text(a.scoreText, chartX + chartW + 2, y + rowH / 2, { baseline: 'middle' });
    doc.setFont('helvetica', 'normal');
  });
  const axisY = top + aspects.length * rowH;
  doc.setDrawColor(...MUTED).setLineWidth(0.2).line(chartX, axisY + 0.5, chartX + chartW, axisY + 0.5);
  doc.setFontSize(9).setTextColor(...MUTED);
  for (const t of [0, 25, 50, 75, 100]) doc.text(String(t), chartX + (chartW * t) / 100, axisY + 3.5, { align: 'center', baseline: 'top' });
  // Grade thresholds as dashed reference lines.
  doc.setLineDashPattern([1, 1], 0).setDrawColor(180, 35, 24).setLineWidth(0.25);
  for (const t of m.summary.thresholds) {
    const x = chartX + (chartW * t.min) / 100;
    doc.line(x, top, x, axisY + 0.5);
    doc.setTextColor(180, 35, 24).text(t.grade, x, top - 1, { align: 'center' });
  }
  doc.setLineDashPattern([], 0);
  w.y = axisY + 10;
  doc.setTextColor(...INK);
}

/** An aspect's name, marked as the standar khusus module unless its name already says so (no doubled parentheses). */
function moduleName(a: { name: string; module: 'umum' | 'khusus' }): string {
  return a.module === 'khusus' && !/standar khusus/i.test(a.name) ? `${a.name} (standar khusus)` : a.name;
}

function summary(w: Writer, m: ReportModel) {
  w.newPage();
  w.heading('2. Ringkasan');
  const s = m.summary;
  w.table({
    theme: 'plain',
    body: [
      ['Nilai total', `${s.totalText} dari 100`],
      ['Perkiraan peringkat', s.gradeLabel],
      ['Keterangan', s.gradeNote],
      ['Kelengkapan', s.completionText],
    ],
    styles: { font: 'helvetica', fontSize: 10, cellPadding: { top: 1.2, bottom: 1.2, left: 0, right: 2 }, overflow: 'linebreak', textColor: INK },
    columnStyles: { 0: { cellWidth: 45, fontStyle: 'bold' } },
  });
  w.y -= 3;
  w.paragraph(s.estimateDisclaimer, { size: 9, color: MUTED });

  w.subheading('Nilai per aspek');
  w.table({
    head: [['Kode', 'Aspek', 'Bobot', 'Terjawab', 'Nilai']],
    body: s.aspects.map((a) => [a.id, moduleName(a), String(a.weight), a.completionText, a.scoreText]),
    foot: [['', 'Nilai total (tertimbang)', '', '', s.totalText]],
    footStyles: { fillColor: [240, 249, 247], textColor: INK, fontStyle: 'bold' },
    columnStyles: { 0: { cellWidth: 16, fontStyle: 'bold' }, 2: { cellWidth: 16, halign: 'right' }, 3: { cellWidth: 22, halign: 'right' }, 4: { cellWidth: 18, halign: 'right', fontStyle: 'bold' } },
    styles: { font: 'helvetica', fontSize: 9, cellPadding: 1.6, overflow: 'linebreak', textColor: INK, lineColor: LINE, lineWidth: 0.2 },
  });
  barChart(w, m);

  w.subheading('Butir kritis yang belum terpenuhi');
  if (s.unmetCritical.length === 0) w.paragraph('Tidak ada: semua butir kritis terpenuhi.');
  else
    w.table({
      head: [['Butir', 'Pernyataan', 'Jawaban']],
      body: s.unmetCritical.map((c) => [c.id, c.statement, c.levelLabel]),
      columnStyles: { 0: { cellWidth: 20, fontStyle: 'bold' }, 2: { cellWidth: 26 } },
    });
  if (s.nextGrade) w.paragraph(s.nextGrade);

  if (m.verification) {
    const v = m.verification;
    w.subheading('Hasil verifikasi asesor');
    if (v.changedText) w.paragraph(v.changedText, { bold: true, color: [180, 35, 24] });
    w.table({
      theme: 'plain',
      body: v.rows,
      styles: { font: 'helvetica', fontSize: 9, cellPadding: { top: 1, bottom: 1, left: 0, right: 2 }, overflow: 'linebreak', textColor: INK },
      columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold' } },
    });
    if (v.disagreements.length)
      w.table({
        head: [['Butir', 'Tingkat mandiri yang ditinjau', 'Terverifikasi', 'Temuan']],
        body: v.disagreements,
        columnStyles: { 0: { cellWidth: 22, fontStyle: 'bold' }, 2: { cellWidth: 26, halign: 'right' } },
      });
  }

  // Integrity: full hash and the QR code.
  const qrSize = 42;
  w.ensure(qrSize + 14);
  w.subheading('Integritas laporan');
  const { doc } = w;
  const top = w.y;
  drawQr(doc, m.qrText, PAGE_W - M - qrSize, top, qrSize);
  const textW = CONTENT_W - qrSize - 6;
  doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(...INK);
  let y = top;
  const put = (t: string, font: 'helvetica' | 'courier' = 'helvetica', bold = false) => {
    doc.setFont(font, bold ? 'bold' : 'normal');
    const lines = doc.splitTextToSize(t, textW) as string[];
    doc.text(lines, M, y, { baseline: 'top' });
    y += lines.length * 4.3 + 1.2;
  };
  put(`Kode integritas: ${m.shortCode}`, 'helvetica', true);
  put('SHA-256 berkas asesmen terlampir:');
  put(`${m.hash.slice(0, 32)}\n${m.hash.slice(32)}`, 'courier', true);
  doc.setFontSize(9).setTextColor(...MUTED);
  put(
    `Berkas ${EMBEDDED_FILE_NAME} terlampir di dalam PDF ini. Untuk memverifikasi: impor PDF atau berkas itu ke Swanilai Panti; aplikasi menghitung ulang SHA-256 atas isi kanonis berkas dan harus sama dengan kode di atas. Kode yang cocok berarti berkas tidak rusak sejak disegel; kode tidak membuktikan siapa pembuatnya, jadi bandingkan dengan kode pada laporan yang ditandatangani lembaga. Kode QR memuat kode integritas, nama lembaga, periode dan nilai.`,
  );
  w.y = Math.max(y, top + qrSize) + 4;
  doc.setTextColor(...INK);
}

/** How the total is made (so it can be recomputed from the pages), the BALKS view and the syarat pengajuan. */
function basis(w: Writer, m: ReportModel) {
  const b = m.basis;
  w.subheading('Dasar penilaian');
  for (const line of b.formula) w.paragraph(line, { gap: 1 });
  if (b.decisionRule) w.paragraph(`Aturan memilih tingkat: ${b.decisionRule}`, { gap: 1 });
  if (b.gradeSource) w.paragraph(`Asal ambang peringkat: ${b.gradeSource}`, { color: MUTED });
  if (b.moduleNote) w.paragraph(b.moduleNote, { bold: true });
  w.subheading('Skor per standar BALKS');
  w.table({
    head: [['Standar BALKS', 'Porsi skor', 'Skor']],
    body: b.balks.map((x) => [x.standard, x.shareText, x.scoreText]),
    columnStyles: { 1: { cellWidth: 28, halign: 'right' }, 2: { cellWidth: 22, halign: 'right', fontStyle: 'bold' } },
  });
  if (b.eligibility) {
    w.subheading(`Syarat pengajuan akreditasi: ${b.eligibility.met ? 'lengkap' : 'belum lengkap'}`);
    w.paragraph('Syarat ini diperiksa di samping skor dan tidak menurunkan skor.', { color: MUTED, gap: 1 });
    w.table({
      head: [['Syarat', 'Status', 'Keterangan']],
      body: b.eligibility.rows.map(([label, status, detail]) => [label, { content: status, styles: { fontStyle: 'bold' } }, detail]),
      columnStyles: { 1: { cellWidth: 26 }, 2: { cellWidth: 50 } },
    });
  }
}

/** The institution's previous assessment beside this one, compared item by item through the standard's mapping. */
function comparison(w: Writer, m: ReportModel) {
  const c = m.comparison;
  if (!c) return;
  w.ensure(60);
  w.subheading('Perbandingan dengan asesmen sebelumnya');
  w.paragraph(`Sebelumnya: ${c.earlierLabel}.`, { gap: 0.5 });
  w.paragraph(`Sekarang: ${c.laterLabel}.`, { gap: 1 });
  if (c.versionNote) w.paragraph(c.versionNote, { size: 9 });
  w.table({
    head: [['Aspek', c.earlierPeriod, c.laterPeriod, 'Selisih']],
    body: c.rows,
    foot: [['Nilai total', ...c.total.map((t) => ({ content: t, styles: { halign: 'right' as const } }))]],
    footStyles: { fillColor: [240, 249, 247], textColor: INK, fontStyle: 'bold' },
    columnStyles: { 1: { cellWidth: 24, halign: 'right' }, 2: { cellWidth: 24, halign: 'right' }, 3: { cellWidth: 20, halign: 'right', fontStyle: 'bold' } },
  });
  if (c.scaleNote) w.paragraph(c.scaleNote, { bold: true, size: 9 });
  const list = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    w.paragraph(`${title} (${lines.length}): ${lines.join('; ')}.`, { size: 9, gap: 1 });
  };
  list('Butir yang naik', c.rose);
  list('Butir yang turun', c.fell);
  list('Butir yang berubah antara berlaku dan N/A', c.applicabilityChanged);
  list('Dibandingkan lewat pemetaan di berkas standar', c.mapped);
  list('Tidak dapat dibandingkan, hanya ada di asesmen sebelumnya', c.onlyInEarlier);
  list('Tidak dapat dibandingkan, butir baru', c.onlyInLater);
}

function items(w: Writer, m: ReportModel) {
  m.aspects.forEach((a, i) => {
    w.newPage();
    if (i === 0) w.heading('3. Penilaian butir per aspek');
    w.subheading(`${a.id} - ${moduleName(a)}`);
    w.paragraph(`Nilai aspek ${a.scoreText} dari 100 - bobot ${a.weight} - terjawab ${a.completionText} butir.`, { size: 9, color: MUTED });
    const body: RowInput[] = [];
    for (const c of a.components) {
      body.push([
        {
          content: `${c.id}  ${c.name}  (nilai komponen ${c.scoreText})`,
          colSpan: 6,
          styles: { fillColor: [226, 240, 238], fontStyle: 'bold', fontSize: 9 },
        },
      ]);
      for (const it of c.items) {
        const detail = [it.descriptor, it.computedNote ? `Dihitung: ${it.computedNote}` : ''].filter(Boolean).join('\n');
        body.push([
          { content: it.id + (it.critical ? '\n(kritis)' : ''), styles: { fontStyle: 'bold' } },
          it.statement,
          { content: String(it.weight).replace('.', ','), styles: { halign: 'center' } },
          { content: it.levelLabel, styles: { fontStyle: 'bold' } },
          detail || '—',
          { content: String(it.evidenceCount), styles: { halign: 'center' } },
        ]);
        const extra = [it.naReason ? `Alasan N/A: ${it.naReason}` : '', it.note ? `Catatan: ${it.note}` : ''].filter(Boolean).join('\n');
        if (extra) body.push([{ content: extra, colSpan: 6, styles: { fontSize: 9, textColor: MUTED, cellPadding: { top: 1, bottom: 1.5, left: 18, right: 3 } } }]);
      }
    }
    w.table({
      head: [['Butir', 'Pernyataan', 'Bobot', 'Jawaban', 'Deskriptor tingkat', 'Bukti']],
      body,
      columnStyles: { 0: { cellWidth: 17 }, 1: { cellWidth: 58 }, 2: { cellWidth: 13 }, 3: { cellWidth: 19 }, 5: { cellWidth: 11 } },
    });
  });
}

function indicators(w: Writer, m: ReportModel) {
  w.newPage();
  w.heading('4. Indikator SDM');
  w.table({
    head: [['Indikator', 'Nilai', 'Rumus / keterangan']],
    body: m.indicators.map((x) => [x.label, x.value, x.reason ? `Tidak dapat dihitung: ${x.reason}\nRumus: ${x.formula}` : x.formula]),
    columnStyles: { 0: { cellWidth: 55, fontStyle: 'bold' }, 1: { cellWidth: 30 } },
  });
  for (const n of m.indicatorNotes) w.paragraph(n, { size: 9 });
  w.subheading(`Daftar SDM (${m.staff.length} orang)`);
  if (m.staff.length === 0) w.paragraph('Belum ada data SDM yang dicatat.');
  else
    w.table({
      head: [['Jabatan / nama', 'Unsur', 'Pendidikan', 'Status', 'Bersertifikat', 'Pelatihan 12 bulan']],
      body: m.staff,
      columnStyles: { 1: { cellWidth: 24 }, 2: { cellWidth: 22 }, 3: { cellWidth: 22 }, 4: { cellWidth: 22 }, 5: { cellWidth: 22 } },
    });
}

function gaps(w: Writer, m: ReportModel) {
  w.newPage();
  w.heading('5. Celah dan rencana tindak lanjut');
  const t = m.gapTable;
  w.subheading(t.total === 0 ? 'Celah terpenting' : `Celah terpenting (${t.rows.length} dari ${t.total})`);
  w.paragraph(t.note, { size: 9, color: MUTED });
  if (t.total === 0) {
    w.paragraph('Tidak ada celah: semua butir yang berlaku sudah di tingkat 4.');
  } else {
    w.table({
      head: [['No', 'Butir', 'Pernyataan (ringkas)', 'Saat ini', 'Bobot × (4 - tingkat)']],
      body: t.rows.map((g) => [
        String(g.rank),
        { content: g.itemId + (g.critical ? '\n(kritis)' : ''), styles: { fontStyle: 'bold' } },
        g.statement,
        { content: g.levelLabel, styles: g.criticalUnmet ? { fontStyle: 'bold', textColor: [180, 35, 24] } : {} },
        { content: g.lossText, styles: { halign: 'right' } },
      ]),
      columnStyles: { 0: { cellWidth: 9, halign: 'right' }, 1: { cellWidth: 19 }, 3: { cellWidth: 24 }, 4: { cellWidth: 26 } },
    });
    if (t.moreText) {
      w.y -= 2;
      w.paragraph(t.moreText, { size: 9 });
    }
  }
  actionPlan(w, m);
}

/** Every action-plan row as one list; overdue rows first, tinted and marked "lewat tenggat". */
function actionPlan(w: Writer, m: ReportModel) {
  const p = m.actionPlan;
  w.ensure(p.rows.length ? 40 : 16);
  w.subheading('Rencana tindak lanjut');
  w.paragraph(p.note, { size: 9, color: p.rows.length ? MUTED : INK });
  if (p.rows.length === 0) return;
  const RED: [number, number, number] = [180, 35, 24];
  w.table({
    head: [['Butir', 'Tindak lanjut', 'Penanggung jawab', 'Tenggat', 'Status']],
    body: p.rows.map((a) => [
      { content: a.itemId, styles: { fontStyle: 'bold' } },
      a.action,
      a.responsible,
      a.overdue ? { content: `${a.targetDate}\nlewat tenggat`, styles: { textColor: RED, fontStyle: 'bold' } } : a.targetDate,
      a.status,
    ]),
    columnStyles: { 0: { cellWidth: 19 }, 2: { cellWidth: 32 }, 3: { cellWidth: 30 }, 4: { cellWidth: 18 } },
    didParseCell: (data: CellHookData) => {
      if (data.section === 'body' && p.rows[data.row.index]?.overdue) data.cell.styles.fillColor = [255, 241, 240];
    },
  });
}

function evidence(w: Writer, m: ReportModel, thumbs: Map<string, { bytes: Uint8Array; format: 'JPEG' | 'PNG' | 'WEBP' }>) {
  w.newSection();
  w.heading('6. Daftar bukti fisik (Formulir B)');
  if (m.evidence.length === 0) {
    w.paragraph('Belum ada bukti yang dicatat.');
    return;
  }
  const THUMB = 20;
  const { doc } = w;
  w.table({
    head: [['No', 'Jenis dan judul', 'Nomor / penerbit', 'Tanggal / berlaku s.d.', 'Butir', 'Foto']],
    body: m.evidence.map((e) => [
      String(e.no),
      [e.kind, e.title].filter(Boolean).join('\n'),
      [e.number, e.issuer].filter((x) => x !== '—').join('\n') || '—',
      (e.issueDate === '—' && e.expiryDate === '—' ? '—' : `${e.issueDate}\ns.d. ${e.expiryDate}`) + (e.expiryNote ? `\n${e.expiryNote}` : ''),
      e.itemIds,
      thumbs.has(e.id) ? '' : e.isImage ? '(foto tidak disertakan)' : e.fileName ? '(dokumen)' : '—',
    ]),
    columnStyles: { 0: { cellWidth: 8, halign: 'right' }, 1: { cellWidth: 38 }, 2: { cellWidth: 44 }, 3: { cellWidth: 30 }, 5: { cellWidth: THUMB + 3 } },
    didParseCell: (data: CellHookData) => {
      if (data.section === 'body' && data.column.index === 5 && thumbs.has(m.evidence[data.row.index]?.id ?? '')) {
        data.cell.styles.minCellHeight = THUMB + 3;
      }
      if (data.section === 'body' && data.column.index === 3 && /Kedaluwarsa|Segera/.test(String(data.cell.raw))) {
        data.cell.styles.textColor = [180, 35, 24];
      }
    },
    didDrawCell: (data: CellHookData) => {
      if (data.section !== 'body' || data.column.index !== 5) return;
      const e = m.evidence[data.row.index];
      const t = e ? thumbs.get(e.id) : undefined;
      if (!e || !t) return;
      try {
        const props = doc.getImageProperties(t.bytes);
        const scale = Math.min(THUMB / props.width, THUMB / props.height);
        const iw = props.width * scale;
        const ih = props.height * scale;
        const x = data.cell.x + (data.cell.width - iw) / 2;
        const y = data.cell.y + 1.5 + (THUMB - ih) / 2;
        doc.addImage(t.bytes, t.format, x, y, iw, ih, `thumb-${e.id}`, 'FAST');
      } catch {
        doc.setFontSize(9).setTextColor(...MUTED).text('(gambar rusak)', data.cell.x + 1, data.cell.y + 4);
      }
    },
  });
}

/** Photos are printed at least half the printable width, one per row with the caption beside them. */
export const PHOTO_MIN_WIDTH_MM = CONTENT_W / 2;
const PHOTO_LANDSCAPE_W = 100;
const CAPTION_GAP = 5;

/** The printed size (mm) of a photo of `width` × `height` pixels. */
export function photoBox(width: number, height: number): { w: number; h: number } {
  const maxH = PAGE_H - TOP - BOTTOM - 8;
  const ratio = height / width;
  // Landscape and square: 100 mm wide (three 4:3 photos a page); portrait: half the printable width, so it stays as
  // wide as the rule asks; only a strip taller than the page is narrowed to fit.
  const w = ratio <= 1 ? PHOTO_LANDSCAPE_W : PHOTO_MIN_WIDTH_MM;
  const h = w * ratio;
  return h <= maxH ? { w, h } : { w: maxH / ratio, h: maxH };
}

function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

function photoAppendix(w: Writer, m: ReportModel, photos: Map<string, ReportPhoto>) {
  const a = m.photoAppendix;
  const printable = a.photos.filter((p) => photos.has(p.evidenceId));
  w.newSection();
  w.heading('7. Lampiran foto bukti');
  if (printable.length > 0 || a.photos.length === 0) w.paragraph(a.note, { size: 9, color: MUTED, gap: 3 });
  const { doc } = w;
  for (const cap of printable) {
    const photo = photos.get(cap.evidenceId)!;
    const box = photoBox(photo.width, photo.height);
    const textW = CONTENT_W - box.w - CAPTION_GAP;
    doc.setFont('helvetica', 'bold').setFontSize(10);
    const head = doc.splitTextToSize(`Foto ${cap.no}. ${cap.title}`, textW) as string[];
    doc.setFont('helvetica', 'normal').setFontSize(9);
    const detail = [cap.kind, cap.dateText, `Bukti no. ${cap.evidenceNo} di Formulir B`]
      .filter((t) => t.trim() !== '')
      .flatMap((t) => doc.splitTextToSize(t, textW) as string[]);
    const items = doc.splitTextToSize(cap.itemsText, textW) as string[];
    const captionH = head.length * 4.8 + (detail.length + items.length) * 4.3 + 3;
    w.ensure(Math.max(box.h, captionH) + 2);
    const top = w.y;
    doc.addImage(photo.bytes, 'JPEG', M, top, box.w, box.h, `photo-${cap.evidenceId}`, 'NONE');
    doc.setDrawColor(...LINE).setLineWidth(0.2).rect(M, top, box.w, box.h, 'S');
    const x = M + box.w + CAPTION_GAP;
    let y = top;
    doc.setFont('helvetica', 'bold').setFontSize(10).setTextColor(...INK);
    doc.text(head, x, y, { baseline: 'top' });
    y += head.length * 4.8 + 1;
    doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(...MUTED);
    doc.text(detail, x, y, { baseline: 'top' });
    y += detail.length * 4.3 + 1;
    doc.setTextColor(...INK);
    doc.text(items, x, y, { baseline: 'top' });
    y += items.length * 4.3;
    w.y = Math.max(top + box.h, y) + 6;
  }
  const missing = a.photos.filter((p) => !photos.has(p.evidenceId));
  if (missing.length > 0) {
    w.paragraph(
      `${printable.length > 0 ? `${missing.length} foto bukti lain` : `${missing.length} foto bukti`} tidak dicetak karena berkasnya tidak tersedia untuk laporan ini (bukti no. ${missing.map((p) => p.evidenceNo).join(', ')} di Formulir B).`,
      { size: 9 },
    );
  }
}

function declaration(w: Writer, m: ReportModel) {
  w.ensure(114);
  if (w.y > TOP) w.y += 4;
  w.heading('8. Pernyataan');
  if (m.contributors) {
    w.subheading('Pengisi per aspek');
    w.paragraph('Asesmen ini diisi bersama tim, setiap anggota di perangkatnya sendiri, lalu digabungkan oleh ketua tim. Pernyataan di bawah ini tetap pernyataan pimpinan lembaga.', { size: 9 });
    w.table({ head: [['Aspek', 'Pengisi (jumlah butir yang dijawab)']], body: m.contributors.map((c) => [c.aspect, c.names]), columnStyles: { 0: { cellWidth: 60 } } });
    w.ensure(100);
  }
  const d = m.declaration;
  w.paragraph(d.statement, { size: 10, gap: 6 });
  const { doc } = w;
  const x = PAGE_W - M - 80;
  doc.setFont('helvetica', 'normal').setFontSize(10).setTextColor(...INK);
  if (!d.signed) {
    w.paragraph('Pernyataan belum ditandatangani: asesmen belum difinalkan.', { bold: true, color: [180, 35, 24] });
  }
  const lines = (t: string) => doc.splitTextToSize(t, 80) as string[];
  let y = w.y + 2;
  const put = (t: string, bold = false) => {
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    const ls = lines(t);
    doc.text(ls, x, y, { baseline: 'top' });
    y += ls.length * 5;
  };
  put(d.signed ? `${d.place}, ${d.dateText}` : '......................, ....................');
  put('Yang menyatakan,');
  y += 24;
  doc.setDrawColor(...INK).setLineWidth(0.3).line(x, y, x + 75, y);
  y += 2;
  put(d.signed ? d.name : '(nama)', true);
  put(d.signed ? d.position : '(jabatan)');
  doc.setTextColor(...MUTED);
  put('(tanda tangan dan stempel lembaga)');
  doc.setTextColor(...INK);
  w.y = y + 4;
}

function footers(doc: Doc, m: ReportModel) {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    if (m.draft) {
      doc.saveGraphicsState();
      doc.setGState(new GState({ opacity: 0.1 }));
      doc.setFont('helvetica', 'bold').setFontSize(110).setTextColor(180, 35, 24);
      doc.text('DRAF', PAGE_W / 2, PAGE_H / 2 + 20, { align: 'center', angle: 45 });
      doc.restoreGraphicsState();
      // On the cover the label sits on the coloured band: white there, red elsewhere.
      doc.setFont('helvetica', 'bold').setFontSize(9);
      if (i === 1) doc.setTextColor(255, 255, 255);
      else doc.setTextColor(180, 35, 24);
      doc.text('DRAF - belum final', PAGE_W - M, 9, { align: 'right' });
    }
    const y = PAGE_H - 12;
    doc.setDrawColor(...LINE).setLineWidth(0.3).line(M, y - 3, PAGE_W - M, y - 3);
    doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(...MUTED);
    const page = `Halaman ${i} dari ${pages}`;
    const code = `Kode integritas ${m.shortCode}`;
    doc.text(page, PAGE_W / 2, y, { align: 'center' });
    doc.text(code, PAGE_W - M, y, { align: 'right' });
    // The institution's name, shortened to the space left of the page number.
    const room = PAGE_W / 2 - M - doc.getTextWidth(page) / 2 - 4;
    let name = m.institutionName.replace(/\s+/g, ' ');
    if (doc.getTextWidth(name) > room) {
      while (name.length > 1 && doc.getTextWidth(`${name}...`) > room) name = name.slice(0, -1);
      name = `${name.trimEnd()}...`;
    }
    doc.text(name, M, y);
    doc.text(`${m.period}`.slice(0, 60), M, y + 4);
  }
}

/** Lays the report model out as an A4 PDF (compressed) with the bundle attached. */
export function renderReport(model: ReportModel, options: RenderOptions): jsPDF {
  const unprintable = hasUnprintableText({ ...model, score: null, qrText: null });
  const m = sanitise(model);
  // Standard fonts and sanitised (WinAnsi) text only: jsPDF's Arabic/BiDi text passes are dropped (see fastText.ts).
  const doc = fastStandardFontText(new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true }) as Doc);
  doc.setProperties({
    title: `Laporan asesmen mandiri - ${m.institutionName} - ${m.period}`,
    subject: `${m.standardLabel}; kode integritas ${m.shortCode}; SHA-256 ${m.hash}`,
    author: m.institutionName,
    creator: 'Swanilai Panti',
    keywords: `swanilai, asesmen mandiri, ${m.shortCode}`,
  });
  doc.setLanguage('id');
  attachFiles(doc, [
    {
      name: EMBEDDED_FILE_NAME,
      mime: 'application/json',
      bytes: options.bundleEncoded?.bytes ?? new TextEncoder().encode(options.bundleJson),
      deflated: options.bundleEncoded?.deflated ?? undefined,
      description: `Berkas asesmen Swanilai Panti (SHA-256 ${m.hash})`,
    },
  ]);

  const thumbs = new Map<string, { bytes: Uint8Array; format: 'JPEG' | 'PNG' | 'WEBP' }>();
  for (const t of options.thumbnails ?? []) {
    const format = imageFormat(t.bytes);
    if (format) thumbs.set(t.id, { bytes: t.bytes, format });
  }

  const photos = new Map<string, ReportPhoto>();
  for (const p of options.photos ?? []) {
    if (isJpeg(p.bytes) && p.width > 0 && p.height > 0) photos.set(p.evidenceId, p);
  }

  const w = new Writer(doc);
  cover(w, m, unprintable);
  profile(w, m);
  summary(w, m);
  basis(w, m);
  comparison(w, m);
  items(w, m);
  indicators(w, m);
  gaps(w, m);
  evidence(w, m, thumbs);
  photoAppendix(w, m, photos);
  declaration(w, m);
  footers(doc, m);
  return doc;
}
