/**
 * Scoring actions extraction against the hand-annotated cables (annotations.jsonl). Shared by
 * bench/actions-eval.ts (prints) and test/actions/annotations.test.ts (asserts a floor).
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractActions } from '../src/extract/actions.js';
import { placeOf } from '../src/actions/addressees.js';
import { groupTaskings } from '../src/actions/taskings.js';
import { parseCable } from '../src/cable/index.js';
import type { ActionMention } from '../src/extract/types.js';

interface Annotated {
  addressee: string;
  request: string;
  deadline_text: string | null;
  due: string | null;
  paragraph: string;
}

export interface ActionScores {
  cables: number;
  annotated: number;
  extracted: number;
  /** annotated actions matched by an extracted request (same cable, paragraph, posts) */
  detected: number;
  /** extracted requests that match an annotated action */
  correct: number;
  /** annotated actions found with the right addressee and due date (request rows) */
  addresseeAndDue: number;
  /** the same on tasking rows (what `tearline actions` lists by default) */
  taskingRows: number;
  taskingAddresseeAndDue: number;
  dated: number;
  datedRight: number;
  withDeadlineText: number;
  deadlineTextExact: number;
  misses: string[];
  extras: string[];
}

/** Places an annotation's addressee names: "Embassies Bogota and Brasilia" → ['BOGOTA', 'BRASILIA']. */
export function annotatedPlaces(addressee: string): string[] {
  return addressee
    .replace(/^(?:US\s+)?(?:Embass(?:y|ies)|Posts?|Missions?|Consulates?(?:\s+General)?)\s+/i, '')
    .split(/\s*(?:,|\band\b)\s*/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
}

function covers(addressees: readonly string[], places: string[]): boolean {
  const have = addressees.map((a) => placeOf(a));
  return places.every((p) => have.some((h) => h === p || h.endsWith(' ' + p) || h.startsWith(p + ' ') || (p === 'WASHINGTON' && /SECSTATE|WASHDC/.test(h))));
}

const top = (p: string) => p.split('.')[0]!;

/**
 * Score extraction on an annotations file; cable files are resolved against `root` (the folder
 * that holds `shared/`).
 */
export function scoreActions(file: string, root = path.resolve(path.dirname(file), '..', '..', '..')): ActionScores {
  const s: ActionScores = {
    cables: 0, annotated: 0, extracted: 0, detected: 0, correct: 0, addresseeAndDue: 0, taskingRows: 0, taskingAddresseeAndDue: 0,
    dated: 0, datedRight: 0, withDeadlineText: 0, deadlineTextExact: 0, misses: [], extras: [],
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const rec = JSON.parse(line) as { id: string; file: string; actions: Annotated[] };
    const cable = parseCable(new Uint8Array(fs.readFileSync(path.join(root, rec.file))), { source: rec.file });
    const got = extractActions(cable);
    const taskings = groupTaskings(rec.id, got);
    s.cables++;
    s.extracted += got.length;
    s.annotated += rec.actions.length;
    s.taskingRows += taskings.length;
    const used = new Set<ActionMention>();
    for (const a of rec.actions) {
      const places = annotatedPlaces(a.addressee);
      const same = got.filter((m) => top(m.span.paragraph) === a.paragraph && covers(m.addressees, places));
      if (same.length) s.detected++;
      same.forEach((m) => used.add(m));
      const right = got.some((m) => covers(m.addressees, places) && m.due === a.due && (a.due !== null || top(m.span.paragraph) === a.paragraph));
      if (right) s.addresseeAndDue++;
      if (taskings.some((t) => covers(t.addressees, places) && t.due === a.due)) s.taskingAddresseeAndDue++;
      if (a.due) {
        s.dated++;
        if (same.some((m) => m.due === a.due)) s.datedRight++;
      }
      if (a.deadline_text) {
        s.withDeadlineText++;
        if (same.some((m) => m.deadlineText?.replace(/\s+/g, ' ') === a.deadline_text)) s.deadlineTextExact++;
      }
      if (!same.length || !right) {
        s.misses.push(`${rec.id} para ${a.paragraph} ${a.addressee} due ${a.due}: ${same.length ? 'wrong due ' + same.map((m) => m.due).join(',') : 'not detected'}`);
      }
    }
    s.correct += got.filter((m) => used.has(m)).length;
    for (const m of got.filter((g) => !used.has(g))) s.extras.push(`${rec.id} para ${m.span.paragraph} ${m.addressees.join('+')} due ${m.due}: ${m.request.slice(0, 90)}`);
  }
  return s;
}
