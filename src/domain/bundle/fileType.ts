/**
 * What an evidence file really is, from its first bytes: only the types the app itself produces (JPEG photos and
 * thumbnails, PNG, PDF documents). A file declared text/html or image/svg+xml would open as a page of the app's own
 * origin, so the declared type of an imported file is never trusted.
 */
export type EvidenceFileType = 'image/jpeg' | 'image/png' | 'application/pdf';

/** The largest side of an imported image: user uploads are downscaled to 1600 px; anything far above is a bomb. */
export const MAX_IMPORTED_IMAGE_SIDE = 4096;

export function sniffFileType(bytes: Uint8Array): EvidenceFileType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') return 'application/pdf';
  return null;
}

/** Width and height from the PNG IHDR or the first JPEG start-of-frame marker; null when not found. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const type = sniffFileType(bytes);
  if (type === 'image/png' && bytes.length >= 24) {
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: v.getUint32(16), height: v.getUint32(20) };
  }
  if (type === 'image/jpeg') {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1]!;
      const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
      }
      i += 2 + length;
    }
  }
  return null;
}

/**
 * Whether an imported file may be stored as evidence: a known type by its bytes, and an image no larger than
 * MAX_IMPORTED_IMAGE_SIDE on either side (a 12000 × 12000 PNG froze report export for 45 s).
 */
export function checkImportedFile(bytes: Uint8Array): { ok: true; type: EvidenceFileType } | { ok: false; reason: 'unknown-type' | 'image-too-large' } {
  const type = sniffFileType(bytes);
  if (!type) return { ok: false, reason: 'unknown-type' };
  if (type !== 'application/pdf') {
    const size = imageSize(bytes);
    if (!size || size.width > MAX_IMPORTED_IMAGE_SIDE || size.height > MAX_IMPORTED_IMAGE_SIDE) return { ok: false, reason: 'image-too-large' };
  }
  return { ok: true, type };
}

/** The first bytes of a base64 file (enough for the type and the image header) without decoding all of it. */
export function base64Head(b64: string, bytes = 65536): Uint8Array {
  const chars = Math.ceil(bytes / 3) * 4;
  const bin = atob(b64.slice(0, Math.min(b64.length, chars)));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Files of a bundle that import refuses (by their bytes), and thumbnails that are not JPEG thumbnails. */
export function refusedFileIds(files: readonly { id: string; data: string }[]): Set<string> {
  return new Set(files.filter((f) => !checkImportedFile(base64Head(f.data)).ok).map((f) => f.id));
}

export function acceptableThumb(b64: string | null): boolean {
  if (!b64) return false;
  const head = base64Head(b64);
  const size = imageSize(head);
  return sniffFileType(head) === 'image/jpeg' && size !== null && size.width <= 640 && size.height <= 640;
}

/** The same check on a thumbnail's bytes (a backup archive stores them raw). */
export function acceptableThumbBytes(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  const size = imageSize(head);
  return sniffFileType(head) === 'image/jpeg' && size !== null && size.width <= 640 && size.height <= 640;
}
