import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { STORE_ERROR_CODES, StoreError, refusedForGood } from '../../../src/data/errors';
import { QUOTA_MESSAGE, fieldPathText, fieldRuleText, fileProblemText, fileProblemsText, planReasonText, storeErrorText } from '../../../src/ui/messages';
import { actionSchema, declarationSchema, institutionSchema } from '../../../src/domain/records';
import { fieldRule, readFieldRule } from '../../../src/domain/records/fieldRules';
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
    expect(storeErrorText(new StoreError('invalid', 'required:action'))).toBe('Tindakan wajib diisi');
    expect(storeErrorText(new StoreError('invalid'))).toBe('Isian tidak valid.');
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

describe('field rules: the record schemas give codes, the UI words them', () => {
  const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message ?? '';

  it('every rule the records add reads back as a code and has an Indonesian sentence', () => {
    const messages = [
      fieldRule.required('institution-name'),
      fieldRule.required('document-kind'),
      fieldRule.choose('province'),
      fieldRule.tooLong(5000),
      fieldRule.notANumber,
      fieldRule.notInteger,
      fieldRule.negative,
      fieldRule.tooLarge,
      fieldRule.invalidDate,
      fieldRule.invalidHash,
      fieldRule.tooManyRows,
    ];
    const texts = messages.map((m) => {
      expect(readFieldRule(m), m).not.toBeNull();
      return fieldRuleText(m);
    });
    expect(texts).toEqual([
      'Nama lembaga wajib diisi',
      'Jenis dokumen wajib diisi',
      'Pilih provinsi',
      'Paling banyak 5.000 karakter',
      'Harus berupa angka',
      'Harus bilangan bulat',
      'Tidak boleh negatif',
      'Angka terlalu besar',
      'Tanggal tidak valid (format TTTT-BB-HH)',
      'Kode SHA-256 tidak valid',
      'Terlalu banyak baris',
    ]);
  });

  it('the schemas themselves carry codes, not sentences', () => {
    expect(firstMessage(institutionSchema.shape.name.safeParse(' '))).toBe('required:institution-name');
    expect(firstMessage(institutionSchema.shape.capacity.safeParse(-1))).toBe('negative');
    expect(firstMessage(institutionSchema.shape.province.safeParse('Atlantis'))).toBe('choose:province');
    expect(firstMessage(declarationSchema.shape.place.safeParse(''))).toBe('required:place');
    expect(firstMessage(actionSchema.shape.targetDate.safeParse('31/12/2026'))).toBe('invalid-date');
  });

  it("a message that is no code (zod's own, in Indonesian; a form's sentence) is shown as it is; none at all is Isian tidak valid", () => {
    for (const m of ['Input tidak valid', 'required:unknown-field', 'too-long:many', 'negative:1']) {
      expect(readFieldRule(m)).toBeNull();
      expect(fieldRuleText(m)).toBe(m);
    }
    expect(fieldRuleText(undefined)).toBe('Isian tidak valid');
  });

  it('an import whose field breaks a rule says the rule in Indonesian', () => {
    expect(fileProblemText({ code: 'invalid-field', path: ['institutions', 0, 'name'], field: 'name', message: 'required:institution-name' })).toMatch(
      /: Nama lembaga wajib diisi$/,
    );
  });

  it('a skipped import entry says why', () => {
    expect(planReasonText('review-without-assessment')).toMatch(/tidak ada di perangkat ini/);
  });
});
