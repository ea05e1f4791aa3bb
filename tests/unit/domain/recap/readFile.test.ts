import { describe, expect, it } from 'vitest';
import { readRecapFile, withoutImages, rowsOfSource, selectRows } from '../../../../src/domain/recap';
import { generateBundles } from '../../../../scripts/generate-bundles';
import { currentKhususFor, currentUmum } from '../../../../src/domain/standard/registry';

const enc = (s: string) => new TextEncoder().encode(s);

describe('reading a recap file', () => {
  it('accepts a sealed bundle and rejects tampered, corrupt and foreign files each with its problem', async () => {
    const [file] = await generateBundles(1, { seed: 3 });
    const ok = await readRecapFile(file!.fileName, enc(file!.text));
    expect(ok.ok).toBe(true);

    const tampered = JSON.parse(file!.text);
    tampered.institutions[0].name = 'Nama diubah';
    const bad = await readRecapFile('ubah.json', enc(JSON.stringify(tampered)));
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.problems).toEqual([{ code: 'integrity-mismatch' }]);

    const cut = await readRecapFile('potong.json', enc(file!.text.slice(0, 500)));
    expect(!cut.ok && cut.problems).toEqual([{ code: 'truncated' }]);

    const pdf = await readRecapFile('palsu.pdf', enc('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF'));
    expect(!pdf.ok && pdf.problems).toEqual([{ code: 'pdf-no-attachment' }]);

    const other = await readRecapFile('lain.json', enc('{"format":"lain"}'));
    expect(!other.ok && other.problems).toEqual([{ code: 'not-a-bundle' }]);
  });

  it('drops evidence images before storing', async () => {
    const [file] = await generateBundles(1, { seed: 3 });
    const withFile = { ...file!.bundle, files: [{ id: 'f', mime: 'image/jpeg', data: 'AAAA', thumb: null }] };
    expect(withoutImages(withFile).files).toEqual([]);
  });
});

describe('bundle generator', () => {
  it('is deterministic for a seed and writes valid, sealed bundles answering every item of the real standard', async () => {
    const a = await generateBundles(12, { seed: 42 });
    const b = await generateBundles(12, { seed: 42 });
    expect(a.map((f) => f.bundle.integrity.hash)).toEqual(b.map((f) => f.bundle.integrity.hash));
    const umumCount = currentUmum().aspects.flatMap((x) => x.components.flatMap((c) => c.items)).length;
    for (const f of a) {
      const read = await readRecapFile(f.fileName, enc(f.text));
      expect(read.ok, f.fileName).toBe(true);
      const assessment = f.bundle.assessments[0]!;
      const khusus = currentKhususFor(f.bundle.institutions[0]!.type);
      const khususCount = khusus ? khusus.aspects.flatMap((x) => x.components.flatMap((c) => c.items)).length : 0;
      if (assessment.status === 'final') expect(f.bundle.answers.length).toBe(umumCount + khususCount);
      expect(assessment.khususId).toBe(khusus?.id ?? null);
    }
  });

  it('spreads over provinces and types, with drafts, an empty roster, expired documents and second bundles', async () => {
    const files = await generateBundles(200, { seed: 1 });
    const bundles = files.map((f) => f.bundle);
    expect(new Set(bundles.map((b) => b.institutions[0]!.province)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(bundles.map((b) => b.institutions[0]!.type)).size).toBeGreaterThanOrEqual(6);
    expect(bundles.some((b) => b.assessments[0]!.status === 'draft')).toBe(true);
    expect(bundles.some((b) => b.staff.length === 0)).toBe(true);
    expect(bundles.some((b) => b.evidence.some((e) => e.expiryDate !== '' && e.expiryDate < '2026-11-22'))).toBe(true);
    const rows = files.flatMap((f) => rowsOfSource({ id: f.bundle.integrity.hash, fileName: f.fileName, importedAt: '', bundle: f.bundle }, { recapDate: '2026-11-22' }));
    const { selected, superseded } = selectRows(rows);
    expect(superseded.length).toBeGreaterThan(0);
    expect(new Set(selected.map((r) => r.institutionId)).size).toBeLessThan(selected.length);
  });
});
