/**
 * Entity resolution across cables: one node per party, whatever the cable calls it
 * ("Zhejiang Dali Technology Company Ltd", "Zhejiang Dali"), aliases kept. Parties of different
 * countries are never merged on a name alone; a name that fits parties of several countries stays apart.
 */
import type { EntityKind } from '../extract/types.js';
import { nameWords } from '../extract/coref.js';

/** A party as one cable knows it: its cable-local key, the names it goes by and its country. */
export interface CableParty {
  cable: string;
  key: string;
  kind: EntityKind;
  names: string[];
  country: string | null;
}

export interface ResolvedNode {
  id: string;
  kind: EntityKind;
  name: string;
  country: string | null;
  aliases: string[];
}

const partyKinds = new Set<EntityKind>(['organization', 'person', 'vessel']);

function slug(words: string[]): string {
  return words.join('-').replace(/[^\p{L}\p{N}&-]+/gu, '').slice(0, 80);
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Whether one name is the other or its leading part of two words or more ("zhejiang dali" of "zhejiang dali technology"). */
function namesMatch(a: string[], b: string[]): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (!s.length) return false;
  if (!s.every((w, i) => w === l[i])) return false;
  return s.length === l.length || s.length >= 2;
}

/**
 * Resolve the parties of many cables to nodes. Returns, for every `cable|key`, its node.
 * @example resolveParties([{cable: 'A', key: 'organization:zhejiang dali technology', kind: 'organization', names: ['Zhejiang Dali Technology Company Ltd'], country: 'CHN'}, {cable: 'B', key: 'organization:zhejiang dali', kind: 'organization', names: ['Zhejiang Dali'], country: null}]) // one node
 */
export function resolveParties(parties: CableParty[]): { nodeOf: Map<string, ResolvedNode>; nodes: ResolvedNode[] } {
  const uf = new UnionFind();
  const wordsOf = parties.map((p) => p.names.map((n) => nameWords(n)).filter((w) => w.length));
  parties.forEach(() => uf.add());
  // index by first word to keep comparisons local
  const byFirst = new Map<string, number[]>();
  parties.forEach((p, i) => {
    for (const w of wordsOf[i]!) {
      const list = byFirst.get(`${p.kind}|${w[0]}`) ?? [];
      if (!list.includes(i)) list.push(i);
      byFirst.set(`${p.kind}|${w[0]}`, list);
    }
  });
  const matchesOf = new Map<number, Set<number>>();
  for (const group of byFirst.values()) {
    for (const i of group) {
      const set = matchesOf.get(i) ?? new Set<number>();
      for (const j of group) if (j !== i && wordsOf[i]!.some((a) => wordsOf[j]!.some((b) => namesMatch(a, b)))) set.add(j);
      matchesOf.set(i, set);
    }
  }
  // a party without a country whose name fits parties of several countries is ambiguous: it joins none
  const ambiguous = (i: number) => parties[i]!.country === null && new Set([...(matchesOf.get(i) ?? [])].map((j) => parties[j]!.country).filter((c) => c !== null)).size > 1;
  for (const [i, matches] of matchesOf) {
    for (const j of matches) {
      const [pi, pj] = [parties[i]!, parties[j]!];
      if (pi.country && pj.country && pi.country !== pj.country) continue; // different countries: no evidence they are one
      if (ambiguous(i) || ambiguous(j)) continue;
      uf.union(i, j);
    }
  }
  const clusters = new Map<number, number[]>();
  parties.forEach((_, i) => {
    const r = uf.find(i);
    clusters.set(r, [...(clusters.get(r) ?? []), i]);
  });
  const nodeOf = new Map<string, ResolvedNode>();
  const nodes: ResolvedNode[] = [];
  const used = new Set<string>();
  for (const members of clusters.values()) {
    const counts = new Map<string, number>();
    const countryVotes = new Map<string, number>();
    for (const i of members) {
      const p = parties[i]!;
      for (const n of p.names) counts.set(n, (counts.get(n) ?? 0) + 1);
      if (p.country) countryVotes.set(p.country, (countryVotes.get(p.country) ?? 0) + 1);
    }
    const names = [...counts.keys()];
    const name = names.filter((n) => n !== n.toUpperCase() || names.every((m) => m === m.toUpperCase())).sort((a, b) => nameWords(b).length - nameWords(a).length || b.length - a.length || (counts.get(b)! - counts.get(a)!) || a.localeCompare(b))[0] ?? names[0]!;
    const country = [...countryVotes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const first = parties[members[0]!]!;
    let id = `${first.kind}:${slug(nameWords(name))}${country ? ':' + country.toLowerCase() : ''}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/#\d+$/, '')}#${n}`;
    used.add(id);
    const node: ResolvedNode = { id, kind: first.kind, name, country, aliases: names.filter((n) => n !== name).sort() };
    nodes.push(node);
    for (const i of members) nodeOf.set(`${parties[i]!.cable}|${parties[i]!.key}`, node);
  }
  return { nodeOf, nodes };
}

/** Whether a mention is of a party (resolved across cables) rather than a country, item or control entry. */
export function isParty(kind: EntityKind): boolean {
  return partyKinds.has(kind);
}
