/**
 * The assessor's verification PDF (laporan verifikasi asesor): self-assessed vs verified scores per aspect and in
 * total, every reviewed item with its finding, and the assessor's closing "Pengesahan asesor" (findings in numbers,
 * signature). The review bundle is attached so the PDF alone can be imported
 * by the institution. Loaded only with `import('../../pdf/verification')`.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { attachFiles } from './embed';
import { hasUnprintableText, toWinAnsi, UNPRINTABLE_NOTE } from './text';

export interface VerificationPdfModel {
  institutionName: string;
  period: string;
  standardLabel: string;
  assessorName: string;
  /** The verification date as printed ("12 Januari 2027"); '' when there is none yet. */
  reviewedAt: string;
  /** Short integrity code of the attached review bundle, e.g. "3FA2-9C01". */
  integrityCode: string;
  aspects: { name: string; self: string; verified: string }[];
  total: { self: string; verified: string };
  grade: { self: string; verified: string };
  reviewedCount: number;
  /** Items with neither a verified level nor a finding: they keep the self level in the verified score. */
  unverifiedCount: number;
  itemCount: number;
  items: { id: string; statement: string; self: string; verified: string; finding: string; note: string; disagrees: boolean }[];
  /** Findings in numbers for the closing "Pengesahan asesor" (findingSummaryRows): label and count, the total last. */
  findingSummary: [label: string, count: string][];
}

export const VERIFICATION_FILE_NAME = 'verifikasi-asesor.json';
const BRAND: [number, number, number] = [15, 118, 110];
const INK: [number, number, number] = [31, 41, 51];
const MUTED: [number, number, number] = [82, 96, 109];
const M = 15;
const PAGE_W = 210;
const CONTENT_W = PAGE_W - 2 * M;
/** Lowest y (mm) text may reach above the footer line at 290. */
const FOOT = 277;

type Doc = jsPDF & { lastAutoTable?: { finalY: number } };

/**
 * The closing section, built like the institution's declaration in the report (src/pdf/render.ts, `declaration`):
 * the assessor, the verification date, the findings in numbers, a statement, and a signature block with place and
 * date lines to fill in by hand. Kept on one page.
 */
function attestation(doc: Doc, model: VerificationPdfModel, startY: number) {
  const t = toWinAnsi;
  const statement = t(
    `Saya telah memeriksa asesmen mandiri ${model.institutionName} periode ${model.period} butir demi butir terhadap bukti yang ditunjukkan lembaga. Temuan dan tingkat terverifikasi dalam laporan ini adalah hasil pemeriksaan saya; butir yang belum diverifikasi tetap memakai tingkat penilaian mandiri.`,
  );
  doc.setFont('helvetica', 'normal').setFontSize(10);
  const statementLines = doc.splitTextToSize(statement, CONTENT_W) as string[];
  const needed = 12 + 11 + model.findingSummary.length * 6.2 + 8 + statementLines.length * 5 + 6 + 62;
  let y = startY + 10;
  if (y + needed > FOOT) {
    doc.addPage('a4', 'portrait');
    y = 20;
  }
  doc.setFont('helvetica', 'bold').setFontSize(14).setTextColor(...BRAND);
  doc.text(t('Pengesahan asesor'), M, y, { baseline: 'top' });
  y += 7;
  doc.setDrawColor(...BRAND).setLineWidth(0.4).line(M, y, PAGE_W - M, y);
  y += 4;
  doc.setFont('helvetica', 'normal').setFontSize(10).setTextColor(...INK);
  for (const line of [`Nama asesor: ${model.assessorName.trim() || '(belum diisi)'}`, `Tanggal verifikasi: ${model.reviewedAt || '(belum ada)'}`]) {
    const wrapped = doc.splitTextToSize(t(line), CONTENT_W) as string[];
    doc.text(wrapped, M, y, { baseline: 'top' });
    y += wrapped.length * 5;
  }
  autoTable(doc, {
    startY: y + 2,
    head: [[t('Ringkasan temuan'), t('Jumlah butir')]],
    body: model.findingSummary.map(([label, count], i) => [
      { content: t(label), styles: i === model.findingSummary.length - 1 ? { fontStyle: 'bold' } : {} },
      { content: count, styles: { halign: 'right', ...(i === model.findingSummary.length - 1 ? { fontStyle: 'bold' } : {}) } },
    ]),
    headStyles: { fillColor: BRAND, textColor: 255 },
    styles: { fontSize: 9, cellPadding: 1.5, textColor: INK },
    columnStyles: { 1: { cellWidth: 30 } },
    tableWidth: 120,
    margin: { left: M, right: M },
    pageBreak: 'avoid',
  });
  y = (doc.lastAutoTable?.finalY ?? y + 40) + 6;
  doc.setFont('helvetica', 'normal').setFontSize(10).setTextColor(...INK);
  doc.text(statementLines, M, y, { baseline: 'top' });
  y += statementLines.length * 5 + 6;

  const x = PAGE_W - M - 80;
  const put = (text: string, opts: { bold?: boolean; color?: [number, number, number] } = {}) => {
    doc.setFont('helvetica', opts.bold ? 'bold' : 'normal').setFontSize(10).setTextColor(...(opts.color ?? INK));
    const ls = doc.splitTextToSize(t(text), 80) as string[];
    doc.text(ls, x, y, { baseline: 'top' });
    y += ls.length * 5;
  };
  // Place and date of signing are written by hand: the assessor may sign elsewhere and later than the review.
  put('......................, ....................');
  put('(tempat, tanggal)', { color: MUTED });
  put('Asesor,');
  y += 24;
  doc.setDrawColor(...INK).setLineWidth(0.3).line(x, y, x + 75, y);
  y += 2;
  put(model.assessorName.trim() || '(nama asesor)', { bold: true });
  put('(tanda tangan asesor)', { color: MUTED });
}

export function buildVerificationPdf(model: VerificationPdfModel, bundleJson: string): Uint8Array {
  const t = toWinAnsi;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true }) as Doc;
  doc.setProperties({ title: t(`Verifikasi asesor - ${model.institutionName}`), creator: 'Swanilai Panti' });
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(16);
  doc.setTextColor(...BRAND);
  doc.text(t('Laporan Verifikasi Asesor'), M, 20);
  doc.setTextColor(31, 41, 51);
  doc.setFontSize(10);
  doc.setFont('helvetica', 'normal');
  const lines = [
    `Lembaga: ${model.institutionName}`,
    `Periode asesmen mandiri: ${model.period}`,
    `Instrumen: ${model.standardLabel}`,
    `Asesor: ${model.assessorName || '-'}`,
    `Tanggal verifikasi: ${model.reviewedAt || '-'}`,
    `Butir diverifikasi: ${model.reviewedCount} dari ${model.itemCount}; belum diverifikasi: ${model.unverifiedCount} (tetap memakai tingkat penilaian mandiri dalam skor terverifikasi)`,
    `Kode integritas berkas verifikasi: ${model.integrityCode}`,
    ...(hasUnprintableText(model) ? [UNPRINTABLE_NOTE] : []),
  ];
  let y = 28;
  for (const line of lines) {
    const wrapped = doc.splitTextToSize(t(line), 180) as string[];
    doc.text(wrapped, M, y);
    y += 5 * wrapped.length;
  }
  autoTable(doc, {
    startY: y + 2,
    head: [[t('Aspek'), t('Skor mandiri'), t('Skor terverifikasi')]],
    body: [
      ...model.aspects.map((a) => [t(a.name), a.self, a.verified]),
      [t('Total'), model.total.self, model.total.verified],
      [t('Perkiraan peringkat'), t(model.grade.self), t(model.grade.verified)],
    ],
    headStyles: { fillColor: BRAND },
    styles: { fontSize: 9 },
    margin: { left: M, right: M },
  });
  const after = doc.lastAutoTable?.finalY ?? y + 40;
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(12);
  doc.text(t('Temuan per butir'), M, after + 10);
  autoTable(doc, {
    startY: after + 13,
    head: [[t('Butir'), t('Pernyataan'), t('Mandiri'), t('Terverifikasi'), t('Temuan'), t('Catatan asesor')]],
    body: model.items.map((i) => [i.id, t(i.statement), i.self, i.verified, t(i.finding), t(i.note)]),
    headStyles: { fillColor: BRAND },
    styles: { fontSize: 9, cellPadding: 1.5 },
    columnStyles: { 0: { cellWidth: 17 }, 1: { cellWidth: 52 }, 2: { cellWidth: 16 }, 3: { cellWidth: 24 }, 4: { cellWidth: 24 } },
    margin: { left: M, right: M },
    didParseCell: (data) => {
      if (data.section === 'body' && model.items[data.row.index]?.disagrees) data.cell.styles.fillColor = [255, 243, 196];
    },
  });
  attestation(doc, model, doc.lastAutoTable?.finalY ?? after + 20);
  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(9);
    doc.setTextColor(...INK);
    doc.text(t(`Verifikasi asesor · kode ${model.integrityCode} · halaman ${p} dari ${pages}`), M, 290);
  }
  attachFiles(doc, [
    { name: VERIFICATION_FILE_NAME, mime: 'application/json', bytes: new TextEncoder().encode(bundleJson), description: 'Berkas verifikasi asesor (Swanilai Panti)' },
  ]);
  return new Uint8Array(doc.output('arraybuffer'));
}
