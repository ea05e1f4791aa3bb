/**
 * Files for the regional recap journey: generated bundles (.json), report PDFs made by the app's own report
 * renderer (src/pdf) with the bundle attached, a corrupt file and an exact copy (a duplicate).
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle } from '../../../src/domain/bundle';
import { buildReportModel } from '../../../src/domain/report';
import { findKhusus, findUmum } from '../../../src/domain/standard/registry';
import { buildReportPdf } from '../../../src/pdf';
import { generateBundles } from '../../../scripts/generate-bundles';

/** A report PDF for a bundle, exactly as the Laporan screen builds it (bundle JSON embedded as /EmbeddedFiles). */
export async function reportPdfFor(bundle: Bundle): Promise<Uint8Array> {
  const assessment = bundle.assessments[0]!;
  const umum = findUmum(assessment.standardId, assessment.standardVersion);
  if (!umum) throw new Error('unknown standard');
  const model = buildReportModel({
    snapshot: {
      institution: bundle.institutions[0]!,
      assessment,
      answers: bundle.answers,
      staff: bundle.staff,
      evidence: bundle.evidence,
      actions: bundle.actions,
      reviews: bundle.reviews,
      reviewMeta: bundle.reviewMeta[0] ?? null,
    },
    umum,
    khusus: findKhusus(assessment.khususId, assessment.khususVersion),
    integrityHash: bundle.integrity.hash,
    exportedAt: bundle.exportedAt,
  });
  return buildReportPdf(model, JSON.stringify(bundle));
}

export interface RecapFixture {
  dir: string;
  jsonPaths: string[];
  pdfPaths: string[];
  corruptPath: string;
  duplicatePath: string;
  /** Every bundle imported (the 20 JSON + the 2 inside the PDFs). */
  bundles: Bundle[];
  pdfBundles: Bundle[];
}

export async function writeRecapFixture(jsonCount = 20, seed = 11): Promise<RecapFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'swanilai-recap-'));
  const files = await generateBundles(jsonCount, { seed });
  const jsonPaths = files.map((f) => {
    const path = join(dir, f.fileName);
    writeFileSync(path, f.text);
    return path;
  });
  // Two more institutions arrive as report PDFs (a different seed: different institutions).
  const pdfBundles = (await generateBundles(2, { seed: seed + 1000, duplicateShare: 0, draftShare: 0 })).map((f) => f.bundle);
  const pdfPaths: string[] = [];
  for (const [i, bundle] of pdfBundles.entries()) {
    const path = join(dir, `laporan-${i + 1}.pdf`);
    writeFileSync(path, await reportPdfFor(bundle));
    pdfPaths.push(path);
  }
  const corruptPath = join(dir, 'rusak.json');
  writeFileSync(corruptPath, files[0]!.text.slice(0, Math.floor(files[0]!.text.length / 2)));
  const duplicatePath = join(dir, 'salinan-berkas-1.json');
  copyFileSync(jsonPaths[0]!, duplicatePath);
  return { dir, jsonPaths, pdfPaths, corruptPath, duplicatePath, bundles: [...files.map((f) => f.bundle), ...pdfBundles], pdfBundles };
}
