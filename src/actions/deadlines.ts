/**
 * Deadline expressions in tasking text, and the due date each one gives for a receipt date.
 * Forms: "within N (business|working|calendar) days (following|of|after) receipt", "within N hours/weeks",
 * "by COB <date>", "NLT <date>", "no later than <date>", "by <weekday/date>", "before <meeting> on <date>",
 * "by the end of the week/month", "COB today/tomorrow", and undated urgency ("as soon as possible", "ASAP",
 * "immediately", "soonest", "at the earliest opportunity") which keeps its words but has no due date.
 */
import { addBusinessDays } from './businessDays.js';
import { addDays, dateParts, lastDayOfMonth, makeDate, weekday, type IsoDate } from './isoDate.js';

export type DeadlineKind = 'business-days' | 'calendar-days' | 'date' | 'weekday' | 'relative-day' | 'end-of' | 'asap';

/** One deadline expression found in a text. */
export interface DeadlineMatch {
  /** the exact words as written (line breaks kept) */
  text: string;
  /** offsets into the searched text */
  start: number;
  end: number;
  kind: DeadlineKind;
  /** business or calendar days to add (kind business-days / calendar-days / relative-day) */
  days?: number;
  /** explicit date parts (kind date); year null when not written */
  month?: number;
  day?: number;
  year?: number | null;
  /** 0 = Sunday … 6 = Saturday (kind weekday) */
  weekday?: number;
  /** kind end-of */
  period?: 'week' | 'month';
  /** counted from another event than receipt ("within 90 days of the report's release"): no due date */
  fromEvent?: boolean;
}

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1,
};

const monthNames: [RegExp, number][] = [
  [/^jan/i, 1], [/^feb/i, 2], [/^mar/i, 3], [/^apr/i, 4], [/^may/i, 5], [/^jun/i, 6],
  [/^jul/i, 7], [/^aug/i, 8], [/^sep/i, 9], [/^oct/i, 10], [/^nov/i, 11], [/^dec/i, 12],
];
const weekdayNames: [RegExp, number][] = [
  [/^sun/i, 0], [/^mon/i, 1], [/^tue/i, 2], [/^wed/i, 3], [/^thu/i, 4], [/^fri/i, 5], [/^sat/i, 6],
];

const S = String.raw`[\s\u00a0]+`;
const NUM = String.raw`(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an)`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?`;
const YEAR = String.raw`(?:,?${S}(\d{4}|'\d{2}))`;
/** a date: `September 15(, 2009)`, `15 September (2009)`, `9/15(/09)`, optionally preceded by a weekday */
const DATE = String.raw`(?:(${WEEKDAY})(?:,?${S}|(?:${S})?\(|${S}the${S}))?(?:(${MONTH})${S}(\d{1,2})(?:st|nd|rd|th)?\b${YEAR}?|(\d{1,2})(?:st|nd|rd|th)?${S}(?:of${S})?(${MONTH})${YEAR}?|(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b(?![\s\u00a0]*(?:of|majority|vote|share)\b))\)?|(${WEEKDAY})\b`;
const COB = String.raw`(?:(?:COB|C\.O\.B\.?|EOD|E\.O\.D\.?|close${S}of${S}business|end${S}of${S}(?:the${S})?(?:business${S})?day|opening${S}of${S}business|noon|midday)(?:${S}(?:washington|local|EST|EDT|DC)${S}time)?(?:${S}(?:on|of))?,?(?:${S})?)`;

const patterns: { kind: 'within' | 'dated' | 'today' | 'end-of' | 'asap'; re: RegExp }[] = [
  {
    kind: 'within',
    re: new RegExp(String.raw`\b(?:within|in|no${S}later${S}than|not${S}later${S}than|NLT)${S}(?:the${S}(?:next${S})?)?${NUM}${S}(?:\(\d+\)${S})?(business|working|calendar|work)?(?:${S})?(days?|weeks?|hours?)(?:${S}(?:following|of|after|from|upon)${S}(?:the${S})?(?:date${S}of${S})?(?:(?:receipt|receiving)(?:${S}of${S}(?:this|the|that)(?:${S}(?:cable|message|telegram|instruction|instructions|request|tasking))?)?|(?:this|the|that)${S}(?:cable|message|telegram|instructions?|request|tasking)\b))?`, 'gi'),
  },
  {
    kind: 'today',
    re: new RegExp(String.raw`\b(?:by|before|NLT|no${S}later${S}than)${S}${COB}?(today|tomorrow|tonight)\b`, 'gi'),
  },
  {
    kind: 'end-of',
    re: new RegExp(String.raw`\b(?:by|before|NLT|no${S}later${S}than)${S}(?:the${S})?end${S}of${S}(?:the${S}|this${S})?(week|month)\b`, 'gi'),
  },
  {
    kind: 'dated',
    re: new RegExp(String.raw`\b(?:(?:by|NLT|no${S}later${S}than|not${S}later${S}than|until|on${S}or${S}before)${S}${COB}?|(?:before|prior${S}to|in${S}advance${S}of|ahead${S}of)${S}(?:${COB}|(?:(?:the|his|her|their|its|our|a|an)${S})?(?:[\w'’.-]+${S}){0,7}?(?:on|of|scheduled${S}for|set${S}for|beginning)?(?:${S})?)|${COB})(?:${DATE})`, 'gi'),
  },
  {
    kind: 'asap',
    re: new RegExp(String.raw`\b(?:as${S}soon${S}as${S}possible|ASAP|immediately|soonest|at${S}(?:the|post's|posts'|its)${S}earliest${S}(?:opportunity|possible${S}(?:date|opportunity|time)|convenience)|urgently|without${S}delay|at${S}once|on${S}an${S}urgent${S}basis|NIACT)\b`, 'gi'),
  },
];

/** What follows "within N days" when it counts from something else than receipt. */
const eventAnchor = /^[\s\u00a0]+(?:of|after|following|from)[\s\u00a0]+(?!receipt|receiving|(?:the[\s\u00a0]+date[\s\u00a0]+of[\s\u00a0]+)?(?:this|the|that)[\s\u00a0]+(?:cable|message|telegram|instructions?|request|tasking)\b|today\b)[^.;:,()]{1,60}/i;

function numberValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  if (w in numberWords) return numberWords[w]!;
  const [tens, ones] = w.split('-');
  if (tens && ones && tens in numberWords && ones in numberWords) return numberWords[tens]! + numberWords[ones]!;
  return null;
}

function monthValue(word: string): number {
  return monthNames.find(([re]) => re.test(word))![1];
}

function weekdayValue(word: string): number {
  return weekdayNames.find(([re]) => re.test(word))![1];
}

function yearValue(text: string | undefined): number | null {
  if (!text) return null;
  const y = text.replace("'", '');
  const n = Number(y);
  return y.length === 4 ? n : n < 50 ? 2000 + n : 1900 + n;
}

/** The date fields of a DATE match, from the capture groups starting at `g`. */
function dateFields(m: RegExpExecArray, g: number): Partial<DeadlineMatch> | null {
  const [wd1, mon1, day1, yr1, day2, mon2, yr2, num1, num2, yr3, wd2] = m.slice(g, g + 11);
  if (mon1 && day1) return { kind: 'date', month: monthValue(mon1), day: Number(day1), year: yearValue(yr1) };
  if (mon2 && day2) return { kind: 'date', month: monthValue(mon2), day: Number(day2), year: yearValue(yr2) };
  if (num1 && num2) {
    const month = Number(num1);
    if (month < 1 || month > 12) return null;
    return { kind: 'date', month, day: Number(num2), year: yearValue(yr3) };
  }
  const wd = wd1 ?? wd2;
  if (wd) return { kind: 'weekday', weekday: weekdayValue(wd) };
  return null;
}

function classify(kind: (typeof patterns)[number]['kind'], m: RegExpExecArray): Partial<DeadlineMatch> | null {
  switch (kind) {
    case 'within': {
      const n = numberValue(m[1]!);
      if (n === null || n <= 0) return null;
      const qualifier = (m[2] ?? '').toLowerCase();
      const unit = m[3]!.toLowerCase();
      if (unit.startsWith('hour')) return { kind: 'calendar-days', days: Math.ceil(n / 24) };
      if (unit.startsWith('week')) return { kind: 'calendar-days', days: 7 * n };
      if (qualifier === 'business' || qualifier === 'working' || qualifier === 'work') return { kind: 'business-days', days: n };
      return { kind: 'calendar-days', days: n };
    }
    case 'today':
      return { kind: 'relative-day', days: m[1]!.toLowerCase() === 'tomorrow' ? 1 : 0 };
    case 'end-of':
      return { kind: 'end-of', period: m[1]!.toLowerCase() as 'week' | 'month' };
    case 'dated':
      return dateFields(m, 1);
    case 'asap':
      return { kind: 'asap' };
  }
}

/**
 * Every deadline expression in `text`, in order, without overlaps (a dated or counted form wins over
 * an urgency word inside it).
 * @example findDeadlines('report within seven business days following receipt of this cable.')[0].text
 *   // 'within seven business days following receipt of this cable'
 */
export function findDeadlines(text: string): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  for (const { kind, re } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      let end = start + m[0].replace(/[\s,(]+$/, '').length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const fields = classify(kind, m);
      if (!fields) continue;
      if (kind === 'within' && !/receipt|receiving|cable|message|telegram|instruction|request|tasking/i.test(m[0])) {
        // "within 90 days of the report's release": counted from an event, keep its words
        const anchor = eventAnchor.exec(text.slice(end));
        if (anchor) {
          fields.fromEvent = true;
          end += anchor[0].replace(/[\s,]+$/, '').length;
        }
      }
      found.push({ text: text.slice(start, end), start, end, ...fields } as DeadlineMatch);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The due date a deadline gives for a receipt date; null for undated urgency or when no date follows.
 * Dates written without a year take the receipt year, or the next year when that would fall more than
 * 60 days before receipt (a December cable asking for "January 15").
 */
export function dueDate(match: DeadlineMatch, received: IsoDate | null): IsoDate | null {
  if (match.fromEvent) return null;
  if (match.kind === 'date' && match.year != null) return makeDate(match.year, match.month!, match.day!);
  if (!received) return null;
  switch (match.kind) {
    case 'business-days':
      return addBusinessDays(received, match.days!);
    case 'calendar-days':
    case 'relative-day':
      return addDays(received, match.days!);
    case 'date': {
      const { year } = dateParts(received);
      const d = makeDate(year, match.month!, match.day!);
      if (!d) return null;
      return d < addDays(received, -60) ? makeDate(year + 1, match.month!, match.day!) : d;
    }
    case 'weekday': {
      const offset = (match.weekday! - weekday(received) + 7) % 7;
      return addDays(received, offset);
    }
    case 'end-of': {
      if (match.period === 'month') {
        const { year, month } = dateParts(received);
        return lastDayOfMonth(year, month);
      }
      return addDays(received, (5 - weekday(received) + 7) % 7);
    }
    case 'asap':
      return null;
  }
}
