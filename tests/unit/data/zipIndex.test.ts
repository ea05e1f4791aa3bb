import { describe, expect, it } from 'vitest';
import { Zip, ZipPassThrough, inflateSync, strToU8, zipSync } from 'fflate';
import { entryData, readZipIndex } from '../../../src/data/zipIndex';

const text = async (b: Blob) => new TextDecoder().decode(new Uint8Array(await b.arrayBuffer()));

/** A zip as fflate's streaming writer makes it (sizes only in the data descriptor after each entry), as the backup does. */
function streamedZip(files: Record<string, Uint8Array>): Blob {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, bytes] of Object.entries(files)) {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return new Blob(parts as BlobPart[]);
}

describe('readZipIndex', () => {
  it('finds every entry of a streamed zip by its central directory, even when the data holds zip signatures', async () => {
    const tricky = strToU8('awal PK\x07\x08 PK\x03\x04 PK\x01\x02 akhir');
    const zip = streamedZip({ 'a.txt': strToU8('satu'), 'b.bin': tricky });
    const index = await readZipIndex(zip, 10);
    if (!index.ok) throw new Error(index.problem);
    expect(index.entries.map((e) => [e.name, e.compression, e.size])).toEqual([
      ['a.txt', 0, 4],
      ['b.bin', 0, tricky.length],
    ]);
    expect(await text((await entryData(zip, index.entries[1]!))!)).toBe('awal PK\x07\x08 PK\x03\x04 PK\x01\x02 akhir');
  });

  it('reads a deflated entry and a zip with a comment after its end record', async () => {
    const bytes = zipSync({ 'x.json': strToU8('{"a":1}'.repeat(100)) }, { level: 6, comment: 'catatan' });
    const zip = new Blob([bytes as BlobPart]);
    const index = await readZipIndex(zip, 10);
    if (!index.ok) throw new Error(index.problem);
    const [entry] = index.entries;
    expect(entry!.compression).toBe(8);
    const raw = new Uint8Array(await (await entryData(zip, entry!))!.arrayBuffer());
    expect(new TextDecoder().decode(inflateSync(raw))).toBe('{"a":1}'.repeat(100));
  });

  it('says "not a zip" for a truncated zip, for other bytes, and refuses too many entries', async () => {
    const zip = streamedZip({ 'a.txt': strToU8('satu'), 'b.txt': strToU8('dua') });
    expect(await readZipIndex(zip.slice(0, zip.size - 10), 10)).toEqual({ ok: false, problem: 'not-zip' });
    expect(await readZipIndex(new Blob(['bukan zip']), 10)).toEqual({ ok: false, problem: 'not-zip' });
    expect(await readZipIndex(zip, 1)).toEqual({ ok: false, problem: 'too-many' });
  });
});
