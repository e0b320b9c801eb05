/**
 * The policy interpreted in JavaScript, over a label's storage columns.
 */
import { levelRank } from '../markings/types.js';
import { decodeList, type LabelColumns } from './columns.js';
import type { Rule } from './policy.js';
import { normaliseReader, type NormalisedReader } from './normalise.js';
import type { Reader } from './reader.js';

/** Evaluate one policy rule for a (normalised) reader and a stored label. */
export function evaluateRule(rule: Rule, reader: NormalisedReader, label: LabelColumns): boolean {
  switch (rule.op) {
    case 'and':
      return rule.rules.every((r) => evaluateRule(r, reader, label));
    case 'or':
      return rule.rules.some((r) => evaluateRule(r, reader, label));
    case 'not':
      return !evaluateRule(rule.rule, reader, label);
    case 'readerIsUs':
      return reader.citizenship === 'USA';
    case 'readerHasAllAccesses':
      return reader.allAccesses;
    case 'levelWithinClearance':
      return label.lvl <= levelRank(reader.clearance);
    case 'levelIs':
      return label.lvl === rule.rank;
    case 'noforn':
      return label.noforn !== 0;
    case 'relToNamesReader':
      return label.rel_to.includes(`|${reader.citizenship}|`);
    case 'controlsWithinAccesses':
      return decodeList(label.controls).every((c) => reader.accesses.includes(c));
  }
}

/** Evaluate a policy for a reader (normalised here) and a stored label. */
export function evaluatePolicy(rule: Rule, reader: Reader, label: LabelColumns): boolean {
  return evaluateRule(rule, normaliseReader(reader), label);
}
