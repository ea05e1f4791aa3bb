import { extractBundleFromPdf, type PdfExtraction } from '../domain/bundle/pdf';

export interface PdfJob {
  result: Promise<PdfExtraction>;
  /** Stops the work at once (the worker is terminated); `result` then says it was cancelled. */
  cancel(): void;
}

/** Extracts the attached bundle in a Web Worker (the page stays responsive and can cancel); in place where there is none. */
export function extractPdfOffThread(bytes: Uint8Array): PdfJob {
  if (typeof Worker === 'undefined') return { result: extractBundleFromPdf(bytes), cancel: () => undefined };
  const worker = new Worker(new URL('./pdfExtract.worker.ts', import.meta.url), { type: 'module' });
  let settle!: (r: Awaited<PdfJob['result']>) => void;
  const result = new Promise<Awaited<PdfJob['result']>>((resolve) => (settle = resolve));
  const done = (r: Awaited<PdfJob['result']>) => {
    worker.terminate();
    settle(r);
  };
  worker.onmessage = (e: MessageEvent<PdfExtraction>) => done(e.data);
  worker.onerror = () => done({ ok: false, problem: { code: 'pdf-unreadable' } });
  const copy = bytes.slice();
  worker.postMessage(copy.buffer, [copy.buffer]);
  return { result, cancel: () => done({ ok: false, problem: { code: 'pdf-cancelled' } }) };
}
