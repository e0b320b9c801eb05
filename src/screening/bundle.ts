/**
 * The compact snapshot format bundled in data/lists/ (gzipped JSON): records as arrays, empty fields
 * left out, every name with its pre-computed comparable words so start-up skips normalisation.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { createError } from '../errors.js';
import type { ListName, ListSnapshot, PartyType, ScreeningRecord } from './model.js';
import { nameWords } from './tokens.js';

export const bundleFormat = 'tearline-lists/1';

type PackedName = [string, ListName['kind'], string];
type PackedRecord = [string, PartyType, PackedName[], string[]?, string[]?, string[]?, string[]?, [string, string][]?];

interface PackedSnapshot {
  slug: string;
  date: string;
  origin: string;
  files: string[];
  records: PackedRecord[];
}

const opt = <T>(a: T[]): T[] | undefined => (a.length ? a : undefined);

function packRecord(r: ScreeningRecord, slug: string): PackedRecord {
  const packed: PackedRecord = [
    r.id.slice(slug.length + 1),
    r.type,
    r.names.map((n) => [n.name, n.kind, n.words ?? nameWords(n.name).join(' ')]),
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
    names: p[2].map(([name, kind, words]) => ({ name, kind, words })),
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
  const body = {
    format: bundleFormat,
    snapshots: snapshots.map((s): PackedSnapshot => ({
      slug: s.slug,
      date: s.date,
      origin: s.origin,
      files: s.files,
      records: s.records.map((r) => packRecord(r, s.slug)),
    })),
  };
  fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(body), { level: 9 }));
}

/**
 * Read a bundle file written by writeBundle.
 * @example readBundle(dataPath('lists', 'lists.json.gz')).length === 5
 */
export function readBundle(file: string): ListSnapshot[] {
  let body: { format?: string; snapshots?: PackedSnapshot[] };
  try {
    body = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as typeof body;
  } catch (e) {
    throw createError('BAD_INPUT', `${file}: not a readable list bundle (${(e as Error).message})`, e);
  }
  if (body.format !== bundleFormat || !Array.isArray(body.snapshots)) {
    throw createError('BAD_INPUT', `${file}: not a ${bundleFormat} list bundle`);
  }
  return body.snapshots.map((s) => ({
    slug: s.slug,
    date: s.date,
    origin: s.origin,
    files: s.files,
    records: s.records.map((r) => unpackRecord(r, s.slug, s.date)),
  }));
}
