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
const ACTIONVERBS = String.raw`(?:deliver|report|provide|approach|advise|confirm|share|convey|raise|demarche|inform|seek|ask|urge|request|brief|draw|follow\s+up|forward|send|respond|reply|notify|obtain|transmit|let\s+(?:us|the\s+department|washington)\s+know|query|engage|meet|pursue|contact\s+(?:host|appropriate|the\s+(?:host|foreign|ministry|MFA|government|relevant))|pass\s+(?:the|these|this|our)\s+(?:points|message|non-?paper|information|text|letter)|call|express|emphasize|stress|remind|encourage|press|clarify|verify|check|investigate|determine|ensure|coordinate|discuss|review|comment|submit|update|complete|conduct|schedule|arrange)`;

/** What every match of ASKED ends with: a cheap test before the forms built on it. */
const askedCue = /(?:requested|instructed|asked|directed|tasked|authorized)\s+to\b/i;

/**
 * Tasking forms; `exact` ones rely on capitals to find a post's name and are matched case-blind only in all-caps text.
 * `asked` ones end in ASKED and are tried only on sentences with askedCue (few have it).
 */
const forms: { source: string; exact?: boolean; asked?: boolean; target: (m: RegExpExecArray) => Target | null }[] = [
  // "Embassy Beijing is requested to", "Embassies London and Tel Aviv are instructed to"
  { source: String.raw`\b${NAMED}\s*,?\s+(?:is|are)\s+${ASKED}`, exact: true, asked: true, target: (m) => named(m[1] ?? m[2]) },
  // "Post is requested to", "Posts are asked to", "Addressees are instructed to"
  { source: String.raw`\b${POSTWORD}\s+(?:is|are)\s+${ASKED}`, asked: true, target: () => ({ kind: 'post' }) },
  // "urgent action is required from action addressees"
  { source: String.raw`\b(?:urgent\s+|immediate\s+|prompt\s+)?action\s+is\s+(?:required|requested|needed)\s+(?:from|by)\s+(?:the\s+)?(?:${POSTWORD}|action\s+addressees)`, target: () => ({ kind: 'post' }) },
  // "the Department is requested to"
  { source: String.raw`\b${WASH}\s+(?:is|are)\s+${ASKED}`, asked: true, target: () => ({ kind: 'washington' }) },
  // "Department requests that Embassy Bogota conduct", "Washington requests Post approach"
  { source: String.raw`\b(?:Department|Dept|Washington|We|ISN|EUR|PM|State|USG)\b[\w/ ,'’-]{0,40}?\s${REQUESTS}\s+(?:that\s+)?${NAMED}\b`, exact: true, target: (m) => named(m[1] ?? m[2]) },
  { source: String.raw`\b(?:Department|Dept|Washington|We|ISN|EUR|PM|State|USG)\b[\w/ ,'’-]{0,40}?\s${REQUESTS}\s+(?:that\s+)?(?:${POSTWORD})(?:['’]s\s+assistance|\s+(?:to\s+)?[a-z]+)`, target: () => ({ kind: 'post' }) },
  // "Post requests that the Department provide", "Embassy requests Department guidance"
  { source: String.raw`\b(?:Post|Embassy|Mission|Consulate|We|USUN|USNATO|USEU)\b[\w ,]{0,20}?\s(?:requests?|would\s+appreciate|seeks?|asks?)\s+(?:that\s+)?${WASH}(?:['’]s)?\s+(?:to\s+)?[a-z]+`, target: () => ({ kind: 'washington' }) },
  // "post would appreciate guidance from Washington", "we request any additional information": of the action addressees
  { source: String.raw`\b(?:Post|Embassy|Mission|Consulate|We|USUN|USNATO|USEU|Department|Dept|Washington)\b[\w ,'’]{0,30}?\s(?:would\s+(?:appreciate|welcome)|requests?|seeks?|asks?\s+for)\s+(?:(?:the|any|additional|further|urgent|prompt|early|Washington['’]s|Department['’]s|USG|U\.S\.|its|a|an|timely|specific|your)\s+){0,3}(?:guidance|input|information|assistance|support|clearance|authori[sz]ation|approval|views|comments|review|confirmation|instructions|response|decision|help|reply|answer)\b`, target: () => ({ kind: 'post' }) },
  // "Response requested by COB Friday", "Reply needed NLT 22 September"
  { source: String.raw`^(?:ACTION\s+REQUEST\s*[:.-]?\s*)?(?:an?\s+|the\s+|post's\s+|posts'\s+)?(?:response|reply|report|responses|replies|reporting|confirmation)\s+(?:is\s+|are\s+)?(?:requested|needed|required|due|expected)\b`, target: () => ({ kind: 'post' }) },
  // telegraphic: "Request Embassy Paris deliver", "Request Post approach", "Request Department provide"
  { source: String.raw`^(?:ACTION\s+REQUEST\s*[:.-]?\s*)?(?:We\s+)?Request(?:s)?\s+(?:that\s+)?${NAMED}\b`, exact: true, target: (m) => named(m[1] ?? m[2]) },
  { source: String.raw`^(?:ACTION\s+REQUEST\s*[:.-]?\s*)?(?:We\s+)?Request(?:s)?\s+(?:that\s+)?${POSTWORD}\s+[a-z]+`, target: () => ({ kind: 'post' }) },
  { source: String.raw`^(?:ACTION\s+REQUEST\s*[:.-]?\s*)?(?:We\s+)?Request(?:s)?\s+(?:that\s+)?${WASH}(?:['’]s)?\s+[a-z]+`, target: () => ({ kind: 'washington' }) },
  // "Please deliver", "Post please report", "Embassy Moscow, please approach"
  { source: String.raw`^(?:ACTION\s+REQUEST\s*[:.-]?\s*)?(?:(?:${NAMED}|${POSTWORD})\s*,?\s+)?(?:please|pls)\s*,?\s+(?:also\s+|then\s+|immediately\s+|urgently\s+)?${ACTIONVERBS}\b`, target: (m) => (m[1] ?? m[2] ? named(m[1] ?? m[2]) : { kind: 'post' }) },
  // "Post should approach ..." only right after an ACTION REQUEST label
  { source: String.raw`^ACTION\s+REQUEST\s*[:.-]?\s*(?:${NAMED}|${POSTWORD})\s+(?:should|shall|must|will)\s+[a-z]+`, exact: true, target: (m) => (m[1] ?? m[2] ? named(m[1] ?? m[2]) : { kind: 'post' }) },
];

const mixedCase = forms.map((f) => ({ re: new RegExp(f.source, f.exact ? 'g' : 'gi'), asked: f.asked === true, target: f.target }));
const allCaps = forms.map((f) => ({ re: new RegExp(f.source, 'gi'), asked: f.asked === true, target: f.target }));

/** A leading "Action request:" label (the sentence is then a tasking); other labels ("Summary and action request:", "Comment:") are dropped. */
const explicitLabel = /^action\s+request(?:s|ed)?(?:\s+cont(?:inued|'d|\.)?)?\s*[:.-]\s*/i;
const otherLabel = /^[A-Z][A-Za-z /-]{3,40}:\s*/;

const hypothetical = /\b(?:expects?|plans?|intends?|will|may|might|could|can|if)\s+(?:to\s+)?(?:the\s+)?(?:Department\s+|Washington\s+)?(?:ask|request|instruct)s?\b|\b(?:instructs?|requests?|asks?)\s+(?:that\s+)?(?:post|posts|embassy|mission)\s+not\b/i;

const notTaskings = /\b(?:not\s*\/?\s*not|not)\s+(?:requested|instructed|asked|directed|tasked)\b|\bplease\s+(?:see|refer|note|slug|protect|handle|treat|pass\s+to|pass\s+our|contact\b(?=[^.]{0,80}(?:@|\bat\b|\bphone\b|\btel\b|\bPOC\b|\d{3}[-.\s]\d{3,4}))|do\s+not|feel|let\s+me|accept|find)\b|\bslug\b/i;
const courtesy = /\bthanks?\b|\bappreciates\b|\bgrateful\b/i;

function named(text: string | undefined): Target | null {
  if (!text) return null;
  const places = text
    .split(/\s*(?:,|\band\b)\s*/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(?:Is|Are|Post|Posts|The)$/i.test(p));
  return places.length ? { kind: 'named', places } : null;
}

/** Inside a quotation ("we need your help", a quoted letter): an odd number of double quotes before `at`. */
function quoted(sentence: string, at: number): boolean {
  return ((sentence.slice(0, at).match(/["“”]/g) ?? []).length % 2) === 1;
}

/** The target of the first tasking form a (normalised) sentence matches, or null. */
export function taskingIn(sentence: string): Target | null {
  const mayBeAsked = askedCue.test(sentence);
  for (const { re, asked, target } of /[a-z]/.test(sentence) ? mixedCase : allCaps) {
    if (asked && !mayBeAsked) continue;
    re.lastIndex = 0;
    const m = re.exec(sentence);
    if (!m || quoted(sentence, m.index)) continue;
    const found = target(m);
    if (!found) continue;
    if (found.kind === 'post' && /\b(?:these|those|both)\s+(?:posts|embassies|missions)\b/i.test(m[0])) return { kind: 'previous' };
    return found;
  }
  return null;
}

/** Words every tasking form contains: a cheap test before the sentence work. */
export const taskingWords = /request|instruct|\bask|direct|\btask|\burg|please|\bpls\b|apprecia|\bseek|welcome|wish|would\s+like/i;

/**
 * The tasking sentences among `sentences` (offset ranges into `text`).
 * @example findRequestSentences('Post is requested to deliver the points.', [{start: 0, end: 40}])[0].target // {kind: 'post'}
 */
export function findRequestSentences(text: string, sentences: readonly { start: number; end: number }[]): RequestSentence[] {
  const out: RequestSentence[] = [];
  let labelled: RequestSentence | null = null;
  for (const s of sentences) {
    let sentence = text.slice(s.start, s.end).replace(/^\s*(?:\d{1,2}(?:\.[A-Z0-9]{1,2})?\.?\s*)?(?:\([^)]{1,40}\)\s*)?/, '');
    const label = explicitLabel.exec(sentence);
    if (!label && !taskingWords.test(sentence)) continue;
    sentence = label ? `ACTION REQUEST: ${sentence.slice(label[0].length)}` : sentence.replace(otherLabel, (l) => (/^[A-Z][A-Z /-]+:/.test(l) || /\b(?:summary|comment|background|note)\b/i.test(l) ? '' : l));
    if (hypothetical.test(sentence)) continue;
    const asked = /\b(?:is|are)\s+(?:hereby\s+|also\s+)?(?:requested|instructed)\s+to\s+(?!slug)/i.test(sentence);
    if (notTaskings.test(sentence) && !asked) continue;
    if (!label && courtesy.test(sentence) && !asked) continue;
    const found = taskingIn(sentence);
    if (found) out.push({ target: found, start: s.start, end: s.end });
    // "Action request: we thank the Department in advance for a prompt response to Egypt's request":
    // the label makes its sentence the tasking when nothing else in the paragraph is one
    else if (label && !labelled && sentence.split(/\s+/).length >= 8 && !/\b(?:see|paragraphs?|paras?)\s+\d/i.test(sentence)) labelled = { target: { kind: 'post' }, start: s.start, end: s.end };
  }
  if (!out.length && labelled) out.push(labelled);
  return out;
}
