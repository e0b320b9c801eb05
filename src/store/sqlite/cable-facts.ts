/**
 * What search needs of every cable, held in memory per connection and indexed by cable rowid: the id,
 * the date as a number (for ordering), and the facet values (classification, origin, year, tags) as
 * small integers. Facet counts over a matching set are then array lookups instead of a join per cable.
 *
 * Cable-level values only: nothing here is portion text or portion labels, and every use of it starts
 * from a set of cables the reader's access predicate has already decided. The facts follow the archive's
 * generation (the last revisions rowid): on a change, the cables added or revised since are re-read.
 */
import type { Db } from './open.js';
import { statement } from './statements.js';

/** Interned strings: value ↔ small integer (0 is null or empty: the `(unknown)` facet). */
class Dictionary {
  readonly values: string[] = [''];
  private readonly ids = new Map<string, number>([['', 0]]);
  id(v: string | null): number {
    if (v === null || v === '') return 0;
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(v);
      this.ids.set(v, id);
    }
    return id;
  }
}

export interface CableFacts {
  generation: number;
  /** cables loaded */
  count: number;
  /** the highest cable rowid loaded */
  maxRef: number;
  ids: string[];
  /** the date column as stored */
  dateTexts: (string | null)[];
  /** the date as YYYYMMDD for ordering (0 when the cable has no date: last in newest-first order) */
  dates: Int32Array;
  years: Int32Array;
  classifications: Uint32Array;
  origins: Uint32Array;
  tags: (number[] | undefined)[];
  classificationNames: Dictionary;
  originNames: Dictionary;
  tagNames: Dictionary;
}

const facts = new WeakMap<Db, CableFacts>();

function grow<T extends Int32Array | Uint32Array>(a: T, size: number): T {
  if (a.length > size) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size + 1, a.length * 2));
  b.set(a);
  return b;
}

interface Row {
  ref: number;
  id: string;
  date: string | null;
  year: number | null;
  classification: string | null;
  origin: string | null;
  tags: string;
}

/** '2009-09-15' → 20090915 (missing parts are 0, so the order is the text's). */
function dateNumber(d: string | null): number {
  const m = d ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d) : null;
  return m ? Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0) : 0;
}

function load(f: CableFacts, rows: Iterable<Row>): void {
  for (const r of rows) {
    if (r.ref > f.maxRef) f.maxRef = r.ref;
    f.dates = grow(f.dates, r.ref);
    f.years = grow(f.years, r.ref);
    f.classifications = grow(f.classifications, r.ref);
    f.origins = grow(f.origins, r.ref);
    if (f.ids[r.ref] === undefined) f.count++;
    f.ids[r.ref] = r.id;
    f.dateTexts[r.ref] = r.date;
    f.dates[r.ref] = dateNumber(r.date);
    f.years[r.ref] = r.year ?? 0;
    f.classifications[r.ref] = f.classificationNames.id(r.classification);
    f.origins[r.ref] = f.originNames.id(r.origin);
    f.tags[r.ref] = r.tags ? r.tags.slice(1, -1).split('|').map((t) => f.tagNames.id(t)) : undefined;
  }
}

const columns = 'c.rowid AS ref, c.id, c.date, c.year, c.classification, c.origin, c.tags';

function empty(gen: number): CableFacts {
  return {
    generation: gen, count: 0, maxRef: 0, ids: [], dateTexts: [], dates: new Int32Array(1024), years: new Int32Array(1024), classifications: new Uint32Array(1024),
    origins: new Uint32Array(1024), tags: [], classificationNames: new Dictionary(), originNames: new Dictionary(), tagNames: new Dictionary(),
  };
}

/** Below this many matching cables, a connection without the facts in memory reads just those cables. */
const partialLimit = 2000;

/**
 * The facts of the archive at generation `gen` (loaded once, then brought up to date incrementally).
 * For a small matching set `refs` on a connection that has not loaded them (a one-shot command), only
 * those cables are read: `count` is then the archive's count, the other cables are absent.
 */
export function cableFacts(db: Db, gen: number, refs?: number[]): CableFacts {
  let f = facts.get(db);
  if (!f && refs && refs.length <= partialLimit) {
    const part = empty(gen);
    load(part, statement(db, `SELECT ${columns} FROM cables c WHERE c.rowid IN (SELECT value FROM json_each(?))`).iterate(JSON.stringify(refs)) as Iterable<Row>);
    part.count = statement(db, 'SELECT count(*) FROM cables').pluck().get() as number;
    return part;
  }
  if (!f) {
    f = empty(gen);
    load(f, statement(db, `SELECT ${columns} FROM cables c`).iterate() as Iterable<Row>);
    facts.set(db, f);
  } else if (f.generation !== gen) {
    load(f, statement(db, `SELECT ${columns} FROM cables c WHERE c.rowid > ? OR c.id IN (SELECT cable_id FROM revisions WHERE rowid > ?)`).iterate(f.maxRef, f.generation) as Iterable<Row>);
  }
  f.generation = gen;
  return f;
}
