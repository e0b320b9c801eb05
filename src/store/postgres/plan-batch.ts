/**
 * Deciding what a batch of prepared cables does to the archive, without touching it: for each item,
 * 'unchanged' (these bytes are already a revision of that id), 'new' or 'revised' (with a diff from
 * the revision current when it arrived), and which revision ends up current for each id. The rule
 * is SQLite's (src/store/sqlite/write.ts): the current revision is the one with the latest release
 * date (ties: the later ingested). Items of the same id in one batch are decided in order.
 */
import { decodeCableBytes } from '../../cable/index.js';
import { lineDiff } from '../diff.js';
import type { IngestOutcome, PreparedCable } from '../types.js';

/** What the archive holds for one id, as far as the decision needs. */
export interface StoredState {
  /** the current revision, its release date, and its bytes (only needed when a different text arrives) */
  current: { revision: number; released: string | null; raw: Uint8Array | null };
  maxRevision: number;
  /** sha256 of every stored revision */
  hashes: Set<string>;
}

export interface RevisionRow {
  cableId: string;
  revision: number;
  sha256: string;
  source: string;
  released: string | null;
  raw: Uint8Array;
  diffFrom: number | null;
  diff: string | null;
}

export interface BatchPlan {
  outcomes: IngestOutcome[];
  revisions: RevisionRow[];
  /** per id, the item that becomes current and its revision (absent: the current one stays) */
  current: Map<string, { item: PreparedCable; revision: number }>;
}

/** Whether a revision released at `candidate` replaces the current one released at `current`. */
export function supersedes(candidate: string | null, current: string | null): boolean {
  if (candidate === null || current === null) return true;
  return candidate >= current;
}

/**
 * Plan a batch against the stored state of its ids: `stored` has an entry for every id already in the
 * archive, with the current revision's bytes wherever an item brings a text not stored yet (for the diff).
 */
export function planBatch(items: PreparedCable[], stored: Map<string, StoredState>): BatchPlan {
  const state = new Map<string, StoredState>();
  for (const [id, s] of stored) state.set(id, { ...s, hashes: new Set(s.hashes) });
  const plan: BatchPlan = { outcomes: [], revisions: [], current: new Map() };
  for (const item of items) {
    const s = state.get(item.id);
    if (s?.hashes.has(item.sha256)) {
      plan.outcomes.push('unchanged');
      continue;
    }
    if (!s) {
      plan.revisions.push({ cableId: item.id, revision: 1, sha256: item.sha256, source: item.source, released: item.released, raw: item.raw, diffFrom: null, diff: null });
      plan.current.set(item.id, { item, revision: 1 });
      state.set(item.id, { current: { revision: 1, released: item.released, raw: item.raw }, maxRevision: 1, hashes: new Set([item.sha256]) });
      plan.outcomes.push('new');
      continue;
    }
    const revision = s.maxRevision + 1;
    const before = decodeCableBytes(s.current.raw!);
    plan.revisions.push({ cableId: item.id, revision, sha256: item.sha256, source: item.source, released: item.released, raw: item.raw, diffFrom: s.current.revision, diff: lineDiff(before, decodeCableBytes(item.raw)) });
    s.maxRevision = revision;
    s.hashes.add(item.sha256);
    if (supersedes(item.released, s.current.released)) {
      plan.current.set(item.id, { item, revision });
      s.current = { revision, released: item.released, raw: item.raw };
    }
    plan.outcomes.push('revised');
  }
  return plan;
}
