/**
 * The compact snapshot format bundled in data/lists/ (gzipped JSON): records as arrays, empty fields
 * left out, every name as ids into one shared vocabulary (words + skeletons), so start-up skips
 * normalisation and string hashing.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { createError } from '../errors.js';
import type { ListName, ListSnapshot, PartyType, ScreeningRecord, WordList } from './model.js';
import { skeleton } from './phonetic.js';
import { nameWords } from './tokens.js';

export const bundleFormat = 'tearline-lists/2';

type PackedName = [string, ListName['kind'], number[]];
type PackedRecord = [string, PartyType, PackedName[], string[]?, string[]?, string[]?, string[]?, [string, string][]?];

interface PackedSnapshot {
  slug: string;
  date: string;
  origin: string;
  files: string[];
  records: PackedRecord[];
}

const opt = <T>(a: T[]): T[] | undefined => (a.length ? a : undefined);

function packRecord(r: ScreeningRecord, slug: string, wordId: (w: string) => number): PackedRecord {
  const seen = new Set<string>();
  const packed: PackedRecord = [
    r.id.slice(slug.length + 1),
    r.type,
    r.names.map((n) => {
      const words = nameWords(n.name);
      const key = words.join(' ');
      const ids = seen.has(key) ? [] : words.map(wordId); // a repeated name is indexed once
      seen.add(key);
      return [n.name, n.kind, ids];
    }),
    opt(r.programs),
    opt(r.countries),
    opt(r.addresses),
    opt(r.identifiers),
    opt(r.dates.map((d) => [d.kind, d.value] as [string, string])),
  ];
  while (packed.length > 3 && packed[packed.length - 1] === undefined) packed.pop();
  return packed;
}

function unpackRecord(p: PackedRecord, slug: string, listDate: string): ScreeningRecord {
  return {
    id: `${slug}:${p[0]}`,
    list: slug,
    type: p[1],
    names: p[2].map(([name, kind, tokenIds]) => ({ name, kind, tokenIds })),
    programs: p[3] ?? [],
    countries: p[4] ?? [],
    addresses: p[5] ?? [],
    identifiers: p[6] ?? [],
    dates: (p[7] ?? []).map(([kind, value]) => ({ kind, value })),
    listDate,
  };
}

/**
 * Write snapshots to a gzipped bundle file.
 * @example writeBundle('data/lists/lists.json.gz', catalog.snapshots)
 */
export function writeBundle(file: string, snapshots: readonly ListSnapshot[]): void {
  const words: string[] = [];
  const ids = new Map<string, number>();
  const wordId = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = words.push(w) - 1));
    return id;
  };
  const packed = snapshots.map(
    (s): PackedSnapshot => ({ slug: s.slug, date: s.date, origin: s.origin, files: s.files, records: s.records.map((r) => packRecord(r, s.slug, wordId)) }),
  );
  const body = { format: bundleFormat, vocabulary: { words, skeletons: words.map(skeleton) }, snapshots: packed };
  fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(body), { level: 9 }));
}

/**
 * Read a bundle file written by writeBundle.
 * @example readBundle(dataPath('lists', 'lists.json.gz')).length === 5
 */
export function readBundle(file: string): ListSnapshot[] {
  let body: { format?: string; snapshots?: PackedSnapshot[]; vocabulary?: WordList };
  try {
    body = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as typeof body;
  } catch (e) {
    throw createError('BAD_INPUT', `${file}: not a readable list bundle (${(e as Error).message})`, e);
  }
  if (body.format !== bundleFormat || !Array.isArray(body.snapshots)) {
    throw createError('BAD_INPUT', `${file}: not a ${bundleFormat} list bundle`);
  }
  const vocabulary = body.vocabulary;
  return body.snapshots.map((s) => ({
    slug: s.slug,
    date: s.date,
    origin: s.origin,
    files: s.files,
    records: s.records.map((r) => unpackRecord(r, s.slug, s.date)),
    vocabulary,
  }));
}
