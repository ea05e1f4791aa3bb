import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { STORE_ERROR_CODES, StoreError, refusedForGood } from '../../../src/data/errors';
import { QUOTA_MESSAGE, fieldPathText, fileProblemText, fileProblemsText, storeErrorText } from '../../../src/ui/messages';
import { parseBundle, type FileProblem } from '../../../src/domain/bundle';

describe('store errors become Indonesian in one place', () => {
  it('every code has its own sentence, never the code itself', () => {
    const texts = STORE_ERROR_CODES.map((code) => storeErrorText(new StoreError(code, 'Isian ini melanggar aturan')));
    for (const [i, text] of texts.entries()) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toContain(STORE_ERROR_CODES[i]);
    }
    // 'invalid' shows the rule's own sentence; every other code its own text.
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('a full disk, even wrapped by Dexie, says so; any other browser failure names what did not happen and why', () => {
    const quota = new Dexie.AbortError('aborted', Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    expect(storeErrorText(quota)).toBe(QUOTA_MESSAGE);
    expect(storeErrorText(new Error('disk I/O'), 'Bukti tidak tersimpan')).toBe(
      'Bukti tidak tersimpan karena kesalahan penyimpanan (disk I/O). Data yang sudah tersimpan tetap aman; coba lagi.',
    );
    expect(storeErrorText(new StoreError('invalid', 'Tindakan wajib diisi'))).toBe('Tindakan wajib diisi');
  });

  it('tells a refusal for good (retrying cannot help) from a failure that may pass later', () => {
    expect(refusedForGood(new StoreError('assessment-final'))).toBe(true);
    expect(refusedForGood(new StoreError('row-missing'))).toBe(true);
    expect(refusedForGood(new StoreError('quota'))).toBe(false);
    expect(refusedForGood(new Error('Asesmen tidak ditemukan'))).toBe(false);
  });
});

describe('a refused file is worded in one place', () => {
  const every: FileProblem[] = [
    { code: 'too-large', bytes: 60 * 1048576, limit: 50 * 1048576 },
    { code: 'not-text' },
    { code: 'unreadable', errorName: 'RangeError' },
    { code: 'empty' },
    { code: 'truncated' },
    { code: 'not-json', detail: 'Unexpected token h' },
    { code: 'not-an-object' },
    { code: 'not-a-bundle' },
    { code: 'newer-format', version: 9, supported: 2 },
    { code: 'invalid-field', path: ['answers', 0, 'level'], field: 'level', message: 'Input tidak valid' },
    { code: 'duplicate-id', collection: 'staff', key: 'staff-1' },
    { code: 'too-many-rows', assessmentId: 'a-1', collection: 'answers', count: 1001, limit: 1000 },
    { code: 'integrity-mismatch' },
    { code: 'more', count: 3 },
    { code: 'pdf-not-pdf' },
    { code: 'pdf-truncated' },
    { code: 'pdf-no-attachment' },
    { code: 'pdf-attachment-too-large' },
    { code: 'pdf-attachment-unreadable' },
    { code: 'pdf-unreadable' },
    { code: 'pdf-cancelled' },
    { code: 'no-assessment' },
  ];

  it('gives every problem its own Indonesian sentence', () => {
    const texts = fileProblemsText(every);
    for (const t of texts) expect(t).toMatch(/^[A-Z…a-z(]/);
    expect(new Set(texts).size).toBe(every.length);
    expect(texts.join(' ')).not.toMatch(/\b(undefined|null|error|file|invalid)\b/);
  });

  it('says sizes, counts, versions and paths the way a reader expects them', () => {
    expect(fileProblemText(every[0]!)).toBe('Berkas terlalu besar (60,0 MB; paling besar 50,0 MB).');
    expect(fileProblemText(every[8]!)).toMatch(/format versi 9; aplikasi ini membaca sampai versi 2/);
    expect(fileProblemText(every[9]!)).toBe('answers[0].level (tingkat jawaban, 0–4 atau kosong): Input tidak valid');
    expect(fileProblemText(every[11]!)).toBe('Asesmen "a-1" memuat 1.001 jawaban; paling banyak 1.000. Berkas ini bukan buatan aplikasi ini.');
    expect(fileProblemText(every[13]!)).toBe('… dan 3 masalah lain.');
    expect(fieldPathText([])).toBe('(berkas)');
  });

  it('words what the bundle check really returns for a broken file, zod message in Indonesian', async () => {
    const r = await parseBundle(JSON.stringify({ format: 'swanilai-bundle', formatVersion: 1, kind: 'assessment', institutions: [{ name: 42 }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const texts = fileProblemsText(r.problems);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join('\n')).toMatch(/Input tidak valid|wajib|diharapkan/);
    expect(texts.join('\n')).not.toMatch(/Invalid input|expected/);
  });
});
