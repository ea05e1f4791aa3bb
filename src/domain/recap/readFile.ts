import { extractBundleFromPdf, isPdf } from '../bundle/pdf';
import { parseBundle } from '../bundle/parse';
import type { Bundle } from '../bundle/schema';

export type RecapFileResult = { ok: true; bundle: Bundle } | { ok: false; reason: string };

/**
 * Reads one file chosen for the recap: a bundle (.json) or a PDF report with the bundle attached.
 * Everything is checked (schema, SHA-256) before the caller may store anything; failures are Indonesian reasons.
 */
export async function readRecapFile(fileName: string, bytes: Uint8Array): Promise<RecapFileResult> {
  let payload: Uint8Array = bytes;
  if (isPdf(bytes) || /\.pdf$/i.test(fileName)) {
    const extracted = await extractBundleFromPdf(bytes);
    if (!extracted.ok) return { ok: false, reason: extracted.problem };
    payload = extracted.bytes;
  }
  const parsed = await parseBundle(payload);
  if (!parsed.ok) return { ok: false, reason: parsed.problems.join(' ') };
  if (parsed.bundle.assessments.length === 0) {
    return { ok: false, reason: 'Berkas tidak memuat asesmen, jadi tidak ada yang dapat direkap.' };
  }
  return { ok: true, bundle: parsed.bundle };
}

/** The bundle as the recap keeps it: evidence images are dropped (the recap needs only the metadata). */
export function withoutImages(bundle: Bundle): Bundle {
  return bundle.files.length === 0 ? bundle : { ...bundle, files: [] };
}
