/**
 * Preparing inputs for the store, inline or in a worker thread. With a worker, parsing and extraction
 * of the next batch overlap with the database writes of the current one; results come back in order,
 * so what is written (and hence the archive) is the same either way.
 */
import { Worker } from 'node:worker_threads';
import { prepareCable } from '../prepare.js';
import type { PreparedCable } from '../types.js';

export interface Preparer {
  prepare(items: { raw: Uint8Array; source: string }[]): Promise<PreparedCable[]>;
  close(): Promise<void>;
}

/** Prepare on the calling thread. */
export function inlinePreparer(): Preparer {
  return {
    prepare: async (items) => items.map((i) => prepareCable(i.raw, i.source)),
    close: async () => {},
  };
}

/** Prepare in one worker thread (requests are answered in order). */
export function workerPreparer(): Preparer {
  const worker = new Worker(new URL('./prepare-worker.js', import.meta.url));
  worker.unref();
  let next = 0;
  const waiting = new Map<number, { resolve: (p: PreparedCable[]) => void; reject: (e: Error) => void }>();
  worker.on('message', (msg: { id: number; prepared?: PreparedCable[]; error?: string }) => {
    const w = waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id);
    if (msg.error !== undefined) w.reject(new Error(`preparing inputs failed: ${msg.error}`));
    else w.resolve(msg.prepared!);
  });
  worker.on('error', (e) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  });
  return {
    prepare(items) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, items });
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Inline by default (on a shared 2-core machine a worker costs more CPU and memory than it saves); TEARLINE_INGEST_THREADS=1 prepares in a worker thread. */
export function defaultPreparer(): Preparer {
  const env = process.env.TEARLINE_INGEST_THREADS;
  const threads = env !== undefined ? Number(env) : 0;
  return threads > 0 ? workerPreparer() : inlinePreparer();
}
