/**
 * The proliferation network: nodes resolved across cables, edges with evidence, diversion paths.
 */
import type { EntityKind, EntityMention, RelationMention } from '../extract/types.js';

/** One cable's network extraction, already limited to what the reader may read. */
export interface ExtractionRecord {
  cable: string;
  /** YYYY-MM-DD (or a longer ISO date); null when unknown */
  date: string | null;
  extraction: { mentions: EntityMention[]; relations: RelationMention[] };
}

export interface Evidence {
  cable: string;
  paragraph: string;
  date: string | null;
  span?: { start: number; end: number };
}

export interface NetworkEntity {
  id: string;
  kind: EntityKind;
  name: string;
  country: string | null;
  aliases: string[];
  /** where the entity is mentioned */
  mentions: Evidence[];
}

export interface NetworkRelation {
  kind: string;
  from: string;
  to: string;
  /** node id of the item moved, or null */
  item: string | null;
  evidence: Evidence[];
}

export interface NetworkGraph {
  entities: Map<string, NetworkEntity>;
  relations: NetworkRelation[];
}

/** One step of a diversion path, citing where it is stated. */
export interface PathStep {
  kind: string;
  from: string;
  to: string;
  item: string | null;
  fromCountry: string | null;
  toCountry: string | null;
  evidence: Evidence[];
}

export interface DiversionPath {
  /** the countries along the path, supplier first: ['FRA', 'CHN', 'IRN'] */
  countries: string[];
  steps: PathStep[];
  /** groups of the destination: 'E:1', 'E:2', 'UN arms embargo' */
  destinationGroups: string[];
  /** control entries of the items moved along the path (node ids) */
  controls: string[];
}
