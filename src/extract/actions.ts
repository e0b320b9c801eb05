/**
 * Taskings at ingest: who is asked to do what, by when. One ActionMention per paragraph and addressee
 * set (a paragraph's tasking sentences for the same posts are one request); the reporting requirement
 * in its own paragraph is its own mention. Receipt defaults to the DTG date.
 */
import type { Cable, Paragraph } from '../cable/types.js';
import type { ActionMention } from './types.js';
import { defaultPosts, resolveTarget } from '../actions/addressees.js';
import { dueDate, findDeadlines, type DeadlineMatch } from '../actions/deadlines.js';
import { dateOf, type IsoDate } from '../actions/isoDate.js';
import { findRequestSentences, taskingWords, type RequestSentence, type Target } from '../actions/requestSentences.js';
import { insideAny, quotedBlocks, splitSentences, type TextRange } from '../actions/sentences.js';
import { actionPointers } from '../actions/pointers.js';
import { execAll } from './text.js';

/** Words that make a non-tasking sentence about the tasking's deadline ("Response requested by COB Friday"). */
const aboutResponse = /\b(?:report|reports|reporting|respon[ds]e?|responses|repl(?:y|ies)|results?|deliver(?:y|ed)?|demarche|approach|feedback|comments?|input|information|views?|answer|confirm(?:ation)?|action|requested|needed|due)\b/i;

/** In a paragraph an intro points to, a sentence that asks or recommends. */
const pointedAsk = /^(?!\s*(?:--|-\s|\u2022))[^"“”]*?\b(?:Post|Posts|Embassy|Mission|Consulate|We|Washington|Department|USG)\b[^.;"“”]{0,40}?\b(?:should|must|requests?|asks?|seeks?|urges?|recommends?|would\s+(?:like|appreciate|welcome))\b/;

/** Scopes such as `ACTION Bogota: … END ACTION` that direct the text inside to one post. */
function actionScopes(text: string): { range: TextRange; place: string }[] {
  const out: { range: TextRange; place: string }[] = [];
  const re = /\bACTION\s+(?!(?:REQUEST|ITEM|PLAN|OFFICER|REQUIRED|ADDRESSEE|TAKEN|NEEDED|POINT|MESSAGE|CABLE|COPY|PLEASE|MEMO|AGENC|RECOMMEND|TO\b|BY\b|FOR\b)[A-Z]*\b)([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\s*:/g;
  for (const m of execAll(re, text)) {
    const after = m.index! + m[0].length;
    const end = /\bEND\s+ACTION\b/.exec(text.slice(after));
    out.push({ range: { start: m.index!, end: end ? after + end.index + end[0].length : text.length }, place: m[1]! });
  }
  return out;
}

/** Extend a sentence ending in ":" over the bullets that follow it (what is asked is in them). */
function withBullets(text: string, sentence: TextRange, sentences: readonly TextRange[]): TextRange {
  if (!/:\s*$/.test(text.slice(sentence.start, sentence.end))) return sentence;
  let end = sentence.end;
  for (const s of sentences) {
    if (s.start < sentence.end) continue;
    if (!/^\s*(?:--|-\s|\u2022|[A-Za-z]\)|\([a-z]\)|[A-Z]\.\s)/.test(text.slice(s.start, s.end))) break;
    end = s.end;
  }
  return { start: sentence.start, end };
}

/** The deadline that governs a request: a dated one before an undated one, the first of each. */
function pickDeadline(deadlines: readonly DeadlineMatch[], received: IsoDate | null): { match: DeadlineMatch; due: IsoDate | null } | null {
  const withDue = deadlines.map((d) => ({ match: d, due: dueDate(d, received) }));
  return withDue.find((d) => d.due !== null) ?? withDue[0] ?? null;
}

/** The request as one line, without the paragraph number, portion mark or an ACTION REQUEST label. */
function requestText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\d{1,2}(?:\.[A-Z0-9]{1,2})?\.?\s*)?(?:\([^)]{1,40}\)\s*)?(?:ACTION\s+REQUEST(?:\s+CONT(?:INUED|\.)?)?\s*[:.-]\s*)?/i, '')
    .replace(/^(?:END\s+ACTION(?:\s+[A-Z]+)?\s+)?(?:ACTION\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?\s*:\s*)?/, '');
}

/**
 * The offset in the cable text of an offset in a paragraph's text (which leaves out the paragraph
 * number, the portion mark and line-end spaces): the two are aligned character by character.
 */
function textOffset(cable: Cable, paragraph: Paragraph, offset: number): number {
  const raw = cable.raw;
  if (raw === undefined) return paragraph.start + offset;
  const text = paragraph.text;
  const first = text.search(/\S/);
  let j = first < 0 ? paragraph.start : raw.indexOf(text.slice(first, first + 12), paragraph.start);
  if (j < 0 || j > paragraph.end) return Math.min(paragraph.start + offset, paragraph.end);
  for (let i = Math.max(first, 0); i < offset && j < paragraph.end; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      while (j < paragraph.end && /\s/.test(raw[j]!)) j++;
      while (i + 1 < offset && /\s/.test(text[i + 1]!)) i++;
    } else {
      while (j < paragraph.end && raw[j] !== c) j++;
      j++;
    }
  }
  return Math.min(j, paragraph.end);
}

interface Found {
  paragraph: Paragraph;
  addressees: string[];
  ranges: TextRange[];
  deadlines: DeadlineMatch[];
}

/** Requests of one paragraph, each with its sentence range, resolved addressees and deadlines. */
function paragraphRequests(cable: Cable, paragraph: Paragraph, postsOf: () => readonly string[], pointed: boolean): Found[] {
  const text = paragraph.text;
  if (!pointed && !taskingWords.test(text)) return [];
  const sentences = splitSentences(text);
  const quoted = quotedBlocks(text);
  const scopes = actionScopes(text);
  const open = sentences.filter((s) => !insideAny(s, quoted));
  const requests: RequestSentence[] = findRequestSentences(text, open);
  if (!requests.length && pointed) {
    // the intro says the request is here: its first sentence that asks or recommends something
    const asking = open.find((s) => pointedAsk.test(text.slice(s.start, s.end)));
    if (asking) requests.push({ target: { kind: 'post' }, start: asking.start, end: asking.end });
  }
  const found: Found[] = [];
  const fromPost = !!cable.header?.from && !/\bSECSTATE\b/i.test(cable.header.from);
  for (const r of requests) {
    // a post's answers to a Washington questionnaire quote its items ("B. Please provide ...")
    if (fromPost && r.target.kind === 'post' && (paragraph.number.includes('.') || /^\s*(?:--\s*)?[A-Z]\.\s+/.test(text.slice(r.start, r.end))) && /^\s*(?:--\s*)?(?:[A-Z]\.\s+)?please\b/i.test(text.slice(r.start, r.end))) continue;
    const scope = scopes.filter((s) => s.range.start < r.end && r.end <= s.range.end).pop();
    const target: Target = scope && r.target.kind === 'post' ? { kind: 'named', places: [scope.place] } : r.target;
    const posts = postsOf();
    const addressees = target.kind === 'previous' ? found[found.length - 1]?.addressees ?? [...posts] : resolveTarget(cable, target, posts);
    const range = withBullets(text, r, open);
    // deadlines from the tasking sentence itself: its bullets say what the host government should do, and when
    const deadlines = findDeadlines(text.slice(r.start, r.end)).map((d) => ({ ...d, start: d.start + r.start, end: d.end + r.start }));
    const key = addressees.join('|');
    const same = found.find((f) => f.addressees.join('|') === key);
    if (same) {
      same.ranges.push(range);
      same.deadlines.push(...deadlines);
    } else {
      found.push({ paragraph, addressees, ranges: [range], deadlines });
    }
  }
  // deadline-only sentences ("Response requested by COB Friday.") go to the paragraph's last request
  if (found.length) {
    for (const s of open) {
      if (found.some((f) => f.ranges.some((r) => s.start >= r.start && s.end <= r.end))) continue;
      const sentence = text.slice(s.start, s.end);
      if (!aboutResponse.test(sentence)) continue;
      const ds = findDeadlines(sentence).filter((d) => d.kind !== 'asap');
      if (!ds.length) continue;
      const target = [...found].reverse().find((f) => f.ranges[0]!.start < s.start) ?? found[0]!;
      target.deadlines.push(...ds.map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start })));
    }
  }
  return found;
}

/**
 * Every tasking in a cable, in paragraph order. Never throws on content.
 * @example extractActions(seed).map((a) => [a.span.paragraph, a.due]) // [['3', null], ['5', '2009-09-25']]
 */
export function extractActions(cable: Cable): ActionMention[] {
  const received = dateOf(cable.header?.dtg ?? null);
  // what "Post" means is read from the whole text: only when a paragraph asks something (most cables ask nothing)
  let posts: readonly string[] | null = null;
  const postsOf = () => (posts ??= defaultPosts(cable, cable.paragraphs.map((p) => p.text).join('\n')));
  const pointed = actionPointers(cable);
  const out: ActionMention[] = [];
  for (const paragraph of cable.paragraphs) {
    for (const f of paragraphRequests(cable, paragraph, postsOf, pointed.has(paragraph.number))) {
      // addressees stay empty when neither a header nor the text says who is asked
      const first = f.ranges[0]!;
      const last = f.ranges[f.ranges.length - 1]!;
      const deadline = pickDeadline(f.deadlines, received);
      out.push({
        addressees: f.addressees,
        request: requestText(f.ranges.map((r) => paragraph.text.slice(r.start, r.end)).join(' ')),
        deadlineText: deadline ? deadline.match.text : null,
        received,
        due: deadline ? deadline.due : null,
        span: { paragraph: paragraph.number, start: textOffset(cable, paragraph, first.start), end: textOffset(cable, paragraph, last.end) },
      });
    }
  }
  return withoutIntroRepeats(cable, out);
}

/**
 * "This is an action request. Please deliver the points in paragraph 4" restates the request a later
 * paragraph makes for the same posts: keep the later one (with the intro's deadline when it has none).
 */
function withoutIntroRepeats(cable: Cable, mentions: ActionMention[]): ActionMention[] {
  if (!mentions.length) return mentions; // nothing to drop: the intro paragraphs need not be looked for
  const intro = new Set(
    cable.paragraphs
      .filter((p) => /\bthis\s+is\s+an?\s+action\s+(?:request|cable|message)|\baction\s+request\s+(?:to|for)\b/i.test(p.text))
      .map((p) => p.number),
  );
  return mentions.filter((m, i) => {
    if (!intro.has(m.span.paragraph)) return true;
    const later = mentions.slice(i + 1).find((l) => l.span.paragraph !== m.span.paragraph && l.addressees.join('|') === m.addressees.join('|'));
    if (!later) return true;
    if (later.deadlineText === null && m.deadlineText !== null) {
      later.deadlineText = m.deadlineText;
      later.due = m.due;
    }
    return false;
  });
}
