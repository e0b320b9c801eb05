/**
 * Replies: a later cable from an action addressee that cites the request in its REF lines or names it
 * in its text ("STATE 96222", "09 STATE 096222") answers it.
 */
import type { Cable } from '../cable/types.js';
import { dateOf, type IsoDate } from './isoDate.js';
import { samePost } from './addressees.js';

/** What reply linking needs to know of a cable (the store can keep exactly this). */
export interface ReplyCandidate {
  id: string;
  /** the sender as in the header FM line, else the archive origin (`Embassy Paris`) */
  from: string | null;
  /** DTG date, else the archive's created date */
  date: IsoDate | null;
  /** reference ids cited in REF lines */
  refs: string[];
  /** the cable text (paragraphs), searched for a cited reference written out */
  text: string;
}

/** The reply-linking view of a parsed cable; null when it has no reference id. */
export function replyCandidate(cable: Cable): ReplyCandidate | null {
  if (!cable.id) return null;
  return {
    id: cable.id,
    from: cable.header?.from ?? cable.origin ?? null,
    date: dateOf(cable.header?.dtg ?? null) ?? dateOf(cable.created?.replace(' ', 'T') ?? null),
    refs: cable.refs.map((r) => r.id).filter((id): id is string => id !== null),
    text: [cable.subject?.text ?? '', ...cable.paragraphs.map((p) => p.text)].join('\n'),
  };
}

/**
 * A pattern for a reference id written out in cable text: 09STATE96222 → `(09 )?STATE 0*96222`.
 * Null for ids that are not `YY STATION SERIAL`.
 */
export function citationPattern(id: string): RegExp | null {
  const m = /^(\d{2})([A-Z][A-Z]*?)(\d+)$/i.exec(id);
  if (!m) return null;
  const station = [...m[2]!.toUpperCase()].join('\\s*');
  return new RegExp(String.raw`(?<![A-Z0-9])(?:${m[1]}\s+)?${station}\s+0*${Number(m[3])}(?![0-9])`, 'i');
}

/** Whether `candidate` cites the cable `id` (REF lines, or written out in its text). */
export function cites(candidate: ReplyCandidate, id: string): boolean {
  if (candidate.refs.includes(id)) return true;
  const re = citationPattern(id);
  return re !== null && re.test(candidate.text);
}

/** Which of `addressees` sent `candidate`; a collective addressee ("ALL DIPLOMATIC AND CONSULAR POSTS") is matched by any post. */
export function senderAmong(candidate: ReplyCandidate, addressees: readonly string[], requester: string | null): string | null {
  if (!candidate.from) return null;
  const exact = addressees.find((a) => samePost(a, candidate.from!));
  if (exact) return exact;
  if (requester && samePost(requester, candidate.from)) return null;
  return addressees.find((a) => /\bCOLLECTIVE\b|\bALL\b.*\bPOSTS\b/i.test(a)) ?? null;
}
