/**
 * Actions computed straight from parsed cables (files on the command line, tests): extract, gate by
 * reader, group into taskings, link replies, status as of a date. The archive path does the same
 * from stored mentions (see archive.ts).
 */
import type { Cable } from '../cable/types.js';
import type { Reader } from '../access/index.js';
import type { ActionMention } from '../extract/types.js';
import { extractActions } from '../extract/actions.js';
import type { IsoDate } from './isoDate.js';
import type { ReplyCandidate } from './replies.js';
import { trackActions, type TrackedAction } from './status.js';
import { groupTaskings, type Tasking } from './taskings.js';
import { visibleMentions, visibleReplyCandidate } from './visibility.js';
import { samePost, placeOf } from './addressees.js';

export interface ActionQuery {
  reader: Reader;
  asOf: IsoDate;
  /** only actions for this post (AMEMBASSY PARIS, Embassy Paris, Paris) */
  post?: string;
  /** one action per request instead of one per tasking */
  each?: boolean;
  /** ignore replies dated after `asOf` (see TrackOptions.snapshot) */
  snapshot?: boolean;
}

/** Taskings of one cable's visible mentions (or one per mention with `each`). */
export function taskingsOf(cable: string, mentions: readonly ActionMention[], each = false): Tasking[] {
  return each ? mentions.flatMap((m) => groupTaskings(cable, [m])) : groupTaskings(cable, mentions);
}

/** Whether an action is for `post`: same post, or the place named (`Paris`). */
export function isForPost(addressees: readonly string[], post: string): boolean {
  const wanted = post.trim().toUpperCase();
  return addressees.some((a) => samePost(a, post) || placeOf(a) === wanted || a.toUpperCase() === wanted);
}

/**
 * Track the actions that `query.reader` may see among `cables`; every cable is also a possible reply.
 * @example actionsFromCables([seed], { reader: localOperator, asOf: '2009-09-20' })[0].status // 'open'
 */
export function actionsFromCables(cables: readonly Cable[], query: ActionQuery): TrackedAction[] {
  const taskings: Tasking[] = [];
  const candidates: ReplyCandidate[] = [];
  const requesters = new Map<string, string | null>();
  for (const cable of cables) {
    const candidate = visibleReplyCandidate(cable, query.reader);
    if (candidate) candidates.push(candidate);
    if (!cable.id) continue;
    requesters.set(cable.id, cable.header?.from ?? cable.origin ?? null);
    const mentions = visibleMentions(cable, extractActions(cable), query.reader);
    taskings.push(...taskingsOf(cable.id, mentions, query.each));
  }
  const wanted = query.post ? taskings.filter((t) => isForPost(t.addressees, query.post!)) : taskings;
  return trackActions(wanted, candidates, { asOf: query.asOf, snapshot: query.snapshot, requesterOf: (id) => requesters.get(id) ?? null });
}
