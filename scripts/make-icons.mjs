// Draws the app icon (a white check mark in a house outline on teal) into PNG files with no image library.
// Run once: node scripts/make-icons.mjs; the PNGs are committed in public/icons.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const TEAL = [15, 118, 110, 255];
const WHITE = [255, 255, 255, 255];
const distToSegment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};
// Shapes in unit coordinates, scaled around the centre by `scale` (maskable icons keep a safe zone).
function drawIcon(scale, rounded) {
  return (x, y) => {
    if (rounded) {
      const r = 0.18, cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
      if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
    }
    const u = (x - 0.5) / scale + 0.5, v = (y - 0.5) / scale + 0.5;
    const stroke = 0.055;
    const house = [[0.2, 0.45, 0.5, 0.2], [0.5, 0.2, 0.8, 0.45], [0.27, 0.42, 0.27, 0.8], [0.73, 0.42, 0.73, 0.8], [0.27, 0.8, 0.73, 0.8]];
    const check = [[0.36, 0.58, 0.46, 0.68], [0.46, 0.68, 0.64, 0.48]];
    const near = (segs, w) => segs.some(([a, b, c, d]) => distToSegment(u, v, a, b, c, d) < w);
    return near(house, stroke / 2) || near(check, stroke * 0.7) ? WHITE : TEAL;
  };
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', png(192, drawIcon(1, true)));
writeFileSync('public/icons/icon-512.png', png(512, drawIcon(1, true)));
writeFileSync('public/icons/maskable-512.png', png(512, drawIcon(0.75, false)));
writeFileSync('public/icons/apple-touch-icon-180.png', png(180, drawIcon(0.85, false)));
console.log('icons written');
