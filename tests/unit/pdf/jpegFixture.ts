/**
 * Photo-like JPEG files for the report tests, made in Node without an image library: each picture (a room: wall,
 * window, floor, furniture, with sensor-like noise) is written as raw RGB into a one-page PDF whose page is exactly
 * width × height points, and poppler's pdftoppm renders it at 72 dpi to a baseline JPEG at quality 70 (libjpeg), the
 * quality the app encodes the report's photos with. poppler-utils is already needed by the PDF tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Raw RGB of a room-like scene; `seed` varies the colours and the furniture. The noise (±`noise` per channel) stands
 * for the texture and sensor noise of a phone photo: at ±20 a 1000 × 750 picture makes a JPEG of about 110 KB at
 * quality 70, in the range of real room photos at that size.
 */
export function roomPixels(width: number, height: number, seed: number, noise = 20): Buffer {
  const rnd = prng(seed);
  const px = Buffer.alloc(width * height * 3);
  const wall = [170 + rnd() * 60, 150 + rnd() * 60, 120 + rnd() * 60] as const;
  const floor = [90 + rnd() * 50, 60 + rnd() * 40, 40 + rnd() * 30] as const;
  const horizon = Math.round(height * (0.55 + rnd() * 0.15));
  const win = { x0: width * (0.1 + rnd() * 0.4), y0: height * 0.12, w: width * 0.25, h: height * 0.3 };
  const boxes = Array.from({ length: 5 }, () => {
    const w = width * (0.08 + rnd() * 0.25);
    const h = height * (0.1 + rnd() * 0.3);
    const x0 = rnd() * (width - w);
    const y0 = horizon - h * (0.3 + rnd() * 0.7);
    return { x0, y0, w, h, c: [rnd() * 255, rnd() * 255, rnd() * 255] as const };
  });
  let r = 0;
  let g = 0;
  let b = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (y >= horizon) {
        // Floor tiles with a little shading towards the camera.
        const f = ((Math.floor(x / 60) + Math.floor((y - horizon) / 40)) % 2 === 0 ? 1 : 0.85) * (0.8 + (0.2 * (y - horizon)) / (height - horizon));
        r = floor[0] * f;
        g = floor[1] * f;
        b = floor[2] * f;
      } else {
        const f = 0.75 + 0.25 * (1 - Math.abs(x - width / 2) / (width / 2));
        r = wall[0] * f;
        g = wall[1] * f;
        b = wall[2] * f;
      }
      if (x >= win.x0 && x < win.x0 + win.w && y >= win.y0 && y < win.y0 + win.h) {
        const bar = Math.abs(x - (win.x0 + win.w / 2)) < 3 || Math.abs(y - (win.y0 + win.h / 2)) < 3;
        r = bar ? 240 : 150 + (y - win.y0) * 0.3;
        g = bar ? 240 : 190;
        b = bar ? 235 : 235;
      }
      for (const box of boxes) {
        if (x >= box.x0 && x < box.x0 + box.w && y >= box.y0 && y < box.y0 + box.h) {
          const edge = x - box.x0 < 4 || box.x0 + box.w - x < 4 || y - box.y0 < 4;
          const f = edge ? 0.6 : 0.85 + 0.15 * Math.sin(x / 7 + y / 11);
          r = box.c[0] * f;
          g = box.c[1] * f;
          b = box.c[2] * f;
        }
      }
      const o = (y * width + x) * 3;
      const n = (rnd() - 0.5) * 2 * noise;
      px[o] = Math.max(0, Math.min(255, r + n));
      px[o + 1] = Math.max(0, Math.min(255, g + n));
      px[o + 2] = Math.max(0, Math.min(255, b + n));
    }
  }
  return px;
}

/** A PDF with one page per picture, each page width × height pt showing the picture edge to edge. */
function picturesPdf(pictures: Buffer[], width: number, height: number): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body) && objects.length;
  const stream = (dict: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in below
  const kids: number[] = [];
  for (const px of pictures) {
    const image = add(stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(px, { level: 1 })));
    const content = add(stream('', Buffer.from(`q ${width} 0 0 ${height} 0 0 cm /Im0 Do Q`, 'latin1')));
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(at);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** `count` distinct photo-like JPEGs of width × height pixels (quality 70), written under `dir` and returned as bytes. */
export function makeJpegPhotos(dir: string, count: number, width: number, height: number): Uint8Array[] {
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, `pictures-${width}x${height}.pdf`);
  writeFileSync(pdf, picturesPdf(Array.from({ length: count }, (_, i) => roomPixels(width, height, i + 1)), width, height));
  const prefix = join(dir, `photo-${width}x${height}`);
  execFileSync('pdftoppm', ['-r', '72', '-jpeg', '-jpegopt', 'quality=70', pdf, prefix]);
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(`photo-${width}x${height}-`) && f.endsWith('.jpg'))
    .sort();
  if (files.length !== count) throw new Error(`pdftoppm wrote ${files.length} JPEGs, expected ${count}`);
  return files.map((f) => new Uint8Array(readFileSync(join(dir, f))));
}
