/**
 * The "Country Chart" cell of a License Requirements row, read as a rule: one or more chart columns
 * ("NS Column 2"), the UN arms-embargo pointer (§ 746.1(b)), a prose destination rule ("China, Russia,
 * or Venezuela", "Country Groups D:1, D:4 and D:5 … excluding A:5 or A:6", "worldwide"), nothing
 * ("N/A"), or prose that only refers elsewhere — which is reported as such, never guessed.
 */
import { chartData, groupsData, part746Data } from './data.js';
import { destinationCode } from './destination.js';

/** A chart rule. */
export type ChartRule =
  | { kind: 'columns'; columns: string[]; note: string | null }
  | { kind: 'un'; note: string | null }
  | { kind: 'destinations'; all: boolean; countries: string[]; groups: string[]; exceptCountries: string[]; exceptGroups: string[]; text: string }
  | { kind: 'none'; text: string }
  | { kind: 'refer'; text: string; citation: string | null };

const reasonCodes = ['CB', 'NP', 'NS', 'MT', 'RS', 'FC', 'CC', 'AT'];

/** Section references in a text (`§ 742.6(a)(7)`, `§§ 742.6 and 746.3`). */
export function sectionRefs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/§§?\s*([\d.()a-zA-Z]+(?:\s*(?:,|and)\s*[\d.()a-zA-Z]+)*)/g)) {
    for (const s of m[1]!.split(/\s*(?:,|and)\s*/)) if (/^\d{3}\.\d+/.test(s)) out.push(`15 CFR ${s.replace(/[.)]*$/, (x) => (x.includes(')') ? ')' : ''))}`);
  }
  for (const m of text.matchAll(/\b[Pp]art (7\d\d)\b/g)) out.push(`15 CFR part ${m[1]}`);
  return [...new Set(out)];
}

let nameRe: RegExp | null = null;

function countryNames(): RegExp {
  if (nameRe) return nameRe;
  const names = new Set<string>();
  for (const r of chartData().rows) {
    names.add(r.name);
    if (r.name.includes(', ')) names.add(r.name.split(', ').reverse().join(' '));
  }
  names.add('Hong Kong');
  const sorted = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  nameRe = new RegExp(`\\b(${sorted.join('|')})\\b`, 'g');
  return nameRe;
}

function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(countryNames())) {
    const code = destinationCode(m[1]!);
    if (code) out.push(code);
  }
  return out;
}

function groupsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/Country Groups?\s+((?:[A-E]:\d|[A-E]\b)(?:(?:\s*,\s*|\s+)(?:and\s+|or\s+)?(?:[A-E]:\d))*)/g)) {
    for (const g of m[1]!.matchAll(/[A-E](?::\d)?/g)) if (groupsData().groups[g[0]]) out.push(g[0]);
  }
  return out;
}

/**
 * Read the chart cell of a License Requirements row. `reason` is the row's reason code, used when the
 * cell names a column without its reason ("Column 1.").
 */
export function parseChartRule(chart: string, reason: string | null): ChartRule {
  const text = chart.replace(/\s+/g, ' ').trim();
  const columns = [...text.matchAll(/\b(CB|NP|NS|MT|RS|FC|CC|AT)\s+Column\s+(\d)\b/g)].map((m) => `${m[1]}${m[2]}`);
  if (!columns.length && /^Column\s+(\d)/.test(text) && reason && reasonCodes.includes(reason)) columns.push(`${reason}${/^Column\s+(\d)/.exec(text)![1]}`);
  if (columns.length && !/^A license is required/i.test(text)) {
    const rest = text.replace(/\b(?:CB|NP|NS|MT|RS|FC|CC|AT)?\s*Column\s+\d\b\.?,?/g, '').replace(/\b(?:CB|NP|NS|MT|RS|FC|CC|AT) applies to entire entry\b/g, '').trim();
    return { kind: 'columns', columns, note: rest.length > 2 ? rest : null };
  }
  if (/\bUN controls\b|§\s*746\.1\(b\)/.test(text) && !/non-States Parties/.test(text)) return { kind: 'un', note: null };
  if (/^N\/A\.?$/i.test(text)) return { kind: 'none', text };
  const citation = sectionRefs(text)[0] ?? null;
  if (/States Parties|not designed to determine licensing requirements for items controlled for CW/i.test(text)) return { kind: 'refer', text, citation };
  const scopeText = text.split(/\bSee\b|\(see\b/)[0]!;
  let all = /\bworldwide\b|\ball destinations\b|\bany destination\b/i.test(text);
  const exceptAt = scopeText.search(/\bexcept(?:ing)?\b|\bexcluding\b/i);
  const head = exceptAt >= 0 ? scopeText.slice(0, exceptAt) : scopeText;
  const tail = exceptAt >= 0 ? scopeText.slice(exceptAt) : '';
  const countries = namesIn(head);
  const groups = groupsIn(head);
  if (/§\s*746\.8\b/.test(text) && !countries.length) countries.push('RUS', 'BLR');
  const exceptCountries = namesIn(tail);
  const exceptGroups = groupsIn(tail);
  if (!all && !countries.length && !groups.length) return { kind: 'refer', text, citation };
  if (all && (countries.length || groups.length) && !/\bworldwide\b/i.test(text)) all = false;
  return { kind: 'destinations', all, countries, groups, exceptCountries, exceptGroups, text };
}

/** Whether a prose destination rule covers a destination (by its governing country and groups). */
export function destinationRuleApplies(rule: Extract<ChartRule, { kind: 'destinations' }>, alpha3: string, groups: string[], ownAlpha3: string): boolean {
  const named = (codes: string[]) => codes.includes(alpha3) || codes.includes(ownAlpha3);
  const inGroups = (gs: string[]) => gs.some((g) => groups.includes(g));
  if (named(rule.exceptCountries)) return false;
  // a country the rule names is in, whatever its groups ("the United Arab Emirates or … D:1, D:4, D:5,
  // excluding any destination also in A:5 or A:6": the exclusion qualifies the group members)
  if (named(rule.countries)) return true;
  if (inGroups(rule.exceptGroups)) return false;
  return rule.all || inGroups(rule.groups);
}

/** The countries under UN Security Council arms embargoes (§ 746.1(b)(2)). */
export function unArmsEmbargoed(alpha3: string): boolean {
  return part746Data().unArmsEmbargo.includes(alpha3);
}
