/**
 * What extraction finds in one cable, per paragraph, with spans. Stored at ingest (src/store) and read
 * back through the access gate (an item is visible when its paragraph is readable).
 */

export type EntityKind = 'organization' | 'person' | 'country' | 'item' | 'control-entry' | 'vessel';

/** Where in the cable: paragraph number as in Paragraph.number ('4', '4.A'), or 'subject'; offsets into the cable text. */
export interface Span {
  paragraph: string;
  start: number;
  end: number;
}

/** One mention of an entity. `key` identifies the entity within this cable (resolution across cables is the network's job). */
export interface EntityMention {
  key: string;
  kind: EntityKind;
  name: string;
  /** ISO alpha-3 when known */
  country: string | null;
  aliases?: string[];
  span: Span;
}

/** A relation stated in one paragraph: supplies, subsidiary-of, end-user-of, brokers, ships, finances, procures-from, controlled-under, located-in, … */
export interface RelationMention {
  kind: string;
  /** entity keys (EntityMention.key) */
  from: string;
  to: string;
  /** entity key of the item moved, when stated */
  item: string | null;
  span: Span;
}

/** A tasking found in a cable (SPEC §3 Action, before replies and status). */
export interface ActionMention {
  /** action addressees (names as in the header TO lines) */
  addressees: string[];
  request: string;
  /** the exact deadline words, or null */
  deadlineText: string | null;
  /** YYYY-MM-DD: receipt (the DTG date by default) */
  received: string | null;
  /** YYYY-MM-DD, or null when no date can be computed (ASAP, none) */
  due: string | null;
  span: Span;
}

export interface CableExtraction {
  mentions: EntityMention[];
  relations: RelationMention[];
  actions: ActionMention[];
}

export function emptyExtraction(): CableExtraction {
  return { mentions: [], relations: [], actions: [] };
}
