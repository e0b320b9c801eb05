/**
 * TAGS with their meanings, from data/vocab: subject and program tags, organisation tags, and
 * geographic tags (FIPS 10-4, not ISO: `CH` is China). Unknown meanings are shown as the code.
 */
import fs from 'node:fs';
import { dataPath } from '../common/paths.js';
import { parseCsvObjects } from '../common/csv.js';
import { fipsToAlpha3, country } from '../common/countries.js';

export interface TagInfo {
  tag: string;
  kind: 'geographic' | 'subject' | 'program' | 'organization' | 'person' | 'unknown';
  meaning: string | null;
  /** true when the code is in our vocabularies (even where its meaning is unknown) */
  known: boolean;
  /** ISO alpha-3 for geographic tags */
  country?: string;
}

let subjects: Map<string, { meaning: string | null; kind: string }> | null = null;
let orgs: Set<string> | null = null;

function load(): void {
  if (subjects) return;
  subjects = new Map();
  for (const r of parseCsvObjects(fs.readFileSync(dataPath('vocab', 'tags-subject.csv'), 'utf8'))) {
    subjects.set(r['tag']!, { meaning: r['meaning'] || null, kind: r['kind'] || 'subject' });
  }
  orgs = new Set(parseCsvObjects(fs.readFileSync(dataPath('vocab', 'tags-organization.csv'), 'utf8')).map((r) => r['tag']!));
}

/** What a TAGS entry means. */
export function describeTag(tag: string): TagInfo {
  load();
  const t = tag.toUpperCase();
  if (/^[A-Z]{2}$/.test(t)) {
    const a3 = fipsToAlpha3(t);
    if (a3) return { tag: t, kind: 'geographic', meaning: country(a3)?.name ?? null, known: true, country: a3 };
  }
  const s = subjects!.get(t);
  if (s) return { tag: t, kind: s.kind === 'program' ? 'program' : 'subject', meaning: s.meaning, known: true };
  if (orgs!.has(t)) return { tag: t, kind: 'organization', meaning: null, known: true };
  if (/^K[A-Z]{3}$/.test(t)) return { tag: t, kind: 'program', meaning: null, known: false };
  if (/^[A-Z]{4}$/.test(t) && /^[AEKMOPST]/.test(t)) return { tag: t, kind: 'subject', meaning: null, known: false };
  if (/,/.test(tag) || /^[A-Z]+ [A-Z]+$/.test(t)) return { tag: t, kind: 'person', meaning: null, known: false };
  return { tag: t, kind: 'unknown', meaning: null, known: false };
}
