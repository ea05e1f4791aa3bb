import { acceptableThumb, checkImportedFile, type BundleFile } from '../domain/bundle';
import type { EvidenceDoc } from '../domain/records';
import { db, type EvidenceFile } from './db';
import type { ArchiveFile } from './backupArchive';

// Evidence files inside bundles: base64 both ways, the files an export carries, and the rows an import writes.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A Blob as base64; FileReader's data URL is much faster than building a binary string for multi-MB photos. */
export async function blobToBase64(blob: Blob): Promise<string> {
  if (typeof FileReader === 'undefined') return bytesToBase64(new Uint8Array(await blob.arrayBuffer())); // Node (tests)
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.lastIndexOf(',') + 1)); // base64 never contains a comma
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed on an evidence file'));
    reader.readAsDataURL(blob);
  });
}

/** Reads the stored files of these evidence records (a database read: safe inside a transaction). */
export async function fileRowsFor(evidence: EvidenceDoc[]): Promise<(EvidenceFile | undefined)[]> {
  return db.evidenceFiles.bulkGet(evidence.map((e) => e.id));
}

/**
 * Evidence file rows as bundle entries (base64). Reads Blobs: call it outside a transaction, which would otherwise
 * commit early. `mimeById` fills in a type for a Blob stored without one.
 */
export async function encodeEvidenceFiles(rows: (EvidenceFile | undefined)[], mimeById: ReadonlyMap<string, string> = new Map()): Promise<BundleFile[]> {
  return Promise.all(
    rows
      .filter((row): row is EvidenceFile => row !== undefined)
      .map(async (row) => ({
        id: row.id,
        mime: (row.blob.type || mimeById.get(row.id) || 'application/octet-stream').slice(0, 100),
        data: await blobToBase64(row.blob),
        thumb: row.thumb ? await blobToBase64(row.thumb) : null,
      })),
  );
}

export const mimesOf = (evidence: EvidenceDoc[]) => new Map(evidence.map((e) => [e.id, e.mime]));

/**
 * Evidence files as stored rows. The type comes from the bytes, never from the file's claim; files the app would
 * not itself produce (HTML, SVG, an image bomb) are not written, and a thumbnail that is not a small JPEG is dropped.
 */
export function filesToRows(files: BundleFile[], evidenceIds: Map<string, string>, archived?: ReadonlyMap<string, ArchiveFile>): EvidenceFile[] {
  const rows: EvidenceFile[] = [];
  // Files of a backup archive were checked (SHA-256 and type by their bytes) when the archive was read.
  for (const [id, f] of archived ?? []) if (evidenceIds.has(id)) rows.push({ id: evidenceIds.get(id)!, blob: f.blob, thumb: f.thumb });
  for (const f of files) {
    if (!evidenceIds.has(f.id)) continue;
    const bytes = base64ToBytes(f.data);
    const checked = checkImportedFile(bytes);
    if (!checked.ok) continue;
    rows.push({
      id: evidenceIds.get(f.id)!,
      blob: new Blob([bytes], { type: checked.type }),
      thumb: acceptableThumb(f.thumb) ? new Blob([base64ToBytes(f.thumb!)], { type: 'image/jpeg' }) : null,
    });
  }
  return rows;
}

