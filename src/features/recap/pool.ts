import { getRecapSources } from '../../data/recap';
import type { RecapRow } from '../../domain/recap';
import { processAndStore, rowsOfStored, type StoredResult } from './process';
import type { WorkerRequest } from './recap.worker';
import { unpackResults, unpackRows, type PackedRow, type PackedStoredResult } from './transfer';

/** Where the heavy work runs: a few Web Workers, or (if workers cannot start) the page itself, in small steps. */
export interface Processor {
  /** How many requests may usefully run at once. */
  parallel: number;
  /** Reads, validates, scores and stores files; returns small per-file results. */
  files(files: File[], recapDate: string): Promise<StoredResult[]>;
  stored(ids: string[], recapDate: string): Promise<RecapRow[]>;
  close(): void;
}

type Pending = { resolve: (v: never) => void; reject: (e: Error) => void };
type Request = { kind: 'files'; files: File[]; recapDate: string } | { kind: 'stored'; ids: string[]; recapDate: string };

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Work on the page's own thread, yielding between requests (the fallback). */
export const inlineProcessor: Processor = {
  parallel: 1,
  async files(files, recapDate) {
    await yieldToUi();
    return processAndStore(files, recapDate);
  },
  async stored(ids, recapDate) {
    await yieldToUi();
    return rowsOfStored(await getRecapSources(ids), recapDate);
  },
  close() {},
};

class WorkerPool implements Processor {
  parallel: number;
  private idle: Worker[] = [];
  private queue: { req: Request; pending: Pending }[] = [];
  private inflight = new Map<number, { worker: Worker; pending: Pending; kind: Request['kind'] }>();
  private nextId = 1;
  private workers: Worker[] = [];

  constructor(size: number) {
    this.parallel = size;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./recap.worker.ts', import.meta.url), { type: 'module', name: `rekap-${i + 1}` });
      worker.onmessage = (e: MessageEvent<{ id: number; value?: unknown; error?: string }>) => {
        const job = this.inflight.get(e.data.id);
        if (!job) return;
        this.inflight.delete(e.data.id);
        if (e.data.error !== undefined) job.pending.reject(new Error(e.data.error));
        else {
          try {
            const value = job.kind === 'files' ? unpackResults(e.data.value as PackedStoredResult[]) : unpackRows(e.data.value as PackedRow[]);
            job.pending.resolve(value as never);
          } catch (error) {
            job.pending.reject(error instanceof Error ? error : new Error(String(error)));
          }
        }
        this.release(worker);
      };
      worker.onerror = (e) => {
        e.preventDefault();
        // A worker that fails (e.g. could not load) fails its job; the caller falls back to the page thread.
        for (const [id, job] of this.inflight) {
          if (job.worker === worker) {
            this.inflight.delete(id);
            job.pending.reject(new Error(e.message || 'worker gagal'));
          }
        }
        this.release(worker);
      };
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private release(worker: Worker) {
    const next = this.queue.shift();
    if (next) this.send(worker, next.req, next.pending);
    else this.idle.push(worker);
  }

  private send(worker: Worker, req: Request, pending: Pending) {
    const id = this.nextId++;
    this.inflight.set(id, { worker, pending, kind: req.kind });
    worker.postMessage({ ...req, id } satisfies WorkerRequest);
  }

  private run<T>(req: Request): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const pending = { resolve: resolve as (v: never) => void, reject };
      const worker = this.idle.pop();
      if (worker) this.send(worker, req, pending);
      else this.queue.push({ req, pending });
    });
  }

  files(files: File[], recapDate: string) {
    return this.run<StoredResult[]>({ kind: 'files', files, recapDate });
  }
  stored(ids: string[], recapDate: string) {
    return this.run<RecapRow[]>({ kind: 'stored', ids, recapDate });
  }
  close() {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }
}

/** A worker pool sized to the device (2–4 workers), or the page-thread fallback when workers are unavailable. */
export function createProcessor(): Processor {
  if (typeof Worker === 'undefined') return inlineProcessor;
  try {
    const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
    return new WorkerPool(Math.max(2, Math.min(4, cores)));
  } catch {
    return inlineProcessor;
  }
}

/** Runs one request on the processor; if the worker fails, once more on the page thread. */
export async function withFallback<T>(processor: Processor, run: (p: Processor) => Promise<T>): Promise<T> {
  try {
    return await run(processor);
  } catch {
    return run(inlineProcessor);
  }
}
