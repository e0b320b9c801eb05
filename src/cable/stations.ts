/**
 * Reference-id stations (the `STATE` of `09STATE96222`) and routing indicators, from data/vocab.
 */
import fs from 'node:fs';
import { dataPath } from '../common/paths.js';
import { parseCsvObjects } from '../common/csv.js';
import { Remembered } from '../common/remembered.js';

/** Spellings in REF lines that name another station's id form. */
const stationAliases: Record<string, string> = {
  SECSTATE: 'STATE', SECTSTATE: 'STATE', SECSTATEWASHDC: 'STATE', DEPT: 'STATE', DEPARTMENT: 'STATE', STATEDEPT: 'STATE',
  UNVIE: 'UNVIEVIENNA', USUN: 'USUNNEWYORK', USUNNY: 'USUNNEWYORK', AIT: 'AITTAIPEI', TAIPEI: 'AITTAIPEI',
  USEU: 'USEUBRUSSELS', HK: 'HONGKONG', USDOC: 'USDOC', MEXICOCITY: 'MEXICO', GUATEMALACITY: 'GUATEMALA', PANAMACITY: 'PANAMA',
  KUWAITCITY: 'KUWAIT', HCMC: 'HOCHIMINHCITY', USOSCEVIENNA: 'USOSCE', USNATOBRUSSELS: 'USNATO',
  CDGENEVA: 'CDGENEVA', USMISSIONGENEVA: 'GENEVA', MISSIONGENEVA: 'GENEVA', PARISFR: 'UNESCOPARISFR',
};

let stations: Set<string> | null = null;
let riNames: Map<string, { name: string; station: string | null }> | null = null;

/** Known reference-id stations (as they occur in Cablegate ids). */
export function knownStations(): Set<string> {
  if (stations) return stations;
  stations = new Set<string>();
  const rows = parseCsvObjects(fs.readFileSync(dataPath('vocab', 'refid-stations.csv'), 'utf8'));
  for (const r of rows) stations.add(r['station']!);
  return stations;
}

/** A station as written in a REF line (`SECSTATE`, `BUENOS AIRES`, `Ottawa`) → id station, or null. */
export function canonicalStation(written: string): string | null {
  return stationsWritten.get(written);
}

/** The same station names are asked about in every cable's references (several spans of each REF item). */
const stationsWritten = new Remembered(readStation);

function readStation(written: string): string | null {
  const upper = written.toUpperCase();
  // a zero typed for the letter O ("L0NDON"): the look-around pattern only where there is a zero
  const key = (upper.includes('0') ? upper.replace(/(?<=[A-Z])0|0(?=[A-Z])/g, 'O') : upper).replace(/[^A-Z]/g, '');
  if (!key) return null;
  const alias = stationAliases[key];
  if (alias) return alias;
  return knownStations().has(key) ? key : null;
}

/** A routing indicator (RUEHFR) → plain name (AMEMBASSY PARIS) and id station, from data/vocab. */
export function routingIndicator(ri: string): { name: string; station: string | null } | null {
  if (!riNames) {
    riNames = new Map();
    const rows = parseCsvObjects(fs.readFileSync(dataPath('vocab', 'routing-indicators.csv'), 'utf8'));
    for (const r of rows) {
      const key = r['routing_indicator']!;
      if (!riNames.has(key)) riNames.set(key, { name: r['name'] ?? '', station: r['refid_station'] || null });
    }
  }
  return riNames.get(ri.toUpperCase()) ?? null;
}
