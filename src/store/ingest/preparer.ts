/**
 * Preparing inputs for the store, inline or in worker threads. With workers, parsing and extraction of
 * the next batch overlap with the database writes of the current one, and a batch is split among the
 * workers; results come back in input order, so what is written (and hence the archive) is the same
 * either way.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { createError } from '../../errors.js';
import { prepareCable } from '../prepare.js';
import type { PreparedCable } from '../types.js';

export interface PrepareItem {
  raw: Uint8Array;
  source: string;
  /** the bytes' hash, computed once by the reader of the inputs */
  sha256?: string;
}

export interface Preparer {
  prepare(items: PrepareItem[]): Promise<PreparedCable[]>;
  close(): Promise<void>;
}

/** What a worker answers: the prepared cables without their bytes (the caller holds them). */
export interface WorkerReply {
  id: number;
  prepared?: Omit<PreparedCable, 'raw'>[];
  error?: string;
}

/** Prepare on the calling thread. */
export function inlinePreparer(): Preparer {
  return {
    prepare: async (items) => inlineShare(items),
    close: async () => {},
  };
}

/**
 * A worker's heap is capped so that the process stays within its memory budget (SPEC §6: 500 MB for the
 * whole ingest); a share that does not fit (a giant cable) is prepared on the calling thread instead.
 */
const workerHeapMb = 128;

/** One worker thread answering requests in order; once it has failed, its shares are prepared on the calling thread. */
class PreparingWorker {
  private worker: Worker | null;
  private next = 0;
  private readonly waiting = new Map<number, { items: PrepareItem[]; resolve: (p: PreparedCable[]) => void; reject: (e: Error) => void }>();

  constructor(heapMb: number) {
    this.worker = new Worker(new URL('./prepare-worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    this.worker.unref();
    this.worker.on('message', (msg: WorkerReply) => {
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      if (this.waiting.size === 0) this.worker?.unref(); // idle: it must not keep the process alive
      if (msg.error !== undefined) w.reject(new Error(`preparing inputs failed: ${msg.error}`));
      else w.resolve(msg.prepared!.map((p, i) => ({ ...p, raw: w.items[i]!.raw })));
    });
    // out of memory or crashed: what it held is prepared inline, and later shares too
    const fail = () => {
      this.worker = null;
      for (const w of this.waiting.values()) w.resolve(inlineShare(w.items));
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
  }

  prepare(items: PrepareItem[]): Promise<PreparedCable[]> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(inlineShare(items));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { items, resolve, reject });
      worker.ref(); // busy: the process waits for its answer
      worker.postMessage({ id, items });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) {
      worker.removeAllListeners('exit');
      await worker.terminate();
    }
  }
}

function inlineShare(items: PrepareItem[]): PreparedCable[] {
  return items.map((i) => prepareCable(i.raw, i.source, i.sha256));
}

/** Prepare in `threads` worker threads (each heap capped at `heapMb`): each batch is cut into one contiguous share per worker. */
export function workerPreparer(threads: number, heapMb = workerHeapMb): Preparer {
  const workers = Array.from({ length: Math.max(1, threads) }, () => new PreparingWorker(heapMb));
  return {
    async prepare(items) {
      const share = Math.ceil(items.length / workers.length);
      const parts = await Promise.all(workers.map((w, i) => w.prepare(items.slice(i * share, (i + 1) * share))));
      return parts.flat();
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

/** Inputs smaller than this are prepared inline: starting workers (and their dictionaries) costs more than it saves. */
const workerThresholdBytes = 16 << 20;

/**
 * How many worker threads prepare an ingest of `totalBytes`: TEARLINE_INGEST_THREADS=N asks for N (0:
 * inline); by default large inputs get a worker for every core but one on a multi-core machine, small
 * ones none.
 */
export function preparerThreads(totalBytes: number): number {
  const env = process.env.TEARLINE_INGEST_THREADS;
  if (env !== undefined && env !== '') {
    const n = Number(env);
    if (!Number.isInteger(n) || n < 0) throw createError('BAD_INPUT', `TEARLINE_INGEST_THREADS must be a whole number of threads (0: prepare inline), not "${env}"`);
    return n;
  }
  // one core stays with the writing thread (and V8's own background work)
  const cores = os.availableParallelism();
  return totalBytes >= workerThresholdBytes && cores > 1 ? cores - 1 : 0;
}

/** The preparer for an ingest of `totalBytes` (see preparerThreads). */
export function defaultPreparer(totalBytes: number): Preparer {
  const threads = preparerThreads(totalBytes);
  return threads > 0 ? workerPreparer(threads) : inlinePreparer();
}
