import type { jsPDF } from 'jspdf';

/** The parts of jsPDF's plugin API (doc.internal) this plugin uses; jsPDF's typings leave them out. */
interface PluginInternal {
  events: { subscribe(topic: string, handler: () => void): unknown };
  newObject(): number;
  out(line: string): void;
  putStream(options: {
    data: string;
    additionalKeyValues?: { key: string; value: string | number }[];
    objectId?: number;
    filters?: string[];
    alreadyAppliedFilters?: string[];
  }): void;
}

export interface Attachment {
  /** ASCII file name, e.g. "berkas-asesmen.json". */
  name: string;
  mime: string;
  bytes: Uint8Array;
  description: string;
  /**
   * `bytes` already compressed in the zlib format (what `compressAttachment` returns): written as is with
   * /Filter /FlateDecode instead of being compressed again by jsPDF's (much slower) JavaScript deflate.
   */
  deflated?: Uint8Array;
}

/**
 * zlib-compresses bytes with the browser's native CompressionStream (also in Node 18+); null where it is missing
 * (the attachment is then compressed by jsPDF like any other stream).
 */
export async function compressAttachment(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (typeof CompressionStream !== 'function') return null;
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

/** A PDF literal string, escaped; non-ASCII characters are replaced (names and descriptions are ours, ASCII). */
function pdfString(s: string): string {
  return `(${s.replace(/[^\x20-\x7e]/g, '_').replace(/([\\()])/g, '\\$1')})`;
}

/** A PDF name for a MIME type: "application/json" → "/application#2Fjson". */
function pdfName(s: string): string {
  return `/${s.replace(/[^A-Za-z0-9.+-]/g, (c) => `#${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;
}

/** Bytes as a "binary string" (one char per byte), as jsPDF's writer wants: small chunks joined once (fast for MBs). */
function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 0x2000;
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  return parts.join('');
}

const pdfDate = (d: Date) => `D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;

/**
 * jsPDF has no API for embedded files: this writes an /EmbeddedFile stream (compressed like every other stream when
 * the document is), a /Filespec, and a /Names /EmbeddedFiles tree plus /AF in the catalog, when the PDF is output.
 * `pdfdetach -list` lists the file; `pdfdetach -save 1` extracts it byte for byte.
 */
export function attachFiles(doc: jsPDF, files: Attachment[], modified = new Date()): void {
  const internal = (doc as unknown as { internal: PluginInternal }).internal;
  let specs: { name: string; id: number }[] = [];
  internal.events.subscribe('postPutResources', () => {
    specs = files.map((file) => {
      const streamId = internal.newObject();
      internal.putStream({
        data: binaryString(file.deflated ?? file.bytes),
        ...(file.deflated ? { filters: [], alreadyAppliedFilters: ['/FlateDecode'] } : {}),
        objectId: streamId,
        additionalKeyValues: [
          { key: 'Type', value: '/EmbeddedFile' },
          { key: 'Subtype', value: pdfName(file.mime) },
          { key: 'Params', value: `<</Size ${file.bytes.length} /ModDate ${pdfString(pdfDate(modified))}>>` },
        ],
      });
      internal.out('endobj');
      const specId = internal.newObject();
      internal.out(
        `<</Type /Filespec /F ${pdfString(file.name)} /UF ${pdfString(file.name)} /Desc ${pdfString(file.description)} /AFRelationship /Data /EF <</F ${streamId} 0 R /UF ${streamId} 0 R>>>>`,
      );
      internal.out('endobj');
      return { name: file.name, id: specId };
    });
  });
  internal.events.subscribe('putCatalog', () => {
    if (specs.length === 0) return;
    // Names in a name tree must be sorted.
    const sorted = [...specs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    internal.out(`/Names <</EmbeddedFiles <</Names [${sorted.map((s) => `${pdfString(s.name)} ${s.id} 0 R`).join(' ')}]>>>>`);
    internal.out(`/AF [${specs.map((s) => `${s.id} 0 R`).join(' ')}]`);
    internal.out('/PageMode /UseAttachments');
  });
}
