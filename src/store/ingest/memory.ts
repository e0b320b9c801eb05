/**
 * Keeping an ingest within its memory budget (SPEC §6: RSS ≤ 500 MB whatever the corpus size).
 * V8 collects its old generation lazily: the batches already written survive a few young-generation
 * collections (they live across the write of the next batch), are promoted, and then linger until the
 * heap has grown far past what is alive. After each committed batch, when the resident size is over the
 * soft limit, the governor asks for a full collection; below it, nothing happens.
 *
 * Outside V8, the tearline command runs with MALLOC_ARENA_MAX=2 (its first line): without it, glibc's
 * per-thread malloc arenas keep what SQLite and the workers free, and the resident size creeps up with
 * the corpus (483 MB at 250,000 cables, against 426 MB flat with two arenas).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Resident size above which a full collection is requested between batches. */
const softLimitBytes = 384 << 20;

/** V8's collector as a function (the --expose-gc flag set at run time), or null where that is refused. */
function collector(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** A function to call between batches. */
export function memoryGovernor(limit = softLimitBytes): () => void {
  const gc = collector();
  if (!gc) return () => {};
  return () => {
    if (process.memoryUsage.rss() > limit) gc();
  };
}
