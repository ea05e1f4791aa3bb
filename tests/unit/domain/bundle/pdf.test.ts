import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBundleFromPdf, parseBundle } from '../../../../src/domain/bundle';
import { sampleBundle } from './sample';

/** A minimal, valid PDF with one attached file, laid out as jsPDF writes one (no object streams). */
function pdfWithAttachment(payload: Uint8Array, compress: boolean, indirectLength = false): Uint8Array {
  const data = compress ? new Uint8Array(deflateSync(payload)) : payload;
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let size = 0;
  const push = (p: Uint8Array | string) => {
    const b = typeof p === 'string' ? enc.encode(p) : p;
    parts.push(b);
    size += b.length;
  };
  push('%PDF-1.3\n%\xE2\xE3\xCF\xD3\n');
  const obj = (n: number, body: string | (() => void)) => {
    offsets[n] = size;
    push(`${n} 0 obj\n`);
    if (typeof body === 'string') push(body);
    else body();
    push('\nendobj\n');
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 5 0 R >> >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  obj(4, () => {
    const filter = compress ? ' /Filter /FlateDecode' : '';
    const length = indirectLength ? '/Length 7 0 R' : `/Length ${data.length}`;
    push(`<< /Type /EmbeddedFile /Subtype /application#2Fjson ${length}${filter} >>\nstream\n`);
    push(data);
    push('\nendstream');
  });
  obj(5, '<< /Names [(berkas.json) 6 0 R] >>');
  obj(6, '<< /Type /Filespec /F (berkas-asesmen.json) /UF (berkas-asesmen.json) /EF << /F 4 0 R /UF 4 0 R >> >>');
  obj(7, String(data.length));
  const xref = size;
  push(`xref\n0 8\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 8 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('extractBundleFromPdf', () => {
  it.each([
    ['FlateDecode', true, false],
    ['uncompressed', false, false],
    ['indirect /Length', true, true],
  ])('finds the attached bundle (%s) and it passes parseBundle', async (_name, compress, indirect) => {
    const bundle = await sampleBundle();
    const json = new TextEncoder().encode(JSON.stringify(bundle));
    const pdf = pdfWithAttachment(json, compress, indirect);
    const r = await extractBundleFromPdf(pdf);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fileName).toBe('berkas-asesmen.json');
    expect(await parseBundle(r.bytes)).toEqual({ ok: true, bundle });
  });

  it('the hand-built PDF is what pdfdetach and qpdf accept (the test fixture is a real PDF)', async () => {
    const pdf = pdfWithAttachment(new TextEncoder().encode('{"a":1}'), true);
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    writeFileSync(join(dir, 'x.pdf'), pdf);
    expect(execFileSync('pdfdetach', ['-list', join(dir, 'x.pdf')]).toString()).toMatch(/berkas-asesmen\.json/);
  });

  it('says so for a PDF without an attachment, for a non-PDF, and for a corrupt stream, without throwing', async () => {
    const plain = new TextEncoder().encode('%PDF-1.3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF');
    expect(await extractBundleFromPdf(plain)).toEqual({ ok: false, problem: { code: 'pdf-no-attachment' } });
    expect(await extractBundleFromPdf(new TextEncoder().encode('{"a":1}'))).toEqual({ ok: false, problem: { code: 'pdf-not-pdf' } });
    const pdf = pdfWithAttachment(new TextEncoder().encode(JSON.stringify(await sampleBundle())), true);
    const cut = pdf.slice(0, Math.floor(pdf.length * 0.6));
    const r = await extractBundleFromPdf(cut);
    if (r.ok) expect((await parseBundle(r.bytes)).ok).toBe(false);
  });
});

describe('extractBundleFromPdf with the report renderer’s attachment plugin (src/pdf/embed.ts)', () => {
  it.each([true, false])('reads back a bundle attached by jsPDF (compress: %s)', async (compress) => {
    const { jsPDF } = await import('jspdf');
    const { attachFiles } = await import('../../../../src/pdf/embed');
    const bundle = await sampleBundle();
    const doc = new jsPDF({ compress });
    doc.text('Laporan', 20, 20);
    attachFiles(doc, [
      { name: 'catatan.txt', mime: 'text/plain', bytes: new TextEncoder().encode('bukan berkas'), description: 'Catatan' },
      { name: 'berkas-asesmen.json', mime: 'application/json', bytes: new TextEncoder().encode(JSON.stringify(bundle)), description: 'Berkas asesmen' },
    ]);
    const bytes = new Uint8Array(doc.output('arraybuffer'));
    const r = await extractBundleFromPdf(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fileName).toBe('berkas-asesmen.json');
    expect(await parseBundle(r.bytes)).toEqual({ ok: true, bundle });
  });
});

describe('format sniffing at offset 0', () => {
  it('a JSON bundle whose first kilobyte holds "%PDF-" (in a name) is not a PDF; a PDF starts with it', async () => {
    const { isPdf } = await import('../../../../src/domain/bundle/pdf');
    const json = new TextEncoder().encode(JSON.stringify({ format: 'swanilai-bundle', name: 'Laporan %PDF-1.7 lama' }));
    expect(isPdf(json)).toBe(false);
    expect(isPdf(new TextEncoder().encode('%PDF-1.3\n%âãÏÓ\n'))).toBe(true);
    expect(isPdf(new TextEncoder().encode('%PD'))).toBe(false);
  });
});

describe('a truncated PDF', () => {
  it('is called truncated, not "a PDF without an attachment"', async () => {
    const bundle = await sampleBundle();
    const whole = pdfWithAttachment(new TextEncoder().encode(JSON.stringify(bundle)), true);
    const r = await extractBundleFromPdf(whole.subarray(0, 300));
    expect(r).toEqual({ ok: false, problem: { code: 'pdf-truncated' } });
  });
});

describe('extractBundleFromPdf against crafted PDFs (nothing freezes, nothing inflates without bound)', () => {
  const enc = new TextEncoder();
  const concat = (parts: (string | Uint8Array)[]) => {
    const bs = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : p));
    const out = new Uint8Array(bs.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of bs) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  };

  it('150,000 file references are read in one pass over the file (a RegExp per reference took about a minute)', async () => {
    const bundle = await sampleBundle();
    const real = pdfWithAttachment(enc.encode(JSON.stringify(bundle)), true);
    const text = new TextDecoder('latin1').decode(real);
    const at = text.indexOf('%%EOF');
    // Many file specifications pointing at objects that do not exist, appended before the end.
    const junk = Array.from({ length: 150_000 }, (_, i) => `<< /EF << /F ${100 + i} 0 R >> >>`).join('\n');
    const crafted = concat([real.subarray(0, at), junk, '\n', real.subarray(at)]);
    // No timing asserted: the old per-reference RegExp took about a minute here, past this test's 30 s limit.
    const r = await extractBundleFromPdf(crafted);
    expect(r.ok).toBe(true);
    if (r.ok) expect((await parseBundle(r.bytes)).ok).toBe(true);
  }, 30_000);

  it('one 150 MB deflate stream declared under 40 spellings is inflated once, within one budget', async () => {
    const bomb = new Uint8Array(deflateSync(Buffer.alloc(150 * 1024 * 1024), { level: 9 }));
    // The stream declares its type 40 times, spelt with and without spaces: each declaration led to the same stream.
    const types = Array.from({ length: 40 }, (_, i) => `/Type${' '.repeat(i % 3)}/EmbeddedFile`).join(' ');
    const pdf = concat([
      '%PDF-1.3\n',
      '1 0 obj\n<< /Type /Catalog >>\nendobj\n',
      `4 0 obj\n<< ${types} /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`,
      bomb,
      '\nendstream\nendobj\n',
      'trailer\n<< /Root 1 0 R >>\n%%EOF\n',
    ]);
    let inflated = 0;
    const RealDecompression = globalThis.DecompressionStream;
    class Counting extends RealDecompression {
      constructor(format: CompressionFormat) {
        super(format);
        inflated++;
      }
    }
    globalThis.DecompressionStream = Counting as typeof DecompressionStream;
    try {
      const r = await extractBundleFromPdf(pdf);
      // The zeros are not a bundle: parseBundle will say so; what matters is that one inflation was made.
      expect(inflated).toBe(1);
      if (r.ok) expect((await parseBundle(r.bytes)).ok).toBe(false);
    } finally {
      globalThis.DecompressionStream = RealDecompression;
    }
  }, 60_000);
});
