/**
 * THE access policy (SPEC §4), written once as data. `canRead` interprets it in JavaScript and
 * `accessPredicateSql` compiles it to SQL; nothing else decides who may read a portion.
 *
 * A reader may read a portion when all hold:
 * 1. clearance ≥ the portion's level;
 * 2. the reader is a US citizen, or the portion is not NOFORN and is either unclassified or
 *    REL TO a list naming the reader's country (classified without REL TO: not releasable);
 * 3. every access control on the portion (cable-wide ones merged in) is among the reader's
 *    accesses; `*` holds them all.
 */

/** A node of the policy. Reader-only nodes are decided before SQL is generated. */
export type Rule =
  | { op: 'and'; rules: Rule[] }
  | { op: 'or'; rules: Rule[] }
  | { op: 'not'; rule: Rule }
  /** reader-only: the reader's citizenship is `USA` */
  | { op: 'readerIsUs' }
  /** reader-only: the reader holds every access (`*`) */
  | { op: 'readerHasAllAccesses' }
  /** the portion's level is at most the reader's clearance */
  | { op: 'levelWithinClearance' }
  /** the portion's level is exactly this rank (0 = U) */
  | { op: 'levelIs'; rank: number }
  /** the portion is NOFORN */
  | { op: 'noforn' }
  /** the portion's REL TO list names the reader's citizenship */
  | { op: 'relToNamesReader' }
  /** every access control on the portion is among the reader's accesses */
  | { op: 'controlsWithinAccesses' };

const and = (...rules: Rule[]): Rule => ({ op: 'and', rules });
const or = (...rules: Rule[]): Rule => ({ op: 'or', rules });
const not = (rule: Rule): Rule => ({ op: 'not', rule });

/** The one need-to-know policy. */
export const readPolicy: Rule = and(
  { op: 'levelWithinClearance' },
  or({ op: 'readerIsUs' }, and(not({ op: 'noforn' }), or({ op: 'levelIs', rank: 0 }, { op: 'relToNamesReader' }))),
  or({ op: 'readerHasAllAccesses' }, { op: 'controlsWithinAccesses' }),
);
