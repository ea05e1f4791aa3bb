/**
 * Turns a file the user picked (camera photo, image or PDF) into what the evidence register stores.
 * Images are decoded, downscaled so the long side is at most 1600 px and recompressed as JPEG (which also drops
 * EXIF data such as the GPS position), with a small thumbnail. PDFs are stored as they are.
 * Runs in the browser (canvas); the storage code in src/data never sees the original.
 */
import type { PreparedFile } from '../data/evidence';

export const MAX_LONG_SIDE = 1600;
export const THUMB_LONG_SIDE = 240;
export const JPEG_QUALITY = 0.8;
export const THUMB_QUALITY = 0.7;
/** Originals larger than this are refused before decoding (a low-end phone could run out of memory). */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
/** PDFs are stored as they are, so the limit is lower. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024;

export type PrepareResult = { ok: true; file: PreparedFile } | { ok: false; message: string };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** The size that fits inside `max` on its long side, keeping the aspect ratio; never upscales. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= max) return { width, height };
  const scale = max / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function isPdf(file: File): boolean {
  return file.type === 'application/pdf' || (file.type === '' && /\.pdf$/i.test(file.name));
}

function jpegName(name: string): string {
  const base = name.replace(/\.[^.]+$/, '') || 'foto';
  return `${base}.jpg`;
}

/** Draws `source` at width × height on a canvas (white behind transparency) and encodes it as JPEG. */
export async function encodeJpeg(source: CanvasImageSource, width: number, height: number, quality: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d unavailable');
  // JPEG has no transparency: a transparent PNG gets a white background instead of black.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  // Free the canvas memory at once (low-end phones).
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('encoding failed');
  return blob;
}

async function prepareImage(file: File): Promise<PrepareResult> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return {
      ok: false,
      message: 'Gambar tidak dapat dibaca. Gunakan foto berformat JPG atau PNG (format HEIC dari sebagian ponsel belum didukung).',
    };
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height, MAX_LONG_SIDE);
    const blob = await encodeJpeg(bitmap, size.width, size.height, JPEG_QUALITY);
    const t = fitWithin(bitmap.width, bitmap.height, THUMB_LONG_SIDE);
    const thumb = await encodeJpeg(bitmap, t.width, t.height, THUMB_QUALITY);
    return { ok: true, file: { blob, thumb, fileName: jpegName(file.name), mime: 'image/jpeg', width: size.width, height: size.height } };
  } catch {
    return { ok: false, message: 'Foto tidak dapat diproses, mungkin memori perangkat tidak cukup. Tutup aplikasi lain lalu coba lagi.' };
  } finally {
    bitmap.close();
  }
}

async function preparePdf(file: File): Promise<PrepareResult> {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  if (String.fromCharCode(...head) !== '%PDF-') {
    return { ok: false, message: 'Berkas ini bukan PDF yang valid. Pilih berkas PDF lain atau foto dokumennya.' };
  }
  return { ok: true, file: { blob: file, thumb: null, fileName: file.name || 'dokumen.pdf', mime: 'application/pdf', width: 0, height: 0 } };
}

export async function prepareEvidenceFile(file: File): Promise<PrepareResult> {
  if (file.size === 0) return { ok: false, message: 'Berkas kosong (0 byte). Pilih berkas lain.' };
  if (isPdf(file)) {
    if (file.size > MAX_PDF_BYTES) {
      return {
        ok: false,
        message: `Berkas PDF terlalu besar (${mb(file.size)}). Batasnya ${mb(MAX_PDF_BYTES)}. Perkecil PDF atau foto halaman pentingnya saja.`,
      };
    }
    return preparePdf(file);
  }
  if (file.type.startsWith('image/') || (file.type === '' && /\.(jpe?g|png|webp|gif|bmp)$/i.test(file.name))) {
    if (file.size > MAX_IMAGE_BYTES) {
      return {
        ok: false,
        message: `Foto terlalu besar (${mb(file.size)}). Batasnya ${mb(MAX_IMAGE_BYTES)}. Ambil foto dengan resolusi lebih kecil lalu coba lagi.`,
      };
    }
    return prepareImage(file);
  }
  return { ok: false, message: 'Jenis berkas tidak didukung. Pilih foto (JPG atau PNG) atau berkas PDF.' };
}
