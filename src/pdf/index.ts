/**
 * The PDF report renderer. The app loads this module only with `import('../../pdf')` so jsPDF stays out of the
 * first-load JavaScript (the chunk is precached for offline use).
 */
import type { ReportModel } from '../domain/report';
import { compressAttachment } from './embed';
import { renderReport, type ReportPhoto, type Thumbnail } from './render';

export { EMBEDDED_FILE_NAME, renderReport, type ReportPhoto, type Thumbnail } from './render';
export { toWinAnsi } from './text';

/**
 * Builds the report PDF: the model laid out on A4, the bundle JSON attached, evidence thumbnails in Formulir B and,
 * when given, the evidence photos (JPEG, embedded as they are) in the photo appendix after it.
 */
export async function buildReportPdf(
  model: ReportModel,
  bundleJson: string,
  thumbnails: Thumbnail[] = [],
  photos: ReportPhoto[] = [],
): Promise<Uint8Array> {
  // The attached bundle is compressed natively (asynchronously) rather than by jsPDF's JavaScript deflate: with the
  // photo files inside it is megabytes.
  const bytes = new TextEncoder().encode(bundleJson);
  const deflated = await compressAttachment(bytes);
  const doc = renderReport(model, { bundleJson, bundleEncoded: { bytes, deflated }, thumbnails, photos });
  return new Uint8Array(doc.output('arraybuffer'));
}
