/**
 * Classify: find control entries by number or by description, with the parameters that decide, the
 * reasons for control that cover the entry, and the related entries.
 */
import { getEntry, resolveEntry, ownTexts, cclRecord, type ControlEntry } from './entries.js';
import { parseEntryNumber, findEntryNumbers } from './notation.js';
import { findControlEntries } from './mentions.js';
import { extractParameters, type Parameter } from './parameters.js';
import { searchEntries, matchDefinitions, type DefinitionHit } from './search.js';
import { parseScope, coverage } from './scope.js';
import { cclData, euData, wassenaarData } from './data.js';
import { wassenaarText, type WassenaarBlock } from './wassenaar-text.js';

/** A related entry and why it is related. */
export interface RelatedEntry {
  id: string;
  relation: 'parent' | 'child' | 'see also' | 'cited';
  heading: string | null;
}

/** A reason for control of the entry's ECCN and whether it covers this entry. */
export interface ControlReason {
  reason: string;
  chart: string;
  covers: boolean | 'conditional';
  scope: string;
}

/** One classified entry. */
export interface ClassifiedEntry extends ControlEntry {
  score: number | null;
  matched: string[];
  parameters: Parameter[];
  reasonsForControl: ControlReason[];
  related: RelatedEntry[];
  /** the Wassenaar block text with its Notes, when the shared list is present (entry lookups only) */
  wassenaarText: WassenaarBlock | null;
}

/** The classify answer. */
export interface Classification {
  query: string;
  mode: 'entry' | 'search';
  matches: ClassifiedEntry[];
  definitions: DefinitionHit[];
  editions: Record<string, string>;
}

function related(entry: ControlEntry): RelatedEntry[] {
  const out: RelatedEntry[] = [];
  const seen = new Set<string>([entry.id]);
  const add = (id: string, relation: RelatedEntry['relation']) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, relation, heading: getEntry(id)?.heading ?? null });
  };
  for (const p of entry.parents) add(p.id, 'parent');
  for (const c of entry.children) add(c, 'child');
  const record = entry.eccn ? cclRecord(entry.eccn) : null;
  for (const m of findEntryNumbers(`${record?.related ?? ''} ${euSeeAlso(entry)}`)) add(m.number.id, 'see also');
  for (const [, text] of ownTexts(entry.id)) for (const m of findEntryNumbers(text)) add(m.number.id, 'cited');
  return out;
}

function euSeeAlso(entry: ControlEntry): string {
  if (!entry.eccn) return '';
  const e = euData().annexI.find((x) => x.entry === entry.eccn);
  return e ? e.heading : '';
}

function reasonsFor(entry: ControlEntry): ControlReason[] {
  const record = entry.eccn ? cclRecord(entry.eccn) : null;
  if (!record) return [];
  return record.requirements.map((r) => {
    const reason = /^\s*([A-Z]{2})\s+appl/.exec(r.control)?.[1] ?? /\b([A-Z]{2}) Column/.exec(r.chart)?.[1] ?? r.control.split(/\s+appl/)[0]!;
    return { reason, chart: r.chart.trim(), covers: coverage(parseScope(r.control, record.eccn), entry.path, record.eccn).covers, scope: r.control.trim() };
  });
}

function classified(entry: ControlEntry, score: number | null, matched: string[], maxParameters: number, withText = false): ClassifiedEntry {
  return {
    ...entry,
    wassenaarText: withText && entry.lists.includes('wassenaar') ? wassenaarText(entry.id) : null,
    score,
    matched,
    parameters: extractParameters(ownTexts(entry.id)).slice(0, maxParameters),
    reasonsForControl: reasonsFor(entry),
    related: related(entry),
  };
}

function editions(): Record<string, string> {
  return { ccl: cclData().edition, eu: euData().edition, wassenaar: wassenaarData().edition };
}

/**
 * Classify a query: an entry number in any notation (one match) or a description (ranked matches).
 * Returns null `matches` entries never; an unknown entry number gives an empty list with mode 'entry'.
 */
export function classify(query: string, limit = 10): Classification {
  const q = query.trim();
  const number = parseEntryNumber(q);
  if (number) {
    const entry = resolveEntry(q);
    return { query: q, mode: 'entry', matches: entry ? [classified(entry, null, [], 200, true)] : [], definitions: [], editions: editions() };
  }
  // entry numbers written inside a description come first ("infrared detectors, 6.A.2.a.3")
  const named = [...new Set(findControlEntries(q).filter((m) => m.exact && m.entry).map((m) => m.entry!.id))];
  const hits = searchEntries(q, limit).filter((h) => !named.includes(h.id));
  return {
    query: q,
    mode: 'search',
    matches: [...named.map((id) => classified(getEntry(id)!, null, ['entry number'], 12)), ...hits.map((h) => classified(getEntry(h.id)!, h.score, h.matched, 12))].slice(0, Math.max(limit, named.length)),
    definitions: matchDefinitions(q),
    editions: editions(),
  };
}
