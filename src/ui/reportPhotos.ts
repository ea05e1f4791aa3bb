/**
 * Downscaled copies of the evidence photos for the report's photo appendix (Lampiran foto bukti): each stored image
 * is decoded, drawn at most 1000 px on its long side and encoded as JPEG at quality 0.7, so that a report with twenty
 * photos stays within 3 MB while a room can still be judged from the page. Runs in the browser (canvas).
 */
import { encodeJpeg, fitWithin } from './prepareEvidenceFile';

export const REPORT_PHOTO_LONG_SIDE = 1000;
export const REPORT_PHOTO_QUALITY = 0.7;

/** What the PDF module's photo appendix takes (src/pdf ReportPhoto). */
export interface ReportPhotoCopy {
  evidenceId: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

export async function downscalePhoto(
  blob: Blob,
  longSide = REPORT_PHOTO_LONG_SIDE,
  quality = REPORT_PHOTO_QUALITY,
): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  try {
    const size = fitWithin(bitmap.width, bitmap.height, longSide);
    const jpeg = await encodeJpeg(bitmap, size.width, size.height, quality);
    return { bytes: new Uint8Array(await jpeg.arrayBuffer()), width: size.width, height: size.height };
  } finally {
    bitmap.close();
  }
}

/**
 * The report copies of the given images, one after another (a low-end phone holds one decoded photo at a time).
 * An image that cannot be decoded is left out; the report then names it as not printed.
 */
export async function reportPhotoCopies(images: readonly { id: string; blob: Blob }[]): Promise<ReportPhotoCopy[]> {
  const out: ReportPhotoCopy[] = [];
  for (const image of images) {
    try {
      out.push({ evidenceId: image.id, ...(await downscalePhoto(image.blob)) });
    } catch {
      // Left out of the appendix (see above).
    }
  }
  return out;
}
