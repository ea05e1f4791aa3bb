import { describe, expect, it } from 'vitest';
import { checkImportedFile, imageSize, refusedFileIds, sniffFileType, acceptableThumb } from '../../../../src/domain/bundle/fileType';
import { PNG_1x1 } from './sample';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const text = (s: string) => new TextEncoder().encode(s);

/** A PNG header claiming the given size (IHDR only: enough for the check, which never decodes pixels). */
function pngHeader(width: number, height: number): Uint8Array {
  const out = new Uint8Array(33);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const v = new DataView(out.buffer);
  v.setUint32(16, width);
  v.setUint32(20, height);
  return out;
}

/** A minimal JPEG: SOI, an APP0 segment, then SOF0 with the size. */
function jpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 0, 0, 0]);
}

describe('evidence file types are taken from the bytes', () => {
  it('knows JPEG, PNG and PDF, and nothing else (HTML and SVG declared as images are refused)', () => {
    expect(sniffFileType(jpegHeader(10, 10))).toBe('image/jpeg');
    expect(sniffFileType(pngHeader(1, 1))).toBe('image/png');
    expect(sniffFileType(text('%PDF-1.4\n'))).toBe('application/pdf');
    expect(sniffFileType(text('<html><meta http-equiv="refresh" content="0;url=https://contoh.invalid"></html>'))).toBeNull();
    expect(sniffFileType(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
  });

  it('reads image sizes from the header and refuses image bombs', () => {
    expect(imageSize(jpegHeader(1600, 1067))).toEqual({ width: 1600, height: 1067 });
    expect(imageSize(pngHeader(12000, 12000))).toEqual({ width: 12000, height: 12000 });
    expect(checkImportedFile(pngHeader(12000, 12000))).toEqual({ ok: false, reason: 'image-too-large' });
    expect(checkImportedFile(jpegHeader(1600, 1200))).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkImportedFile(Buffer.from(PNG_1x1, 'base64'))).toEqual({ ok: true, type: 'image/png' });
  });

  it('names the files of a bundle that import will refuse, and drops thumbnails that are not small JPEGs', () => {
    const files = [
      { id: 'ok', data: b64(jpegHeader(800, 600)) },
      { id: 'html', data: b64(text('<script>parent.location="https://contoh.invalid"</script>')) },
      { id: 'bomb', data: b64(pngHeader(12000, 12000)) },
    ];
    expect([...refusedFileIds(files)].sort()).toEqual(['bomb', 'html']);
    expect(acceptableThumb(b64(jpegHeader(240, 160)))).toBe(true);
    expect(acceptableThumb(b64(pngHeader(12000, 12000)))).toBe(false);
    expect(acceptableThumb(null)).toBe(false);
  });
});
