import { MAX_BUNDLE_BYTES } from './limits';
import type { PdfProblem } from './problems';

/**
 * Finds the bundle attached to a PDF report (an /EmbeddedFile stream, uncompressed or FlateDecode) and returns
 * its bytes, still to be checked by parseBundle. Pure: bytes in, bytes out (uses DecompressionStream, which
 * browsers and Node 20 have). Handles PDFs written without object streams, as jsPDF writes them.
 */
export type PdfExtraction = { ok: true; bytes: Uint8Array; fileName: string | null } | { ok: false; problem: PdfProblem };

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) => {
  let out = '';
  for (let i = start; i < end; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 0x8000)));
  return out;
};

/**
 * A PDF starts with "%PDF-" at offset 0 (as jsPDF and every PDF this app reads writes it). Sniffing further in would
 * take a JSON bundle whose first kilobyte holds "%PDF-" (in a name, say) for a PDF.
 */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && latin1(bytes, 0, 5) === '%PDF-';
}

interface StreamObject {
  dict: string;
  data: Uint8Array;
  /** Offset of the stream's data: two references that reach the same stream are one candidate. */
  start: number;
}

/** Patokan aplikasi: a report of this app has one attachment; a file offering more than this many is not one. */
export const MAX_PDF_CANDIDATES = 8;

/**
 * Where every object starts, read in one pass over the file: "num gen" → the offset just after "obj" (the last
 * definition wins, as in an incrementally updated PDF). Looking objects up here, instead of one RegExp per
 * reference over the whole file, keeps a PDF with 150,000 references from freezing the page.
 */
type ObjectIndex = Map<string, number>;
const objectKey = (num: string | number, gen: string | number) => `${Number(num)} ${Number(gen)}`;

function indexObjects(text: string): ObjectIndex {
  const index: ObjectIndex = new Map();
  for (const m of text.matchAll(/(?:^|[\s>])(\d{1,10})\s+(\d{1,5})\s+obj\b/g)) index.set(objectKey(m[1]!, m[2]!), m.index + m[0].length);
  return index;
}

/** The dictionary and raw stream bytes of object `num gen`, or null. */
function readStreamObject(bytes: Uint8Array, text: string, index: ObjectIndex, key: string): StreamObject | null {
  const at = index.get(key);
  return at === undefined ? null : streamAt(bytes, text, index, at);
}

function streamAt(bytes: Uint8Array, text: string, index: ObjectIndex, from: number): StreamObject | null {
  const streamKw = text.indexOf('stream', from);
  const endObj = text.indexOf('endobj', from);
  if (streamKw < 0 || (endObj >= 0 && endObj < streamKw)) return null;
  const dict = text.slice(from, streamKw);
  let start = streamKw + 'stream'.length;
  if (text[start] === '\r') start++;
  if (text[start] === '\n') start++;
  let length: number | null = null;
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const indirect = /\/Length\s+(\d+)\s+(\d+)\s+R/.exec(dict);
  if (direct) length = Number(direct[1]);
  else if (indirect) {
    const at = index.get(objectKey(indirect[1]!, indirect[2]!));
    const lm = at === undefined ? null : /^\s*(\d+)/.exec(text.slice(at, at + 40));
    if (lm) length = Number(lm[1]);
  }
  let end: number;
  if (length !== null && start + length <= bytes.length && text.startsWith('endstream', skipSpace(text, start + length))) {
    end = start + length;
  } else {
    const es = text.indexOf('endstream', start);
    if (es < 0) return null;
    end = es;
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  }
  return { dict, data: bytes.subarray(start, end), start };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

async function decode(obj: StreamObject, limit: number): Promise<Uint8Array> {
  const filter = /\/Filter\s*(\[\s*)?\/(\w+)/.exec(obj.dict)?.[2] ?? null;
  if (filter === null) return obj.data;
  if (filter === 'FlateDecode') return inflate(obj.data, limit);
  throw new Error(`unsupported filter ${filter}`);
}

const PDF_STRING = /\/(?:UF|F)\s*\(((?:\\.|[^\\)])*)\)/;

export async function extractBundleFromPdf(input: Uint8Array | ArrayBuffer): Promise<PdfExtraction> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!isPdf(bytes)) return { ok: false, problem: { code: 'pdf-not-pdf' } };
  try {
    const text = latin1(bytes);
    const index = indexObjects(text);
    // Candidates: the /EF entries of file specifications, then any stream typed /EmbeddedFile; each stream once
    // (however its reference is spelt), and only a few: one report carries one attachment.
    const candidates: { obj: StreamObject; fileName: string | null }[] = [];
    const seen = new Set<number>();
    const add = (obj: StreamObject | null, fileName: string | null) => {
      if (!obj || seen.has(obj.start) || candidates.length >= MAX_PDF_CANDIDATES) return;
      seen.add(obj.start);
      candidates.push({ obj, fileName });
    };
    const refs = new Set<string>();
    for (const m of text.matchAll(/\/EF\s*<<[^>]*?\/(?:UF|F)\s+(\d{1,10})\s+(\d{1,5})\s+R/g)) {
      if (candidates.length >= MAX_PDF_CANDIDATES) break;
      const key = objectKey(m[1]!, m[2]!);
      if (refs.has(key)) continue;
      refs.add(key);
      // The file specification dictionary (just before /EF) names the file.
      const before = text.slice(Math.max(0, m.index - 500), m.index);
      add(readStreamObject(bytes, text, index, key), PDF_STRING.exec(before)?.[1] ?? null);
    }
    if (candidates.length === 0) {
      for (const m of text.matchAll(/\/Type\s*\/EmbeddedFile(?![A-Za-z])/g)) {
        if (candidates.length >= MAX_PDF_CANDIDATES) break;
        const objStart = text.lastIndexOf(' obj', m.index);
        if (objStart < 0) continue;
        add(streamAt(bytes, text, index, objStart + 4), null);
      }
    }
    if (candidates.length === 0) {
      // A PDF ends with %%EOF: without it the file was cut off (an interrupted download), not a PDF of another app.
      if (!latin1(bytes, Math.max(0, bytes.length - 1024)).includes('%%EOF')) {
        return { ok: false, problem: { code: 'pdf-truncated' } };
      }
      return { ok: false, problem: { code: 'pdf-no-attachment' } };
    }
    let first: { bytes: Uint8Array; fileName: string | null } | null = null;
    // One inflation budget for all candidates together, not one per candidate.
    let budget = MAX_BUNDLE_BYTES;
    for (const c of candidates) {
      let decoded: Uint8Array;
      try {
        decoded = await decode(c.obj, budget);
        budget -= decoded.length;
      } catch (error) {
        if (error instanceof RangeError) return { ok: false, problem: { code: 'pdf-attachment-too-large' } };
        continue;
      }
      first ??= { bytes: decoded, fileName: c.fileName };
      if (latin1(decoded, 0, Math.min(decoded.length, 4096)).includes('swanilai-bundle')) {
        return { ok: true, bytes: decoded, fileName: c.fileName };
      }
    }
    if (first) return { ok: true, ...first };
    return { ok: false, problem: { code: 'pdf-attachment-unreadable' } };
  } catch {
    return { ok: false, problem: { code: 'pdf-unreadable' } };
  }
}
