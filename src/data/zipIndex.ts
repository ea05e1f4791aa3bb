/**
 * Reads a .zip by its central directory, the way the format means it to be read: the sizes come from the directory at the
 * end, and each entry is a slice of the Blob, so nothing is held in memory until it is asked for.
 *
 * Why not fflate's streaming Unzip: an entry written by a streaming zip writer (fflate's Zip, which our backup uses) has
 * its sizes only in a data descriptor after the data, so a streaming reader has to find the end of the entry by scanning
 * for a zip signature. A photo or scanned PDF whose bytes happen to contain "PK\x07\x08", "PK\x03\x04" or "PK\x01\x02"
 * (about one 9 MB file in 150) was cut there, and a good backup was refused as damaged.
 *
 * ZIP64 is not read: the app's archives are written without it (files ≤ 60 MB each, archive < 4 GB).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  compression: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
}

export type ZipIndex = { ok: true; entries: ZipEntry[] } | { ok: false; problem: 'not-zip' | 'zip64' | 'too-many' };

const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const MAX_TAIL = 22 + 0xffff;

const bytesOf = async (blob: Blob, from: number, to: number) => new Uint8Array(await blob.slice(from, to).arrayBuffer());

export async function readZipIndex(zip: Blob, maxEntries: number): Promise<ZipIndex> {
  const tailStart = Math.max(0, zip.size - MAX_TAIL);
  const tail = await bytesOf(zip, tailStart, zip.size);
  const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === EOCD_SIG && i + 22 + tv.getUint16(i + 20, true) <= tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'not-zip' };
  const count = tv.getUint16(eocd + 10, true);
  const cdSize = tv.getUint32(eocd + 12, true);
  const cdOffset = tv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: false, problem: 'zip64' };
  if (count > maxEntries) return { ok: false, problem: 'too-many' };
  if (cdOffset + cdSize > tailStart + eocd) return { ok: false, problem: 'not-zip' };

  const cd = await bytesOf(zip, cdOffset, cdOffset + cdSize);
  const v = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || v.getUint32(at, true) !== CD_SIG) return { ok: false, problem: 'not-zip' };
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    if (at + 46 + nameLength > cd.length) return { ok: false, problem: 'not-zip' };
    const entry: ZipEntry = {
      name: decoder.decode(cd.subarray(at + 46, at + 46 + nameLength)),
      compression: v.getUint16(at + 10, true),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      headerOffset: v.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.headerOffset === 0xffffffff) return { ok: false, problem: 'zip64' };
    if (entry.headerOffset + 30 + entry.compressedSize > cdOffset) return { ok: false, problem: 'not-zip' };
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The entry's data as it is stored (still deflated when compression is 8), as a slice of the zip; null when its header is broken. */
export async function entryData(zip: Blob, entry: ZipEntry): Promise<Blob | null> {
  const header = await bytesOf(zip, entry.headerOffset, entry.headerOffset + 30);
  if (header.length < 30) return null;
  const v = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (v.getUint32(0, true) !== LOCAL_SIG) return null;
  const start = entry.headerOffset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
  if (start + entry.compressedSize > zip.size) return null;
  return zip.slice(start, start + entry.compressedSize);
}
