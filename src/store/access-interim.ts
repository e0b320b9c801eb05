/**
 * INTERIM stand-in for src/access (branch `markings`), with the agreed names and storage contract.
 * Replaced by a re-export of src/access once that lands: keep policy decisions out of the store.
 */
import type { Reader } from '../access/reader.js';
import type { Cable } from '../cable/types.js';
import { levelRank, type Marking } from '../markings/types.js';
import { parseBanner } from '../markings/index.js';
import type { LabelColumns } from './types.js';

/** The storage columns of one label. */
export function labelColumns(label: Marking): LabelColumns {
  return {
    lvl: levelRank(label.level),
    noforn: label.noforn ? 1 : 0,
    rel_to: label.relTo.length ? `|${label.relTo.join('|')}|` : '',
    controls: label.controls.length ? `|${label.controls.join('|')}|` : '',
  };
}

/** SQL deciding whether the reader may read the portion row `alias`. */
export function accessPredicateSql(reader: Reader, alias: string): { sql: string; params: unknown[] } {
  const parts: string[] = [`${alias}.lvl <= ?`];
  const params: unknown[] = [levelRank(reader.clearance)];
  if (reader.citizenship !== 'USA') {
    parts.push(`((${alias}.lvl = 0 AND ${alias}.noforn = 0) OR (${alias}.noforn = 0 AND instr(${alias}.rel_to, ?) > 0))`);
    params.push(`|${reader.citizenship}|`);
  }
  if (!reader.accesses.includes('*')) {
    let expr = `${alias}.controls`;
    for (const a of reader.accesses) {
      expr = `replace(${expr}, ?, '|')`;
      params.push(`|${a}|`);
    }
    parts.push(`(${alias}.controls = '' OR ${expr} = '|')`);
  }
  return { sql: `(${parts.join(' AND ')})`, params };
}

/** Labels of the subject and of each paragraph after inheritance from the banner (unmarked → banner). */
export function effectiveLabels(cable: Cable): { subject: Marking | null; paragraphs: Marking[] } {
  const banner = cable.classification ?? (cable.banner ? parseBanner(cable.banner) : null);
  const fallback: Marking = banner ?? { text: '', level: 'TS', noforn: true, relTo: [], controls: [] };
  const cableControls = banner?.controls ?? [];
  const eff = (m: Marking | null): Marking => {
    const base = m ?? fallback;
    return { ...base, controls: [...new Set([...base.controls, ...cableControls])] };
  };
  return {
    subject: cable.subject ? eff(cable.subject.marking) : null,
    paragraphs: cable.paragraphs.map((p) => eff(p.marking)),
  };
}

/** Whether the reader may read a portion with this label. */
export function canRead(reader: Reader, label: Marking): boolean {
  if (levelRank(reader.clearance) < levelRank(label.level)) return false;
  if (reader.citizenship !== 'USA') {
    const ok = (label.level === 'U' && !label.noforn) || (!label.noforn && label.relTo.includes(reader.citizenship));
    if (!ok) return false;
  }
  if (reader.accesses.includes('*')) return true;
  return label.controls.every((c) => reader.accesses.includes(c));
}
