/**
 * Status of taskings as of a date: `answered` once every action addressee has replied (a cable citing
 * the request; whether on time is reported beside), else `overdue` after the due date, else `open`. Pure: the store feeds taskings and
 * reply candidates; nothing here reads files or a database.
 */
import type { IsoDate } from './isoDate.js';
import { cites, senderAmong, type ReplyCandidate } from './replies.js';
import type { Tasking, TaskingRequest } from './taskings.js';

export type ActionStatus = 'open' | 'answered' | 'overdue';

export interface ReplyInfo {
  id: string;
  from: string | null;
  date: IsoDate | null;
  /** whether it came on or before the due date; null when there is no due date or no reply date */
  beforeDue: boolean | null;
}

/** One tracked action: the SPEC §5 `actions --json` element (more fields are welcome). */
export interface TrackedAction extends Pick<Tasking, 'cable' | 'addressees' | 'request' | 'deadlineText' | 'received' | 'due'> {
  status: ActionStatus;
  /** reference ids of the replies, oldest first */
  replies: string[];
  replyDetails: ReplyInfo[];
  /** answered: whether every addressee's first reply came by the due date (null without a due date) */
  answeredBeforeDue: boolean | null;
  /** addressees that have not replied yet */
  pending: string[];
  paragraphs: string[];
  requests: TaskingRequest[];
}

export interface TrackOptions {
  /** the date due dates are compared with */
  asOf: IsoDate;
  /**
   * a snapshot of what was known on `asOf`: replies dated later are ignored. Off by default: every
   * reply in the archive counts (a draft dated today answers a 2009 request, late).
   */
  snapshot?: boolean;
  /** the sender of each requesting cable (so a requester citing its own request is not a reply) */
  requesterOf?: (cable: string) => string | null;
}

function byDate(a: ReplyInfo, b: ReplyInfo): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);
}

/**
 * The status of one tasking as of a date, given the cables that might reply to it.
 * @example trackAction(seedTasking, [], { asOf: '2009-10-01' }).status // 'overdue'
 */
export function trackAction(tasking: Tasking, candidates: readonly ReplyCandidate[], options: TrackOptions): TrackedAction {
  const requester = options.requesterOf?.(tasking.cable) ?? null;
  const replies: ReplyInfo[] = [];
  const firstByAddressee = new Map<string, IsoDate | null>();
  for (const c of candidates) {
    if (c.id === tasking.cable) continue;
    if (c.date !== null && ((options.snapshot && c.date > options.asOf) || (tasking.received !== null && c.date < tasking.received))) continue;
    if (!cites(c, tasking.cable)) continue;
    const sender = senderAmong(c, tasking.addressees, requester);
    if (!sender) continue;
    replies.push({ id: c.id, from: c.from, date: c.date, beforeDue: tasking.due && c.date ? c.date <= tasking.due : null });
    const prev = firstByAddressee.get(sender);
    if (!firstByAddressee.has(sender) || (c.date !== null && (prev === null || prev === undefined || c.date < prev))) firstByAddressee.set(sender, c.date);
  }
  replies.sort(byDate);
  const collective = tasking.addressees.filter((a) => /\bCOLLECTIVE\b|\bALL\b.*\bPOSTS\b/i.test(a));
  const pending = tasking.addressees.filter((a) => !firstByAddressee.has(a) && !(collective.includes(a) && replies.length > 0));
  const answered = replies.length > 0 && pending.length === 0;
  const firsts = [...firstByAddressee.values()];
  const answeredBeforeDue = answered && tasking.due && firsts.every((d) => d !== null) ? firsts.every((d) => d! <= tasking.due!) : null;
  const status: ActionStatus = answered ? 'answered' : tasking.due !== null && options.asOf > tasking.due ? 'overdue' : 'open';
  return {
    cable: tasking.cable,
    addressees: tasking.addressees,
    request: tasking.request,
    deadlineText: tasking.deadlineText,
    received: tasking.received,
    due: tasking.due,
    status,
    replies: replies.map((r) => r.id),
    replyDetails: replies,
    answeredBeforeDue,
    pending,
    paragraphs: tasking.paragraphs,
    requests: tasking.requests,
  };
}

/**
 * Track every tasking received by `asOf`, soonest due first (undated last), then by receipt and cable.
 */
export function trackActions(taskings: readonly Tasking[], candidates: readonly ReplyCandidate[], options: TrackOptions): TrackedAction[] {
  return taskings
    .filter((t) => t.received === null || t.received <= options.asOf)
    .map((t) => trackAction(t, candidates, options))
    .sort(compareActions);
}

/** Soonest due first, undated last; then earliest received; then cable id. */
export function compareActions(a: Pick<TrackedAction, 'due' | 'received' | 'cable'>, b: Pick<TrackedAction, 'due' | 'received' | 'cable'>): number {
  return (a.due ?? '9999').localeCompare(b.due ?? '9999') || (a.received ?? '9999').localeCompare(b.received ?? '9999') || a.cable.localeCompare(b.cable);
}
