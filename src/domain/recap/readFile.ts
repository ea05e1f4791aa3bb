import { extractBundleFromPdf, isPdf } from '../bundle/pdf';
import { parseBundle } from '../bundle/parse';
import type { FileProblem } from '../bundle/problems';
import type { Bundle } from '../bundle/schema';

export type RecapFileResult = { ok: true; bundle: Bundle } | { ok: false; problems: FileProblem[] };

/**
 * Reads one file chosen for the recap: a bundle (.json) or a PDF report with the bundle attached.
 * Everything is checked (schema, SHA-256) before the caller may store anything; failures are problem codes, worded
 * by src/ui/messages.ts.
 */
export async function readRecapFile(fileName: string, bytes: Uint8Array): Promise<RecapFileResult> {
  let payload: Uint8Array = bytes;
  if (isPdf(bytes) || /\.pdf$/i.test(fileName)) {
    const extracted = await extractBundleFromPdf(bytes);
    if (!extracted.ok) return { ok: false, problems: [extracted.problem] };
    payload = extracted.bytes;
  }
  const parsed = await parseBundle(payload);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  if (parsed.bundle.assessments.length === 0) {
    return { ok: false, problems: [{ code: 'no-assessment' }] };
  }
  return { ok: true, bundle: parsed.bundle };
}

/** The bundle as the recap keeps it: evidence images are dropped (the recap needs only the metadata). */
export function withoutImages(bundle: Bundle): Bundle {
  return bundle.files.length === 0 ? bundle : { ...bundle, files: [] };
}
