import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { STORE_ERROR_CODES, StoreError, refusedForGood } from '../../../src/data/errors';
import { QUOTA_MESSAGE, storeErrorText } from '../../../src/ui/messages';

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
