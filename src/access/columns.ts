/**
 * The storage form of a label: the four columns every stored portion row carries, agreed with the
 * store (SPEC §4). `canRead` and the SQL predicate both decide on this form, so they cannot drift.
 */
import { levelRank, type Marking } from '../markings/types.js';
import { isAccessControl, sortControls } from '../markings/controls.js';

/** A portion label as stored: `lvl` 0=U 1=C 2=S 3=TS; lists as `|FRA|GBR|` or `''`. */
export interface LabelColumns {
  lvl: number;
  /** 0 or 1 */
  noforn: number;
  /** REL TO countries, alpha-3, as `|USA|FRA|`; `''` when none */
  rel_to: string;
  /** access controls (NODIS, EXDIS, …; cable-wide ones merged in) as `|NODIS|EXDIS|`; `''` when none */
  controls: string;
}

/**
 * Encode a list for a `|A|B|` column: each item framed by bars so `instr(col, '|FRA|')` finds it.
 * @example encodeList(['FRA', 'GBR']) === '|FRA|GBR|'; encodeList([]) === ''
 */
export function encodeList(items: readonly string[]): string {
  return items.length === 0 ? '' : `|${items.join('|')}|`;
}

/** Decode a `|A|B|` column back into its items. */
export function decodeList(column: string): string[] {
  return column.split('|').filter(Boolean);
}

/**
 * The columns stored for a label. Only access controls are stored in `controls` (handling
 * caveats such as SBU or FOUO never gate a read); the label must already carry cable-wide
 * controls (see `effectiveLabels`).
 */
export function labelColumns(label: Marking): LabelColumns {
  return {
    lvl: levelRank(label.level),
    noforn: label.noforn ? 1 : 0,
    rel_to: encodeList([...new Set(label.relTo.map((c) => c.toUpperCase()))].sort()),
    controls: encodeList(sortControls(label.controls.filter(isAccessControl))),
  };
}
