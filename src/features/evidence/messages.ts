import { QUOTA_MESSAGE, isQuotaError } from '../../data/storage';

/** Indonesian message for a write the browser or the data layer refused. */
export function writeErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return QUOTA_MESSAGE;
  if (error instanceof Error && (error.name === 'RecordWriteError' || error.name === 'AssessmentLockedError')) return error.message;
  return 'Bukti tidak tersimpan karena kesalahan penyimpanan. Data yang sudah tersimpan tetap aman; coba lagi.';
}
