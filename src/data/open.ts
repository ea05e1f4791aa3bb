import { DATA_FORMAT, db, type SwanilaiDb } from './db';

export type OpenResult =
  | { ok: true }
  | { ok: false; reason: 'newer-version' | 'unavailable'; message: string };

const NEWER = 'Data di perangkat ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi (muat ulang saat online) agar data dapat dibaca. Data Anda tidak diubah.';

/** Opens the database and checks the stored data format before anything reads it. */
export async function openDatabase(database: SwanilaiDb = db): Promise<OpenResult> {
  try {
    await database.open();
    const stored = await database.meta.get('dataFormat');
    if (!stored) await database.meta.put({ key: 'dataFormat', value: DATA_FORMAT });
    else if (typeof stored.value === 'number' && stored.value > DATA_FORMAT) {
      database.close();
      return { ok: false, reason: 'newer-version', message: NEWER };
    }
    return { ok: true };
  } catch (error) {
    if (error instanceof Error && error.name === 'VersionError') {
      return { ok: false, reason: 'newer-version', message: NEWER };
    }
    return {
      ok: false,
      reason: 'unavailable',
      message: `Penyimpanan perangkat tidak dapat dibuka (${error instanceof Error ? error.message : String(error)}). Pastikan browser tidak dalam mode penyamaran dan ruang penyimpanan cukup.`,
    };
  }
}
