/**
 * The assessor's verification PDF (laporan verifikasi asesor): self-assessed vs verified scores per aspect and in
 * total, and every reviewed item with its finding. The review bundle is attached so the PDF alone can be imported
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
}

export const VERIFICATION_FILE_NAME = 'verifikasi-asesor.json';
const BRAND: [number, number, number] = [15, 118, 110];
const M = 15;

export function buildVerificationPdf(model: VerificationPdfModel, bundleJson: string): Uint8Array {
  const t = toWinAnsi;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
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
  const after = (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? y + 40;
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(12);
  doc.text(t('Temuan per butir'), M, after + 10);
  autoTable(doc, {
    startY: after + 13,
    head: [[t('Butir'), t('Pernyataan'), t('Mandiri'), t('Terverifikasi'), t('Temuan'), t('Catatan asesor')]],
    body: model.items.map((i) => [i.id, t(i.statement), i.self, i.verified, t(i.finding), t(i.note)]),
    headStyles: { fillColor: BRAND },
    styles: { fontSize: 8, cellPadding: 1.5 },
    columnStyles: { 0: { cellWidth: 17 }, 1: { cellWidth: 55 }, 2: { cellWidth: 16 }, 3: { cellWidth: 21 }, 4: { cellWidth: 24 } },
    margin: { left: M, right: M },
    didParseCell: (data) => {
      if (data.section === 'body' && model.items[data.row.index]?.disagrees) data.cell.styles.fillColor = [255, 243, 196];
    },
  });
  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(9);
    doc.text(t(`Verifikasi asesor · kode ${model.integrityCode} · halaman ${p} dari ${pages}`), M, 290);
  }
  attachFiles(doc, [
    { name: VERIFICATION_FILE_NAME, mime: 'application/json', bytes: new TextEncoder().encode(bundleJson), description: 'Berkas verifikasi asesor (Swanilai Panti)' },
  ]);
  return new Uint8Array(doc.output('arraybuffer'));
}
