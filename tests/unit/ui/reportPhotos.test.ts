import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPORT_PHOTO_LONG_SIDE, REPORT_PHOTO_QUALITY, reportPhotoCopies } from '../../../src/ui/reportPhotos';

/**
 * The browser pieces (createImageBitmap, canvas) are stand-ins here: what is checked is the size each photo is drawn
 * at, the JPEG quality asked for, one photo at a time with its bitmap released, and an undecodable image left out.
 */
describe('report photo copies (src/ui/reportPhotos)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws each photo at most 1000 px on its long side and encodes JPEG at quality 0.7; an undecodable one is left out', async () => {
    const sizes = new Map<string, [number, number]>([
      ['besar', [1600, 1200]],
      ['tegak', [1200, 1600]],
      ['kecil', [320, 240]],
    ]);
    const log: string[] = [];
    let open = 0;
    vi.stubGlobal('createImageBitmap', async (blob: Blob) => {
      const name = await blob.text();
      const size = sizes.get(name);
      if (!size) throw new Error('cannot decode');
      open++;
      expect(open).toBe(1);
      return { width: size[0], height: size[1], close: () => open-- };
    });
    vi.stubGlobal('document', {
      createElement: (tag: string) => {
        expect(tag).toBe('canvas');
        const canvas = {
          width: 0,
          height: 0,
          getContext: () => ({ fillRect: () => undefined, drawImage: (_: unknown, x: number, y: number, w: number, h: number) => log.push(`draw ${w}x${h}`), fillStyle: '', imageSmoothingQuality: '' }),
          toBlob: (done: (b: Blob) => void, type: string, quality: number) => {
            log.push(`${type} ${quality} ${canvas.width}x${canvas.height}`);
            done(new Blob([new Uint8Array([0xff, 0xd8, 0xff, canvas.width & 255])], { type }));
          },
        };
        return canvas;
      },
    });
    const images = ['besar', 'rusak', 'tegak', 'kecil'].map((name) => ({ id: `ev-${name}`, blob: new Blob([name]) }));
    const copies = await reportPhotoCopies(images);
    expect(REPORT_PHOTO_LONG_SIDE).toBe(1000);
    expect(REPORT_PHOTO_QUALITY).toBe(0.7);
    expect(copies.map((c) => [c.evidenceId, c.width, c.height])).toEqual([
      ['ev-besar', 1000, 750],
      ['ev-tegak', 750, 1000],
      ['ev-kecil', 320, 240], // never enlarged
    ]);
    expect(log).toEqual(['draw 1000x750', 'image/jpeg 0.7 1000x750', 'draw 750x1000', 'image/jpeg 0.7 750x1000', 'draw 320x240', 'image/jpeg 0.7 320x240']);
    expect([...copies[0]!.bytes]).toEqual([0xff, 0xd8, 0xff, 1000 & 255]);
    expect(open).toBe(0);
  });
});
