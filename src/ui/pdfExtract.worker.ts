/// <reference lib="webworker" />
/**
 * Reads the bundle attached to a PDF off the main thread, so a crafted or simply huge PDF never freezes the page;
 * the page can stop it at any time (Worker.terminate). See extractPdfOffThread.ts.
 */
import { extractBundleFromPdf } from '../domain/bundle/pdf';

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  const result = await extractBundleFromPdf(new Uint8Array(event.data));
  if (result.ok) {
    // A copy of just the attachment (it may be a view into the whole PDF), handed over without another copy.
    const bytes = result.bytes.slice();
    (self as unknown as DedicatedWorkerGlobalScope).postMessage({ ...result, bytes }, [bytes.buffer]);
  } else (self as unknown as DedicatedWorkerGlobalScope).postMessage(result);
};
