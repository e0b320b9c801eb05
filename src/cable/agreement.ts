/**
 * Agreement with the heuer/cablemap test vectors (test/fixtures/cablemap): per field, how many
 * vectors our parser meets. Used by bench/cablemap.ts and a test; see the vectors' SOURCES.md for
 * the peer's conventions (by-id vectors read the cable from the corpus when it is present).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCable } from './index.js';
import type { Cable } from './types.js';

export interface Vector {
  field: string;
  input: string;
  input_kind: 'fragment' | 'full_text' | 'id';
  params?: Record<string, unknown>;
  expected: unknown;
  match?: 'contains' | 'unordered';
  corpus_file?: string;
}

export interface FieldAgreement {
  field: string;
  total: number;
  run: number;
  agree: number;
  failures: { input: string; expected: unknown; actual: unknown }[];
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s.'-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()).replace(/0/g, 'O');

function dedupe<T>(xs: T[]): T[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}

/** What our parser says for the vector's field, or undefined when the field is not compared. */
function actualFor(v: Vector, cable: Cable): unknown {
  switch (v.field) {
    case 'tags':
      return cable.tags;
    case 'subject':
      return cable.subject?.text ?? '';
    case 'classified_by':
      return (cable.classifiedBy?.by ?? []).map((n) => (v.params?.['normalize'] ? titleCase(n) : n));
    case 'declassification':
      return cable.eo?.declassify ?? null;
    case 'signed_by':
      return cable.signedBy;
    case 'references':
      return dedupe(cable.refs.filter((r) => r.id).map((r) => r.id!));
    case 'references_full':
      return cable.refs.map((r) => ({ value: r.id ?? r.text, kind: r.kind === 'telegram-dtg' ? 'tel' : r.kind, bullet: r.label ?? null }));
    case 'recipients_to':
    case 'recipients_info': {
      const list = v.field === 'recipients_to' ? cable.header?.to ?? [] : cable.header?.info ?? [];
      return list.map((a) => ({ route: a.ri, name: a.name, precedence: a.precedence, mcn: a.serial, excluded: a.excluded ?? [] }));
    }
    case 'summary':
      return cable.summary ?? '';
    default:
      return undefined;
  }
}

function equal(v: Vector, actual: unknown): boolean {
  const e = v.expected;
  if (v.match === 'contains' && Array.isArray(e) && Array.isArray(actual)) return e.every((x) => actual.some((a) => JSON.stringify(a) === JSON.stringify(x)));
  if (v.match === 'unordered' && Array.isArray(e) && Array.isArray(actual)) return JSON.stringify([...e].map(String).sort()) === JSON.stringify([...actual].map(String).sort());
  if (v.field === 'references' && Array.isArray(e)) return JSON.stringify(dedupe(e as string[])) === JSON.stringify(actual);
  return JSON.stringify(e) === JSON.stringify(actual);
}

/** Run every vector of the compared fields. `corpusDir` holds `<id>.txt` for by-id vectors. */
export function agreement(vectors: Vector[], corpusDirs: string[]): FieldAgreement[] {
  const byField = new Map<string, FieldAgreement>();
  for (const v of vectors) {
    let text: string | Buffer | null = null;
    let referenceId: string | undefined;
    if (v.input_kind === 'id') {
      const file = corpusDirs.map((d) => path.join(d, `${v.input}.txt`)).find((f) => fs.existsSync(f));
      text = file ? fs.readFileSync(file) : null;
    } else {
      text = v.input;
      const ref = v.params?.['reference_id'];
      const year = v.params?.['year'];
      referenceId = typeof ref === 'string' ? ref : year !== undefined ? `${String(year).slice(-2)}XREF0` : undefined;
    }
    const probe = actualFor(v, parseCable('', {}));
    if (probe === undefined) continue;
    const fa = byField.get(v.field) ?? { field: v.field, total: 0, run: 0, agree: 0, failures: [] };
    byField.set(v.field, fa);
    fa.total++;
    if (text === null) continue;
    fa.run++;
    const cable = parseCable(text, { referenceId, keepRaw: false });
    const actual = actualFor(v, cable);
    if (equal(v, actual)) fa.agree++;
    else fa.failures.push({ input: v.input.slice(0, 300), expected: v.expected, actual });
  }
  return [...byField.values()];
}

export function readVectors(file: string): Vector[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Vector);
}
