/**
 * The archive side of `tearline actions --db`: the store installs a provider (setActionArchive) so
 * the actions code does not depend on the store. The provider answers with what the reader may see
 * (the store applies the access gate per paragraph for mentions, per cable for reply candidates).
 */
import type { Reader } from '../access/index.js';
import type { ActionMention } from '../extract/types.js';
import type { ReplyCandidate } from './replies.js';
import { trackActions, type TrackedAction } from './status.js';
import type { ActionQuery } from './fromCables.js';
import { isForPost, taskingsOf } from './fromCables.js';

export interface StoredActionMentions {
  /** reference id of the requesting cable */
  cable: string;
  /** the requester (header FM, else origin) */
  requester: string | null;
  /** its action mentions whose paragraphs the reader may read */
  mentions: ActionMention[];
}

type MaybeAsync<T> = T | Promise<T>;

export interface ActionArchive {
  /** every cable with action mentions visible to `reader` */
  actionMentions(reader: Reader): MaybeAsync<Iterable<StoredActionMentions>>;
  /** cables visible to `reader` that cite any of `ids` (REF lines or text), as reply candidates (text: readable portions only) */
  replyCandidates(reader: Reader, ids: readonly string[]): MaybeAsync<Iterable<ReplyCandidate>>;
  /** record that `reader` was shown these paragraphs (the append-only audit of reads) */
  audit?(reader: Reader, shown: { cable: string; paragraphs: string[] }[]): MaybeAsync<void>;
  close?(): MaybeAsync<void>;
}

export type ActionArchiveProvider = (db: string) => MaybeAsync<ActionArchive | null>;

let provider: ActionArchiveProvider | null = null;

/** Install the archive provider (the store does this); null removes it. */
export function setActionArchive(fn: ActionArchiveProvider | null): void {
  provider = fn;
}

/** The archive at `db`, or null when no store is wired in or there is no archive there. */
export async function openActionArchive(db: string): Promise<ActionArchive | null> {
  return provider ? await provider(db) : null;
}

/** Track the actions of an archive for a query. */
export async function actionsFromArchive(archive: ActionArchive, query: ActionQuery): Promise<TrackedAction[]> {
  const rows = [...(await archive.actionMentions(query.reader))];
  const requesters = new Map(rows.map((r) => [r.cable, r.requester]));
  let taskings = rows.flatMap((r) => taskingsOf(r.cable, r.mentions, query.each));
  if (query.post) taskings = taskings.filter((t) => isForPost(t.addressees, query.post!));
  const candidates = [...(await archive.replyCandidates(query.reader, [...new Set(taskings.map((t) => t.cable))]))];
  const tracked = trackActions(taskings, candidates, { asOf: query.asOf, snapshot: query.snapshot, requesterOf: (id) => requesters.get(id) ?? null });
  await archive.audit?.(query.reader, tracked.map((a) => ({ cable: a.cable, paragraphs: a.paragraphs })));
  return tracked;
}
