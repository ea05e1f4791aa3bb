import { storeErrorText } from '../../ui/messages';

/** Indonesian message for a write the browser or the data layer refused. */
export function writeErrorMessage(error: unknown): string {
  return storeErrorText(error, 'Bukti tidak tersimpan');
}
