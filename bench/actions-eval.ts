/**
 * Actions extraction against the hand-annotated cables (../shared/data/annotations): precision and
 * recall of request detection (same cable, paragraph and posts), the figure (annotated actions
 * found with the right addressee and due date), and deadline dates. Prints a skip note without the data.
 *
 *   npm run build && node dist/bench/actions-eval.js [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { sharedDataPath } from '../src/common/paths.js';
import { extractActions } from '../src/extract/actions.js';
import { placeOf } from '../src/actions/addressees.js';
import { loadCable } from './actionsEvalCable.js';
import type { ActionMention } from '../src/extract/types.js';

interface Annotated {
  addressee: string;
  request: string;
  deadline_text: string | null;
  due: string | null;
  paragraph: string;
}

const verbose = process.argv.includes('--verbose');
const file = sharedDataPath('annotations', 'annotations.jsonl');
if (!file || !fs.existsSync(file)) {
  console.log('actions-eval: skipped (no ../shared/data/annotations/annotations.jsonl)');
  process.exit(0);
}
const root = path.resolve(path.dirname(file), '..', '..', '..');

/** Places an annotation's addressee names: "Embassies Bogota and Brasilia" → ['BOGOTA', 'BRASILIA']. */
function annotatedPlaces(addressee: string): string[] {
  return addressee
    .replace(/^(?:US\s+)?(?:Embass(?:y|ies)|Posts?|Missions?|Consulates?(?:\s+General)?)\s+/i, '')
    .split(/\s*(?:,|\band\b)\s*/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
}

function covers(m: ActionMention, places: string[]): boolean {
  const have = m.addressees.map((a) => placeOf(a).replace(/^EMBASSY\s+/, ''));
  return places.every((p) => have.some((h) => h === p || h.endsWith(' ' + p) || h.startsWith(p + ' ') || (p === 'WASHINGTON' && /SECSTATE|WASHDC/.test(h))));
}
const top = (p: string) => p.split('.')[0]!;

let annotatedCount = 0;
let extractedCount = 0;
let detectedA = 0; // annotated actions matched by an extracted one (cable, paragraph, posts)
let detectedE = 0; // extracted ones that match an annotated one
let foundAddresseeDue = 0;
let datedCount = 0;
let datedRight = 0;
let deadlineTextRight = 0;
let withDeadlineText = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const rec = JSON.parse(line) as { id: string; file: string; actions: Annotated[] };
  const cable = loadCable(path.join(root, rec.file));
  const got = extractActions(cable);
  extractedCount += got.length;
  annotatedCount += rec.actions.length;
  const used = new Set<ActionMention>();
  for (const a of rec.actions) {
    const places = annotatedPlaces(a.addressee);
    const same = got.filter((m) => top(m.span.paragraph) === a.paragraph && covers(m, places));
    if (same.length) detectedA++;
    same.forEach((m) => used.add(m));
    const right = got.some((m) => covers(m, places) && m.due === a.due && (a.due !== null || top(m.span.paragraph) === a.paragraph));
    if (right) foundAddresseeDue++;
    if (a.due) {
      datedCount++;
      if (same.some((m) => m.due === a.due)) datedRight++;
    }
    if (a.deadline_text) {
      withDeadlineText++;
      if (same.some((m) => m.deadlineText?.replace(/\s+/g, ' ') === a.deadline_text)) deadlineTextRight++;
    }
    if (verbose && (!same.length || !right)) {
      console.log(`  miss ${rec.id} para ${a.paragraph} ${a.addressee} due ${a.due}: ${same.length ? 'wrong due ' + same.map((m) => m.due).join(',') : 'not detected'}`);
    }
  }
  detectedE += got.filter((m) => used.has(m)).length;
  if (verbose) for (const m of got.filter((g) => !used.has(g))) console.log(`  extra ${rec.id} para ${m.span.paragraph} ${m.addressees.join('+')} due ${m.due}: ${m.request.slice(0, 90)}`);
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
console.log(`annotated actions ${annotatedCount}, extracted ${extractedCount}`);
console.log(`request detection: precision ${pct(detectedE, extractedCount)} (${detectedE}/${extractedCount}), recall ${pct(detectedA, annotatedCount)} (${detectedA}/${annotatedCount})`);
console.log(`found with the right addressee and due date: ${pct(foundAddresseeDue, annotatedCount)} (${foundAddresseeDue}/${annotatedCount})`);
console.log(`deadline dates right (dated annotations): ${pct(datedRight, datedCount)} (${datedRight}/${datedCount}); deadline words exact: ${pct(deadlineTextRight, withDeadlineText)} (${deadlineTextRight}/${withDeadlineText})`);
