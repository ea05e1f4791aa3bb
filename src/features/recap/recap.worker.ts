/// <reference lib="webworker" />
// The recap's heavy work off the page's thread: reading, validating and scoring files, and rebuilding rows from
// the stored sources (read straight from IndexedDB here, so only the small rows travel back to the page).
import { getRecapSources } from '../../data/recap';
import { processAndStore, rowsOfStored } from './process';
import { packResults, packRows } from './transfer';

export type WorkerRequest =
  | { id: number; kind: 'files'; files: File[]; recapDate: string }
  | { id: number; kind: 'stored'; ids: string[]; recapDate: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  try {
    // Rows travel packed (see transfer.ts); the pool unpacks them on the page.
    if (req.kind === 'files') scope.postMessage({ id: req.id, value: packResults(await processAndStore(req.files, req.recapDate)) });
    else scope.postMessage({ id: req.id, value: packRows(rowsOfStored(await getRecapSources(req.ids), req.recapDate)) });
  } catch (error) {
    scope.postMessage({ id: req.id, error: error instanceof Error ? error.message : String(error) });
  }
};
