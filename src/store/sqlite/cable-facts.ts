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
  /**
   * The facet values, in the narrowest arrays that hold them (widened when a value outgrows them): a
   * search reads them for thousands of scattered cables, usually after other work has left the CPU
   * caches cold, and fewer bytes per cable cost fewer misses.
   */
  years: Uint16Array;
  classifications: Narrow;
  origins: Narrow;
  /** a cable's tags are tagIds[tagStart[ref] .. tagStart[ref] + tagCount[ref]) (append-only: a revised cable's new tags go to the end) */
  tagStart: Int32Array;
  tagCount: Narrow;
  tagIds: Narrow;
  tagLength: number;
  classificationNames: Dictionary;
  originNames: Dictionary;
  tagNames: Dictionary;
}

/** An array of small non-negative integers, as narrow as its values allow. */
type Narrow = Uint8Array | Uint16Array | Uint32Array;

const facts = new WeakMap<Db, CableFacts>();

/** `a`, or a copy long enough to hold index `size`. */
function grow<T extends Int32Array | Narrow>(a: T, size: number): T {
  if (a.length > size) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size + 1, a.length * 2));
  b.set(a);
  return b;
}

/** `a` long enough for index `at`, widened when `value` does not fit its element type. */
function fit(a: Narrow, at: number, value: number): Narrow {
  const room = grow(a, at);
  if (value < 2 ** (8 * room.BYTES_PER_ELEMENT)) return room;
  const wide = value < 2 ** 16 ? new Uint16Array(room.length) : new Uint32Array(room.length);
  wide.set(room);
  return wide;
}

function put(f: CableFacts, column: 'classifications' | 'origins' | 'tagCount' | 'tagIds', at: number, value: number): void {
  f[column] = fit(f[column], at, value);
  f[column][at] = value;
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
    f.tagStart = grow(f.tagStart, r.ref);
    if (f.ids[r.ref] === undefined) f.count++;
    f.ids[r.ref] = r.id;
    f.dateTexts[r.ref] = r.date;
    f.dates[r.ref] = dateNumber(r.date);
    f.years[r.ref] = Math.max(r.year ?? 0, 0) % 10000; // the year facet's range
    put(f, 'classifications', r.ref, f.classificationNames.id(r.classification));
    put(f, 'origins', r.ref, f.originNames.id(r.origin));
    const tags = r.tags ? r.tags.slice(1, -1).split('|') : [];
    f.tagStart[r.ref] = f.tagLength;
    put(f, 'tagCount', r.ref, tags.length);
    for (const t of tags) put(f, 'tagIds', f.tagLength++, f.tagNames.id(t));
  }
}

const columns = 'c.rowid AS ref, c.id, c.date, c.year, c.classification, c.origin, c.tags';

function empty(gen: number): CableFacts {
  return {
    generation: gen, count: 0, maxRef: 0, ids: [], dateTexts: [], dates: new Int32Array(1024), years: new Uint16Array(1024), classifications: new Uint8Array(1024),
    origins: new Uint8Array(1024), tagStart: new Int32Array(1024), tagCount: new Uint8Array(1024), tagIds: new Uint8Array(4096), tagLength: 0, classificationNames: new Dictionary(), originNames: new Dictionary(), tagNames: new Dictionary(),
  };
}

/**
 * A connection reads all the facts once it has run this many searches (a server); before, it reads only
 * the facts of each matching set (a one-shot command: reading 250,000 cables for one query costs more).
 */
const searchesBeforeFullLoad = 2;
const searches = new WeakMap<Db, number>();

/**
 * The facts of the archive at generation `gen` (loaded once, then brought up to date incrementally).
 * On a connection's first searches, given the matching set `refs`, only those cables are read: `count`
 * is then the archive's count, the other cables are absent.
 */
export function cableFacts(db: Db, gen: number, refs?: ArrayLike<number>): CableFacts {
  let f = facts.get(db);
  const n = (searches.get(db) ?? 0) + 1;
  searches.set(db, n);
  if (!f && refs && n <= searchesBeforeFullLoad) {
    const part = empty(gen);
    load(part, statement(db, `SELECT ${columns} FROM json_each(?) j CROSS JOIN cables c ON c.rowid = j.value`).iterate(JSON.stringify(Array.from(refs))) as Iterable<Row>);
    // cables are never deleted, so rowids run 1..n: the largest is the count (and costs one B-tree step)
    part.count = (statement(db, 'SELECT max(rowid) FROM cables').pluck().get() as number | null) ?? 0;
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
