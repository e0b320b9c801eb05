/**
 * Tasking sentences: who is asked to act ("Post is requested to", "Embassy Beijing is instructed to",
 * "Department requests that Embassy", "Request Post deliver", "Please deliver", "Post requests that the
 * Department provide") and what is asked. Permissions ("Post may"), thanks, slugging and pointers
 * ("please see paragraph 4") are not taskings.
 */

/** Who a tasking sentence addresses. */
export type Target =
  | { kind: 'post' } // Post, Embassy, Mission, addressees, you: the cable's action addressees
  | { kind: 'named'; places: string[] } // Embassy Beijing, posts in London and Tel Aviv, ACTION Bogota
  | { kind: 'washington' } // the Department, Washington
  | { kind: 'previous' }; // these posts, both posts: the posts of the request before

export interface RequestSentence {
  target: Target;
  /** offsets of the matched sentence inside the searched text */
  start: number;
  end: number;
}

const NAME = String.raw`[A-Z][A-Za-z'’.-]+(?:\s+(?!And\b|and\b|Is\b|Are\b)[A-Z][A-Za-z'’.-]+){0,2}`;
const NAMES = String.raw`${NAME}(?:\s*(?:,|,?\s+and)\s+${NAME})*`;
const POSTWORD = String.raw`(?:Posts?|Embass(?:y|ies)|Missions?|Consulates?(?:\s+General)?|USUN|USNATO|USEU|USOSCE|USMISSION|Addressees?|(?:Action|Addressee|All|These|Both|Action\s+addressee)\s+posts?|(?:the\s+)?Charge|(?:the\s+)?Ambassador|Chiefs?\s+of\s+Mission|Delegation|USDEL|you)`;
const NAMED = String.raw`(?:(?:US\s+|U\.S\.\s+|Am)?(?:Embass(?:y|ies)|Consulates?(?:\s+General)?|Missions?|Consul)\s+(?:in\s+)?(${NAMES})|[Pp]osts?\s+in\s+(${NAMES}))`;
const WASH = String.raw`(?:(?:the\s+)?(?:Department|Dept\.?|Washington|State)(?:\s+and\s+other\s+Washington\s+agencies)?)`;
const ASKED = String.raw`(?:hereby\s+|also\s+|further\s+|therefore\s+|now\s+|again\s+|urgently\s+)?(?:requested|instructed|asked|directed|tasked|requested\s+and\s+authorized|authorized\s+and\s+requested|instructed\s+and\s+authorized|authorized\s+and\s+instructed)\s+to\b`;
const REQUESTS = String.raw`(?:requests?|asks?|would\s+(?:appreciate|like)|instructs?|urges?|seeks?|wishes)`;
const ACTIONVERBS = String.raw`(?:deliver|report|provide|approach|advise|confirm|share|convey|raise|demarche|inform|seek|ask|urge|request|brief|draw|follow\s+up|forward|send|respond|reply|notify|obtain|transmit|let\s+(?:us|the\s+department|washington)\s+know|query|engage|meet|pursue|make|contact\s+(?:host|appropriate|the\s+(?:host|foreign|ministry|MFA|government|relevant))|pass\s+(?:the|these|this|our)\s+(?:points|message|non-?paper|information|text|letter)|call|express|emphasize|stress|remind|encourage|press|clarify|verify|check|investigate|determine|ensure|coordinate|discuss|review|comment|submit|update|complete|conduct|schedule|arrange)`;

const patterns: { re: RegExp; target: (m: RegExpExecArray) => Target | null }[] = [
  // "Embassy Beijing is requested to", "Embassies London and Tel Aviv are instructed to"
  { re: new RegExp(String.raw`\b${NAMED}\s*,?\s+(?:is|are)\s+${ASKED}`, 'g'), target: (m) => named(m[1] ?? m[2]) },
  // "Post is requested to", "Posts are asked to", "Addressees are instructed to"
  { re: new RegExp(String.raw`\b${POSTWORD}\s+(?:is|are)\s+${ASKED}`, 'gi'), target: () => ({ kind: 'post' }) },
  // "the Department is requested to"
  { re: new RegExp(String.raw`\b${WASH}\s+(?:is|are)\s+${ASKED}`, 'gi'), target: () => ({ kind: 'washington' }) },
  // "Department requests that Embassy Bogota conduct", "Washington requests Post approach"
  { re: new RegExp(String.raw`\b(?:Department|Dept|Washington|We|ISN|EUR|PM|State|USG)\b[\w/ ,'’-]{0,40}?\s${REQUESTS}\s+(?:that\s+)?${NAMED}\b`, 'g'), target: (m) => named(m[1] ?? m[2]) },
  { re: new RegExp(String.raw`\b(?:Department|Dept|Washington|We|ISN|EUR|PM|State|USG)\b[\w/ ,'’-]{0,40}?\s${REQUESTS}\s+(?:that\s+)?(?:${POSTWORD})(?:['’]s\s+assistance|\s+(?:to\s+)?[a-z]+)`, 'gi'), target: () => ({ kind: 'post' }) },
  // "Post requests that the Department provide", "Embassy requests Department guidance"
  { re: new RegExp(String.raw`\b(?:Post|Embassy|Mission|Consulate|We|USUN|USNATO|USEU)\b[\w ,]{0,20}?\s(?:requests?|would\s+appreciate|seeks?|asks?)\s+(?:that\s+)?${WASH}(?:['’]s)?\s+(?:to\s+)?[a-z]+`, 'gi'), target: () => ({ kind: 'washington' }) },
  // telegraphic: "Request Embassy Paris deliver", "Request Post approach", "Request Department provide"
  { re: new RegExp(String.raw`^(?:ACTION\s+REQUEST\s*[:.-]?\s*)?(?:We\s+)?Request(?:s)?\s+(?:that\s+)?${NAMED}\b`, 'g'), target: (m) => named(m[1] ?? m[2]) },
  { re: new RegExp(String.raw`^(?:ACTION\s+REQUEST\s*[:.-]?\s*)?(?:We\s+)?Request(?:s)?\s+(?:that\s+)?${POSTWORD}\s+[a-z]+`, 'gi'), target: () => ({ kind: 'post' }) },
  { re: new RegExp(String.raw`^(?:ACTION\s+REQUEST\s*[:.-]?\s*)?(?:We\s+)?Request(?:s)?\s+(?:that\s+)?${WASH}(?:['’]s)?\s+[a-z]+`, 'gi'), target: () => ({ kind: 'washington' }) },
  // "Please deliver", "Post please report", "Embassy Moscow, please approach"
  { re: new RegExp(String.raw`^(?:ACTION\s+REQUEST\s*[:.-]?\s*)?(?:(?:${NAMED}|${POSTWORD})\s*,?\s+)?(?:please|pls)\s*,?\s+(?:also\s+|then\s+|immediately\s+|urgently\s+)?${ACTIONVERBS}\b`, 'gi'), target: (m) => (m[1] ?? m[2] ? named(m[1] ?? m[2]) : { kind: 'post' }) },
  // "Post should approach ..." only right after an ACTION REQUEST label
  { re: new RegExp(String.raw`^ACTION\s+REQUEST\s*[:.-]?\s*(?:${NAMED}|${POSTWORD})\s+(?:should|shall|must|will)\s+[a-z]+`, 'g'), target: (m) => (m[1] ?? m[2] ? named(m[1] ?? m[2]) : { kind: 'post' }) },
];

const hypothetical = /\b(?:expects?|plans?|intends?|will|may|might|could|if)\s+(?:to\s+)?(?:the\s+)?(?:Department\s+|Washington\s+)?(?:ask|request|instruct)s?\b|\b(?:instructs?|requests?|asks?)\s+(?:that\s+)?(?:post|posts|embassy|mission)\s+not\b/i;

const notTaskings = /\b(?:not\s*\/?\s*not|not)\s+(?:requested|instructed|asked|directed|tasked)\b|\bplease\s+(?:see|refer|note|slug|protect|handle|treat|pass\s+to|pass\s+our|contact\s+(?!host|appropriate|the\s+(?:host|foreign|ministry|MFA|government|relevant))|do\s+not|feel|let\s+me|accept|find)\b|\bslug\b|\bthanks?\b|\bappreciates?\b|\bgrateful\b/i;

function named(text: string | undefined): Target | null {
  if (!text) return null;
  const places = text
    .split(/\s*(?:,|\band\b)\s*/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(?:Is|Are|Post|Posts|The)$/i.test(p));
  return places.length ? { kind: 'named', places } : null;
}

/**
 * The tasking sentences among `sentences` (offset ranges into `text`).
 * @example findRequestSentences('Post is requested to deliver the points.', [{start: 0, end: 40}])[0].target // {kind: 'post'}
 */
export function findRequestSentences(text: string, sentences: readonly { start: number; end: number }[]): RequestSentence[] {
  const out: RequestSentence[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end).replace(/^\s*(?:\d{1,2}(?:\.[A-Z0-9]{1,2})?\.?\s*)?(?:\([^)]{1,40}\)\s*)?(?:[A-Z][A-Z /-]{3,40}:\s*)?/, (lead) => (/ACTION\s+REQUEST/i.test(lead) ? 'ACTION REQUEST: ' : ''));
    if (hypothetical.test(sentence)) continue;
    if (notTaskings.test(sentence) && !/\b(?:is|are)\s+(?:hereby\s+|also\s+)?(?:requested|instructed)\s+to\s+(?!slug)/i.test(sentence)) continue;
    for (const { re, target } of patterns) {
      re.lastIndex = 0;
      const m = re.exec(sentence);
      if (!m) continue;
      let t = target(m);
      if (!t) continue;
      if (t.kind === 'post' && /\b(?:these|those|both)\s+(?:posts|embassies|missions)\b/i.test(m[0])) t = { kind: 'previous' };
      out.push({ target: t, start: s.start, end: s.end });
      break;
    }
  }
  return out;
}
