/**
 * Splitting a flattened CCL "List of Items Controlled" string into its labelled paragraphs.
 *
 * The eCFR text arrives as one string with full-path labels (`a.`, `a.1.`, `a.1.b.`); notes inside the
 * text reuse short labels (`a.`, `b.1.`) for their own lists. A label is accepted only when it continues
 * the hierarchy (first child, or next sibling at some level), and the longest such chain over all label
 * candidates wins, so a note's `b.` cannot displace the entry's real `b.` later on.
 */

/** One labelled paragraph: its path (`a.3.e`) and its own text (children excluded). */
export interface SplitParagraph {
  path: string;
  text: string;
}

interface Candidate {
  start: number;
  end: number;
  segments: string[];
}

const labelRe = /(?:^|(?<=[\s;:.,)\]]))((?:[a-z]|\d{1,2})(?:\.(?:[a-z]|\d{1,2}))*)\.(?=\s|$)/g;

/** True when the segments alternate letter / number, starting with a letter. */
function alternates(segments: string[]): boolean {
  return segments.every((s, i) => (i % 2 === 0 ? /^[a-z]$/.test(s) : /^\d{1,2}$/.test(s)));
}

function ordinal(segment: string): number {
  return /^\d+$/.test(segment) ? Number(segment) : segment.charCodeAt(0) - 96;
}

/**
 * Cost of moving from label `prev` to label `next` (null = not a valid successor). A first child or an
 * immediate next sibling costs 0; a sibling that skips labels (reserved paragraphs dropped from the
 * flattened text) costs half a label per skipped one, so real chains still win.
 */
function successorCost(prev: string[] | null, next: string[]): number | null {
  if (prev === null) return next.length === 1 ? ordinal(next[0]!) - 1 : null;
  if (next.length === prev.length + 1 && prev.every((s, i) => s === next[i])) {
    return ordinal(next[next.length - 1]!) === 1 ? 0 : null;
  }
  if (next.length > prev.length) return null;
  const k = next.length - 1;
  for (let i = 0; i < k; i++) if (prev[i] !== next[i]) return null;
  const step = ordinal(next[k]!) - ordinal(prev[k]!);
  if (step < 1) return null;
  if (step === 1) return 0;
  // 600-series and "z" paragraphs jump straight to .w/.x/.y/.z after reserved letters
  if (k === 0 && /^[w-z]$/.test(next[k]!)) return 0.5;
  return step <= 8 ? (step - 1) * 0.5 : null;
}

/** Full-path labels (`a.1.b`) are rarely a note's own list items: a small bonus breaks ties for them. */
function depthBonus(c: Candidate): number {
  return 0.05 * (c.segments.length - 1);
}

/**
 * Split flattened item text into labelled paragraphs (own text only, in document order), plus the
 * preamble before the first label.
 * @example splitParagraphs('a. Foo: a.1. Bar; b. Baz').paragraphs.map(p => p.path) // ['a', 'a.1', 'b']
 */
export function splitParagraphs(text: string): { preamble: string; paragraphs: SplitParagraph[] } {
  const candidates: Candidate[] = [];
  for (const m of text.matchAll(labelRe)) {
    const segments = m[1]!.split('.');
    if (!alternates(segments)) continue;
    candidates.push({ start: m.index!, end: m.index! + m[0].length, segments });
  }
  const n = candidates.length;
  const score = new Array<number>(n).fill(-Infinity);
  const back = new Array<number>(n).fill(-1);
  for (let j = 0; j < n; j++) {
    const c = candidates[j]!;
    const startCost = successorCost(null, c.segments);
    if (startCost !== null) score[j] = 1 - startCost * 0.5 + depthBonus(c);
    for (let i = 0; i < j; i++) {
      if (score[i] === -Infinity) continue;
      const cost = successorCost(candidates[i]!.segments, c.segments);
      if (cost === null) continue;
      const s = score[i]! + 1 - cost + depthBonus(c);
      if (s > score[j]!) {
        score[j] = s;
        back[j] = i;
      }
    }
  }
  let best = -1;
  for (let j = 0; j < n; j++) if (best < 0 || score[j]! > score[best]!) best = j;
  const chain: Candidate[] = [];
  for (let j = best; j >= 0 && score[j] !== -Infinity; j = back[j]!) chain.push(candidates[j]!);
  chain.reverse();
  const paragraphs: SplitParagraph[] = chain.map((c, i) => ({
    path: c.segments.join('.'),
    text: text.slice(c.end, i + 1 < chain.length ? chain[i + 1]!.start : text.length).trim(),
  }));
  return { preamble: chain.length ? text.slice(0, chain[0]!.start).trim() : text.trim(), paragraphs };
}
