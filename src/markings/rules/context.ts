/**
 * What every roll-up rule looks at, computed once per cable: the banner (metadata line, else the
 * caption), the caption, every portion with its position, and the roll-up of the marked portions.
 */
import type { Cable, Diagnostic, Severity } from '../../cable/types.js';
import type { Marking } from '../types.js';
import { parseBanner } from '../parse.js';
import { readCaption, type Caption } from '../caption.js';
import { cableLabel } from '../cable-label.js';
import { rollUp } from '../roll-up.js';
import { lineStarts, pointAt } from '../../cable/text.js';

export interface Portion {
  /** `subject` or `paragraph 4` */
  name: string;
  marking: Marking | null;
  line: number;
  column: number;
}

export interface MarkingContext {
  cable: Cable;
  /** the metadata banner, else the caption's marking */
  banner: Marking | null;
  /** where the banner is (line 1 when unknown) */
  bannerLine: number;
  caption: Caption | null;
  /** banner and caption combined, the stricter winning (controls from both) */
  wide: Marking;
  portions: Portion[];
  /** the roll-up of the marked portions; null when no portion is marked */
  rolled: Marking | null;
}

/** A rule: one check, one stable code, the IC-ISM (or CFR, FAH) rule id it enforces. */
export interface MarkingRule {
  code: string;
  ruleId: string;
  check(ctx: MarkingContext): Diagnostic[];
}

let lastLineStarts: { text: string; starts: number[] } | null = null;

/** 1-based line and column of an offset in a text (line starts computed once per text). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  if (!lastLineStarts || lastLineStarts.text !== text) lastLineStarts = { text, starts: lineStarts(text) };
  return pointAt(lastLineStarts.starts, offset);
}

function findLine(raw: string, pattern: RegExp): number {
  const m = pattern.exec(raw);
  return m ? lineColumn(raw, m.index).line : 1;
}

/** Build the context of a cable. */
export function markingContext(cable: Cable): MarkingContext {
  const raw = cable.raw ?? '';
  const caption = raw ? readCaption(raw) : null;
  const metadata = cable.banner ? parseBanner(cable.banner) : null;
  const banner = metadata ?? cable.classification ?? caption?.marking ?? null;
  const bannerLine = metadata && raw ? findLine(raw, new RegExp(`^${cable.banner!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*$`, 'm')) : (caption?.line ?? 1);
  const portions: Portion[] = [];
  if (cable.subject) {
    const line = raw ? findLine(raw, /^\s*SUBJ(?:ECT)?\s*:/m) : 1;
    portions.push({ name: 'the subject', marking: cable.subject.marking, line, column: 1 });
  }
  for (const p of cable.paragraphs) {
    const at = raw && p.start >= 0 && p.start <= raw.length ? p.start : -1;
    const paren = at >= 0 ? raw.slice(at, at + 24).indexOf('(') : -1;
    const pos = at >= 0 ? lineColumn(raw, at + Math.max(paren, 0)) : { line: 1, column: 1 };
    portions.push({ name: `paragraph ${p.number}`, marking: p.marking, ...pos });
  }
  const marked = portions.map((p) => p.marking).filter((m): m is Marking => m !== null);
  return { cable, banner, bannerLine, caption, wide: cableLabel(cable), portions, rolled: rollUp(marked) };
}

/** A diagnostic of a rule. */
export function diagnostic(rule: MarkingRule, severity: Severity, message: string, line: number, column: number, ruleId = rule.ruleId): Diagnostic {
  return { severity, code: rule.code, message, line, column, ruleId };
}
