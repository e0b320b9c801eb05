/**
 * The scope of one License Requirements row ("RS applies to 6A002.a.1, a.2, a.3 (except a.3.d.2.a and
 * a.3.e for lead selenide based FPAs), .c, and .f.") read as: which paragraphs it includes, which it
 * excepts, and whether words beyond paragraph numbers qualify it (then the answer for an item is a
 * question, not a yes).
 */

/** How a row's scope covers one queried paragraph. */
export interface Coverage {
  covers: true | false | 'conditional';
  /** why it is conditional or partial, phrased for the user */
  question: string | null;
  /** exceptions inside the queried paragraph that the row carves out */
  carvedOut: string[];
}

/** A parsed scope. */
export interface Scope {
  entireEntry: boolean;
  include: string[][];
  exclude: string[][];
  /** the exception clause item by item ("9A610.b; parts … in 9A610.x if …; and 9A610.y"), each with its own qualifier */
  excludeItems: Array<{ refs: string[][]; qualifier: string | null }>;
  /** words beyond paragraph references in the include part (e.g. "police-model infrared viewers") */
  includeQualifier: string | null;
  excludeQualifier: string | null;
  /** other ECCNs the scope refers to (software/technology "for items controlled by 6A001") */
  otherEntries: string[];
  /** the text after "applies to" */
  text: string;
  /** a note or further sentence after the scope ("Note: MT applies to equipment in 1B001.d that …") */
  note: string | null;
  noteRefs: string[][];
}

const glue = new Set(
  'applies apply to the entire entry this except and or in paragraph paragraphs eccn eccns items item controlled by of for commodities commodity only all also entry. to: described specified under which are is that listed a an as following see through from'.split(' '),
);

function ordinal(seg: string): number {
  return /^\d+$/.test(seg) ? Number(seg) : seg.charCodeAt(0) - 96;
}

function fromOrdinal(n: number, likeNumber: boolean): string {
  return likeNumber ? String(n) : String.fromCharCode(96 + n);
}

function validPath(p: string[]): boolean {
  return p.length > 0 && p.every((s, i) => (i % 2 === 0 ? /^[a-z]$/.test(s) : /^\d{1,2}$/.test(s)));
}

interface Parsed {
  refs: string[][];
  others: string[];
  leftover: string[];
}

/** Read paragraph references (own ECCN), other ECCNs and leftover words from one part of a scope text. */
function readPart(part: string, eccn: string): Parsed {
  const refs: string[][] = [];
  const others: string[] = [];
  const leftover: string[] = [];
  // tokens: ECCN-qualified refs, relative refs, words, separators
  const tokenRe = /(\d[A-E]\d{3})((?:\.\s?(?:[a-z]|\d{1,2})(?![A-Za-z0-9]))*)|(?<![A-Za-z0-9])\.?([a-z](?:\.\s?\d{1,2}(?:\.(?:[a-z]|\d{1,2}))*)?)(?![A-Za-z0-9])\.?|([A-Za-z][A-Za-z'’-]*)|(\d[\d,.]*)/g;
  let listContext = false;
  let ownContext = true;
  let pendingRange: string[] | null = null;
  let previousWasRangeWord = false;
  for (const m of part.matchAll(tokenRe)) {
    if (m[1]) {
      const tail = (m[2] ?? '').replace(/\s/g, '');
      const path = tail ? tail.slice(1).split('.') : [];
      ownContext = m[1] === eccn;
      if (m[1] === eccn) {
        if (path.length && validPath(path)) {
          addRef(path);
        } else if (!path.length) {
          listContext = false;
        }
      } else {
        others.push(m[1] + tail);
        listContext = true;
      }
      continue;
    }
    if (m[3] && !ownContext) {
      listContext = true;
      continue;
    }
    if (m[3]) {
      const raw = m[0];
      const dotted = raw.startsWith('.') || m[3].includes('.');
      const path = m[3].replace(/\s/g, '').split('.');
      if ((dotted || listContext || previousWasRangeWord) && validPath(path)) {
        addRef(path);
        continue;
      }
      leftover.push(m[3]);
      listContext = false;
      previousWasRangeWord = false;
      continue;
    }
    if (m[5] && /^\.\d{1,2}$/.test(part.slice(m.index! - 1, m.index! + m[5].length).trim()) && listContext) {
      // ".16" after "1C351.d.15 and": a sibling of the previous reference
      const prev = ownContext ? refs[refs.length - 1] : undefined;
      if (prev && /^\d+$/.test(prev[prev.length - 1]!)) addRef([...prev.slice(0, -1), String(Number(m[5]))]);
      continue;
    }
    const word = (m[4] ?? m[5] ?? '').toLowerCase();
    if (word === 'to' || word === 'through') {
      if (listContext && refs.length) {
        pendingRange = refs[refs.length - 1]!;
        previousWasRangeWord = true;
      }
      continue;
    }
    if (word === 'and' || word === 'or') continue;
    previousWasRangeWord = false;
    pendingRange = null;
    if (!glue.has(word)) {
      leftover.push(word);
      listContext = false;
    }
  }
  return { refs, others, leftover };

  function addRef(path: string[]): void {
    if (pendingRange && pendingRange.length === path.length && pendingRange.slice(0, -1).join('.') === path.slice(0, -1).join('.')) {
      const last = path.length - 1;
      const isNum = /^\d+$/.test(path[last]!);
      for (let k = ordinal(pendingRange[last]!) + 1; k < ordinal(path[last]!); k++) refs.push([...path.slice(0, -1), fromOrdinal(k, isNum)]);
    }
    refs.push(path);
    listContext = true;
    pendingRange = null;
    previousWasRangeWord = false;
  }
}

/**
 * Parse the scope text of one License Requirements row for an ECCN.
 * @example parseScope('RS applies to 6A002.a.1, a.2, a.3 (except a.3.e for PbSe FPAs), .c', '6A002').include
 */
export function parseScope(control: string, eccn: string): Scope {
  const cleaned = control
    .replace(/\s+/g, ' ')
    .replace(/^.{0,60}?\bappl(?:y|ies)\b\s*(?:,\s*)?(?::\s*)?(?:to\s*:?\s+)?/, '')
    .replace(/\s*\b[A-Z]{2} Column \d\.?\s*$/, '')
    .replace(/^,?\s*unless a License Exception is available\.?\s*/i, 'entire entry. ')
    .trim();
  // the first sentence is the scope; what follows ("Note: …", "A license is required …") is kept as a note
  const cut = /\.\s+(?=Note\b|A license\b|See\b|The Commerce\b|Accordingly\b)|\s+(?=Note:)/.exec(cleaned);
  const text = cut ? cleaned.slice(0, cut.index) : cleaned;
  const note = cut ? cleaned.slice(cut.index + cut[0].length).trim() : null;
  const entireEntry = /\bentire entry\b/i.test(text) || /^\s*[A-Z]{2}\s+applies\s*,?\s*unless\b/.test(control);
  const exceptAt = text.search(/\bexcept\b/i);
  let includePart = text;
  let excludePart = '';
  if (exceptAt >= 0) {
    const before = text.slice(0, exceptAt);
    const open = before.lastIndexOf('(') > before.lastIndexOf(')');
    if (open) {
      const close = text.indexOf(')', exceptAt);
      const end = close < 0 ? text.length : findClose(text, before.lastIndexOf('('));
      excludePart = text.slice(exceptAt + 6, end);
      includePart = before.slice(0, before.lastIndexOf('(')) + ' ' + text.slice(end + 1);
    } else {
      excludePart = text.slice(exceptAt + 6);
      includePart = before;
    }
  }
  const inc = readPart(includePart, eccn);
  const exc = readPart(excludePart, eccn);
  const qualifier = (p: Parsed, part: string) => (p.leftover.filter((w) => w.length > 1 && !/^(?:entire|reasons?|ns|mt|np|rs|cb|cc|at|un|fc|ei|sl|si)$/i.test(w)).length ? part.trim().replace(/^[,;:\s]+|[,;:\s.]+$/g, '') : null);
  // items split at ';' and at ', and' before a paragraph number; an item that names other ECCNs
  // ("0A509.a for items for ECCN 0A502 or ECCN 0A508") is qualified by them
  const excludeItems = excludePart
    .split(/;\s*(?:and\s+|or\s+)?|,\s*(?:and|or)\s+(?=\d[A-E]\d{3}|\.[a-z]\b)/)
    .map((item) => ({ item, parsed: readPart(item, eccn) }))
    .filter(({ parsed }) => parsed.refs.length > 0)
    .map(({ item, parsed }) => ({ refs: parsed.refs, qualifier: qualifier(parsed, item) ?? (parsed.others.length ? item.trim() : null) }));
  return {
    entireEntry,
    include: inc.refs,
    exclude: exc.refs,
    excludeItems,
    includeQualifier: qualifier(inc, includePart),
    excludeQualifier: exc.refs.length || excludePart ? qualifier(exc, excludePart) : null,
    otherEntries: [...new Set([...inc.others, ...exc.others])],
    text,
    note,
    noteRefs: note ? readPart(note, eccn).refs : [],
  };
}

function findClose(text: string, openAt: number): number {
  let depth = 0;
  for (let i = openAt; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

function isPrefix(p: string[], q: string[]): boolean {
  return p.length <= q.length && p.every((s, i) => q[i] === s);
}

/**
 * How the scope covers the queried paragraph `path` of the entry (empty path = the whole ECCN).
 * Included exactly or by an ancestor → covered; only some sub-paragraphs included → conditional (which
 * sub-paragraph?); words qualifying the scope → conditional (does the item meet them?).
 */
export function coverage(scope: Scope, path: string[], eccn: string): Coverage {
  const label = (p: string[]) => `${eccn}.${p.join('.')}`;
  const carvedOut = scope.exclude.filter((e) => isPrefix(path, e) && e.length > path.length).map(label);
  const questions: string[] = [];
  if (scope.exclude.some((e) => isPrefix(e, path))) {
    if (scope.noteRefs.some((r) => isPrefix(r, path) || isPrefix(path, r))) {
      return { covers: 'conditional', question: `Excepted from the scope, but: ${scope.note}. Does that describe the item?`, carvedOut };
    }
    const items = scope.excludeItems.filter((x) => x.refs.some((e) => isPrefix(e, path)));
    const qualified = items.length ? items.every((x) => x.qualifier) : scope.excludeQualifier !== null;
    if (!qualified) return { covers: false, question: null, carvedOut };
    questions.push(`Excluded when: ${items.length ? items.map((x) => x.qualifier).join('; ') : scope.excludeQualifier}. Does that describe the item?`);
  } else if (!scope.exclude.length && scope.excludeQualifier) {
    questions.push(`Excluded: ${scope.excludeQualifier}. Does that describe the item?`);
  }
  let partial = false;
  if (!scope.entireEntry && scope.include.length > 0 && !scope.include.some((p) => isPrefix(p, path))) {
    const within = scope.include.filter((p) => isPrefix(path, p));
    if (!within.length) return { covers: false, question: null, carvedOut };
    partial = true;
    questions.unshift(`Applies only to ${within.map(label).join(', ')} within ${path.length ? label(path) : eccn}: which sub-entry describes the item?`);
  }
  if (scope.includeQualifier) questions.push(`Applies to: ${scope.text.replace(/[.\s]+$/, '')}. Does the item meet this?`);
  if (!partial && !questions.length) return { covers: true, question: null, carvedOut };
  return { covers: 'conditional', question: questions.join(' '), carvedOut };
}
