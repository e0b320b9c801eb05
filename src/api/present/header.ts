/**
 * The transmission header decoded for people: routing indicators → post names, precedence
 * prosigns → names, the date-time group as ISO 8601.
 */
import fs from 'node:fs';
import type { Addressee, Header } from '../../cable/types.js';
import { routingIndicator } from '../../cable/stations.js';
import { parseCsvObjects } from '../../common/csv.js';
import { dataPath } from '../../common/paths.js';

let precedences: Map<string, string> | null = null;

/** A precedence prosign (`O`, `OO`, `IMMEDIATE`) → its name, or the input when unknown. */
export function precedenceName(written: string): string {
  if (!precedences) {
    precedences = new Map();
    for (const r of parseCsvObjects(fs.readFileSync(dataPath('vocab', 'precedence.csv'), 'utf8'))) {
      precedences.set(r['prosign']!, r['name']!);
      precedences.set(r['doubled_form']!, r['name']!);
      precedences.set(r['name']!, r['name']!);
    }
  }
  return precedences.get(written.trim().toUpperCase()) ?? written;
}

export interface DecodedAddressee {
  ri: string | null;
  name: string;
  /** the post the routing indicator names (vocabulary), when known */
  post: string | null;
  precedence: string | null;
}

export interface DecodedHeader {
  transmissionId: string | null;
  /** the originating station's routing indicator and post */
  station: { ri: string; post: string | null } | null;
  serial: string | null;
  julian: string | null;
  /** action and info precedence, by name */
  precedence: { action: string | null; info: string | null };
  dtg: string | null;
  from: string | null;
  to: DecodedAddressee[];
  info: DecodedAddressee[];
}

function addressee(a: Addressee): DecodedAddressee {
  return { ri: a.ri, name: a.name, post: a.ri ? (routingIndicator(a.ri)?.name ?? null) : null, precedence: a.precedence ? precedenceName(a.precedence) : null };
}

/** Decode a parsed header (null stays null). */
export function decodeHeader(h: Header | null): DecodedHeader | null {
  if (!h) return null;
  const [action, info] = (h.precedence ?? '').split(/\s+/).filter(Boolean);
  return {
    transmissionId: h.transmissionId,
    station: h.station ? { ri: h.station, post: routingIndicator(h.station)?.name ?? null } : null,
    serial: h.serial,
    julian: h.julian,
    precedence: { action: action ? precedenceName(action) : null, info: info ? precedenceName(info) : null },
    dtg: h.dtg,
    from: h.from,
    to: h.to.map(addressee),
    info: h.info.map(addressee),
  };
}
