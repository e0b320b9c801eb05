/**
 * The ingest driver: read inputs one at a time, skip known bytes without parsing, prepare the rest,
 * and write in batches (one transaction each). Killed at any point, a re-run ends with the same archive:
 * a batch is all-or-nothing and every decision depends only on the inputs and what is stored.
 */
import { sha256Hex } from '../prepare.js';
import { memoryGovernor } from './memory.js';
import { defaultPreparer, type Preparer } from './preparer.js';
import type { IngestOutcome, PreparedCable, Store } from '../types.js';
import { planInputs, readInputs, type InputError } from './sources.js';

export interface IngestProgress {
  cables: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

export interface IngestSummary {
  cables: number;
  new: number;
  unchanged: number;
  revised: number;
  errors: InputError[];
  /** diagnostics by code over the cables written in this run (new and revised) */
  diagnostics: Record<string, number>;
  elapsedMs: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** approximate cap on the raw bytes held in one batch */
  batchBytes?: number;
  onProgress?: (p: IngestProgress) => void;
  /** where inputs are parsed and extracted (default: src/store/ingest/preparer.ts defaultPreparer) */
  preparer?: Preparer;
  /** called after each committed batch */
  onBatch?: (done: number) => void;
}

/** Ingest files, folders and CSV files into the store. */
export async function ingest(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 500;
  const batchBytes = options.batchBytes ?? 32 << 20;
  const { inputs, errors } = planInputs(paths);
  const totalBytes = inputs.reduce((n, i) => n + i.size, 0);
  const summary: IngestSummary = { cables: 0, new: 0, unchanged: 0, revised: 0, errors, diagnostics: {}, elapsedMs: 0 };
  let pending: { raw: Uint8Array; source: string; sha256: string }[] = [];
  let pendingBytes = 0;
  let bytes = 0;

  const count = (o: IngestOutcome) => { summary[o]++; summary.cables++; };

  const preparer = options.preparer ?? defaultPreparer(totalBytes);
  const keepMemoryFlat = memoryGovernor();
  // Pipeline: the batch being prepared (in the worker) overlaps with the write of the previous one.
  let inFlight: Promise<void> | null = null;
  let preparing: { known: Set<string>; batch: typeof pending; prepared: Promise<PreparedCable[]> } | null = null;

  const write = async (job: NonNullable<typeof preparing>) => {
    const prepared = await job.prepared;
    for (const p of job.batch) if (job.known.has(p.sha256)) count('unchanged');
    const outcomes = await store.writeBatch(prepared);
    outcomes.forEach((o, i) => {
      count(o);
      if (o !== 'unchanged') for (const code of prepared[i]!.diagnostics) summary.diagnostics[code] = (summary.diagnostics[code] ?? 0) + 1;
    });
    keepMemoryFlat();
    options.onBatch?.(summary.cables);
    options.onProgress?.({ cables: summary.cables, bytes, totalBytes, elapsedMs: Date.now() - started });
  };

  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    pendingBytes = 0;
    const known = await store.knownHashes(batch.map((p) => p.sha256));
    const job = { known, batch, prepared: preparer.prepare(batch.filter((p) => !known.has(p.sha256))) };
    if (inFlight) await inFlight;
    if (preparing) inFlight = write(preparing);
    preparing = job;
  };

  for (const item of readInputs(inputs)) {
    bytes = item.progressBytes;
    if (!item.ok) {
      errors.push({ source: item.source, message: item.message });
      continue;
    }
    pending.push({ raw: item.bytes, source: item.source, sha256: sha256Hex(item.bytes) });
    pendingBytes += item.bytes.byteLength;
    if (pending.length >= batchSize || pendingBytes >= batchBytes) await flush();
  }
  try {
    await flush();
    if (inFlight) await inFlight;
    if (preparing) await write(preparing);
  } finally {
    await preparer.close();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}
