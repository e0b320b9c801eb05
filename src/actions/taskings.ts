/**
 * Taskings: the requests of one cable grouped by the posts they are for. A tasking is what is tracked
 * (SPEC §3 Action): the seed's "approach officials as soon as possible" and "report within seven business
 * days" are one tasking for AMEMBASSY PARIS, due on the reporting date.
 */
import type { ActionMention } from '../extract/types.js';
import type { IsoDate } from './isoDate.js';

/** One request inside a tasking, as extracted (what the annotations call an action). */
export interface TaskingRequest {
  paragraph: string;
  request: string;
  deadlineText: string | null;
  due: IsoDate | null;
}

export interface Tasking {
  /** reference id of the requesting cable */
  cable: string;
  addressees: string[];
  /** what is asked: the requests' sentences, in paragraph order */
  request: string;
  /** the words of the deadline that sets `due` (else the first undated one, e.g. "as soon as possible") */
  deadlineText: string | null;
  received: IsoDate | null;
  /** the earliest due date among the requests; null when none is dated */
  due: IsoDate | null;
  /** paragraph numbers the tasking comes from */
  paragraphs: string[];
  requests: TaskingRequest[];
}

/**
 * Group one cable's action mentions into taskings, one per set of addressees, in order of first mention.
 * @example groupTaskings('09STATE96222', extractActions(seed)).length // 1
 */
export function groupTaskings(cable: string, mentions: readonly ActionMention[]): Tasking[] {
  const groups = new Map<string, ActionMention[]>();
  for (const m of mentions) {
    const key = [...m.addressees].sort().join('|');
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()].map((ms) => {
    const dated = ms.filter((m) => m.due !== null).sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0));
    const governing = dated[0] ?? ms.find((m) => m.deadlineText !== null) ?? null;
    return {
      cable,
      addressees: [...ms[0]!.addressees],
      request: ms.map((m) => m.request).join(' '),
      deadlineText: governing?.deadlineText?.replace(/\s+/g, ' ') ?? null,
      received: ms.find((m) => m.received)?.received ?? null,
      due: governing?.due ?? null,
      paragraphs: [...new Set(ms.map((m) => m.span.paragraph))],
      requests: ms.map((m) => ({ paragraph: m.span.paragraph, request: m.request, deadlineText: m.deadlineText?.replace(/\s+/g, ' ') ?? null, due: m.due })),
    };
  });
}
