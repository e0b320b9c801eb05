/**
 * Pluggable screening sources: anything that yields records to screen against. The official lists are
 * one kind; parties that cables report (with cable + paragraph citations) are another.
 */
import type { ListSnapshot, ScreeningRecord } from './model.js';

export interface ScreeningSource {
  /** list slug used in record ids and `--list` (e.g. `us-ofac-sdn`, `cables`) */
  readonly slug: string;
  /** date of the data (YYYY-MM-DD): list date, or the newest cable the source holds */
  readonly date: string;
  /** human description for `tearline lists` */
  readonly description: string;
  /** the records; a source may compute them lazily */
  records(): Iterable<ScreeningRecord>;
}

/**
 * A source over one loaded list snapshot.
 * @example listSource(snapshot).slug === snapshot.slug
 */
export function listSource(snapshot: ListSnapshot): ScreeningSource {
  return {
    slug: snapshot.slug,
    date: snapshot.date,
    description: snapshot.origin,
    records: () => snapshot.records,
  };
}

/** A party a cable reports, as the network store will hand it over. */
export interface CableParty {
  /** entity id in the store */
  id: string;
  name: string;
  aliases: string[];
  kind: 'person' | 'organization';
  country: string | null;
  /** every visible mention: cable id + paragraph number */
  mentions: { cable: string; paragraph: string; date?: string }[];
}

/**
 * A source of cable-reported parties (slug `cables`). The caller passes only the parties and mentions
 * the reader may see (the access gate runs before this), so screening never leaks a withheld paragraph.
 * @example cableSource([{id:'e1',name:'Zhejiang Dali Technology Co., Ltd.',aliases:[],kind:'organization',country:'CHN',mentions:[{cable:'09STATE96222',paragraph:'2'}]}])
 */
export function cableSource(parties: readonly CableParty[]): ScreeningSource {
  const dates = parties.flatMap((p) => p.mentions.map((m) => m.date ?? '')).filter(Boolean).sort();
  const date = dates.at(-1) ?? '';
  return {
    slug: 'cables',
    date,
    description: 'parties reported in cables the reader may read',
    *records() {
      for (const p of parties) {
        if (p.mentions.length === 0) continue;
        yield {
          id: `cables:${p.id}`,
          list: 'cables',
          type: p.kind === 'person' ? 'person' : 'entity',
          names: [{ name: p.name, kind: 'primary' as const }, ...p.aliases.map((a) => ({ name: a, kind: 'strong' as const }))],
          programs: [],
          countries: p.country ? [p.country] : [],
          addresses: [],
          identifiers: [],
          dates: [],
          listDate: p.mentions.map((m) => m.date ?? '').filter(Boolean).sort().at(-1) ?? date,
          citations: p.mentions.map((m) => ({ cable: m.cable, paragraph: m.paragraph })),
        };
      }
    },
  };
}
