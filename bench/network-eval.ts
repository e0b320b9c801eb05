/**
 * Extraction quality against the hand annotations (../shared/data/annotations): precision, recall
 * and F1 per entity kind, for relations, and the recall of control-entry mentions per paragraph.
 * Measuring only: the annotations are not used to make rules.
 * Run: npm run build && node dist/bench/network-eval.js [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCable } from '../src/cable/index.js';
import { extractNetwork } from '../src/extract/network.js';
import { nameWords } from '../src/extract/coref.js';
import { toAlpha3 } from '../src/common/countries.js';
import { sharedDataPath } from '../src/common/paths.js';
import type { EntityMention, RelationMention } from '../src/extract/types.js';

interface GoldEntity { name: string; kind: string; country: string | null; paragraphs: string[] }
interface GoldRelation { kind: string; from: string; to: string; item: string | null; paragraph: string }
interface Gold {
  id: string;
  file: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
  control_entries: Array<{ text: string; normalized: string | null; paragraph: string }>;
}

const kindOf: Record<string, string> = { organization: 'organization', government_body: 'organization', person: 'person', country: 'country', item: 'item', control_entry: 'control-entry', vessel: 'vessel' };
const relKind: Record<string, string> = { subsidiary_of: 'subsidiary-of', end_user: 'end-user-of', procures_from: 'procures-from', controlled_under: 'controlled-under', located_in: 'located-in', sanctioned_by: 'sanctioned-by' };

interface Predicted { key: string; kind: string; name: string; names: string[]; country: string | null }

function words(s: string): string {
  return nameWords(s.replace(/\([^)]*\)/g, ' ')).join(' ');
}

/** Same party: equal names, one name containing the other as whole words, a matching acronym. */
function sameName(gold: string, p: Predicted): boolean {
  const g = words(gold);
  if (!g) return false;
  return p.names.some((n) => {
    const w = words(n);
    if (!w) return false;
    return w === g || ` ${g} `.includes(` ${w} `) || ` ${w} `.includes(` ${g} `);
  });
}

function matchEntity(g: GoldEntity, p: Predicted): boolean {
  const kind = kindOf[g.kind] ?? g.kind;
  if (p.kind !== kind) return false;
  if (kind === 'country') return (g.country ?? toAlpha3(g.name)) === p.country;
  if (kind === 'control-entry') return sameName(g.name, p) || p.names.some((n) => words(n) === words(g.name));
  return sameName(g.name, p);
}

class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  line(label: string): string {
    const p = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0;
    const r = this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${label.padEnd(16)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}   (tp ${this.tp}, fp ${this.fp}, fn ${this.fn})`;
  }
}

function predictedEntities(mentions: EntityMention[]): Predicted[] {
  const by = new Map<string, Predicted>();
  for (const m of mentions) {
    const p = by.get(m.key) ?? { key: m.key, kind: m.kind, name: m.name, names: [], country: m.country };
    for (const n of [m.name, ...(m.aliases ?? [])]) if (!p.names.includes(n)) p.names.push(n);
    p.country ??= m.country;
    by.set(m.key, p);
  }
  return [...by.values()];
}

function main(): void {
  const dir = sharedDataPath('annotations');
  if (!dir) {
    console.log('network-eval: ../shared/data/annotations not found (set TEARLINE_SHARED_DATA); skipped');
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const root = path.resolve(dir, '..', '..', '..');
  const golds = fs.readFileSync(path.join(dir, 'annotations.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold);
  const scores = new Map<string, Score>();
  const score = (k: string) => scores.get(k) ?? (scores.set(k, new Score()), scores.get(k)!);
  const entryRecall = new Score();
  for (const gold of golds) {
    const file = path.join(root, gold.file);
    const cable = parseCable(fs.readFileSync(file), { source: file });
    const x = extractNetwork(cable);
    const preds = predictedEntities(x.mentions);
    const goldToKey = new Map<string, string>();
    // entities: one-to-one greedy matching per kind
    const used = new Set<string>();
    const exact = (g: GoldEntity, q: Predicted) => q.kind === (kindOf[g.kind] ?? g.kind) && q.names.some((n) => words(n) === words(g.name));
    for (const g of gold.entities) {
      const kind = kindOf[g.kind] ?? g.kind;
      // an exact name first; a containing name only when no other gold party has this one exactly
      const p = preds.find((q) => !used.has(q.key) && exact(g, q)) ?? preds.find((q) => !used.has(q.key) && matchEntity(g, q) && !gold.entities.some((o) => o !== g && exact(o, q)));
      if (p) {
        used.add(p.key);
        goldToKey.set(g.name, p.key);
        score(kind).tp++;
      } else {
        score(kind).fn++;
        if (verbose) console.log(`  ${gold.id} missed ${kind}: ${g.name}`);
      }
    }
    for (const p of preds) {
      if (used.has(p.key)) continue;
      // a second predicted node for an already matched gold party is a duplicate, not a false party
      if (gold.entities.some((g) => matchEntity(g, p))) continue;
      score(p.kind).fp++;
      if (verbose) console.log(`  ${gold.id} extra ${p.kind}: ${p.name}`);
    }
    // relations: same kind, and each end a predicted entity that matches the gold party by name (or country code)
    const predRels = new Map<string, RelationMention>();
    for (const r of x.relations) predRels.set(`${r.kind}|${r.from}|${r.to}`, r);
    const predByKey = new Map(preds.map((p) => [p.key, p]));
    const goldEntity = (name: string) => gold.entities.find((e) => e.name === name) ?? { name, kind: 'organization', country: null, paragraphs: [] };
    const ends = (g: GoldEntity, key: string) => {
      const p = predByKey.get(key);
      if (!p) return false;
      if (p.kind === 'country' || g.kind === 'country') return p.country !== null && (g.country ?? toAlpha3(g.name)) === p.country && p.kind === (kindOf[g.kind] ?? g.kind);
      return sameName(g.name, p);
    };
    const matched = new Set<string>();
    for (const g of gold.relations) {
      const kind = relKind[g.kind] ?? g.kind;
      const k = [...predRels.keys()].find((key) => {
        if (matched.has(key)) return false;
        const r = predRels.get(key)!;
        return r.kind === kind && ends(goldEntity(g.from), r.from) && ends(goldEntity(g.to), r.to);
      });
      if (k) {
        matched.add(k);
        score('relations').tp++;
      } else {
        score('relations').fn++;
        if (verbose) console.log(`  ${gold.id} missed relation ${kind}: ${g.from} -> ${g.to} (¶${g.paragraph})`);
      }
    }
    for (const [k, r] of predRels) {
      if (matched.has(k)) continue;
      score('relations').fp++;
      if (verbose) console.log(`  ${gold.id} extra relation ${r.kind}: ${r.from} -> ${r.to} (¶${r.span.paragraph})`);
    }
    // control-entry mentions per paragraph
    for (const c of gold.control_entries) {
      const hit = x.mentions.some((m) => m.kind === 'control-entry' && m.span.paragraph === c.paragraph && (m.aliases?.includes(c.normalized ?? '\u0000') || sameName(c.text, { key: '', kind: '', name: m.name, names: [m.name, ...(m.aliases ?? [])], country: null })));
      if (hit) entryRecall.tp++;
      else {
        entryRecall.fn++;
        if (verbose) console.log(`  ${gold.id} missed control entry ¶${c.paragraph}: ${c.text}`);
      }
    }
  }
  console.log(`network-eval: ${golds.length} annotated cables`);
  for (const k of ['organization', 'person', 'country', 'item', 'control-entry', 'vessel', 'relations']) console.log(score(k).line(k));
  console.log(entryRecall.line('entry mentions'));
}

main();
