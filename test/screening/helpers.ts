import fs from 'node:fs';
import { dataPath } from '../../src/common/paths.js';
import { readListsDir } from '../../src/screening/catalog.js';
import { listSource } from '../../src/screening/sources.js';
import { createScreener, type Screener } from '../../src/screening/screener.js';

export const fixtureDir = dataPath('lists', 'fixture');

export interface SampleQuery {
  qid: string;
  query: string;
  expected_ids: string[];
  kind: string;
  subkind: string;
  screen_against: string;
}

/** The eval rows copied into the fixture. */
export function sample(): SampleQuery[] {
  return fs
    .readFileSync(dataPath('lists', 'fixture', 'eval-sample.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SampleQuery);
}

let fixture: Screener | null = null;
/** A screener over the fixture lists (built once). */
export function fixtureScreener(): Screener {
  fixture ??= createScreener(readListsDir(fixtureDir).snapshots.map(listSource));
  return fixture;
}
