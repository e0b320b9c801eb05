import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveParties } from '../../src/network/resolve.js';
import { buildGraph } from '../../src/network/graph.js';
import { filterGraph, shortestPath, neighbours, controlKey } from '../../src/network/query.js';
import type { ExtractionRecord } from '../../src/network/types.js';

test('one node for the long and short forms of a name; aliases kept', () => {
  const { nodes } = resolveParties([
    { cable: 'A', key: 'k1', kind: 'organization', names: ['Zhejiang Dali Technology Company Ltd'], country: 'CHN' },
    { cable: 'B', key: 'k2', kind: 'organization', names: ['Zhejiang Dali'], country: null },
    { cable: 'C', key: 'k3', kind: 'organization', names: ['Zhejiang Dali Technology'], country: 'CHN' },
  ]);
  assert.equal(nodes.length, 1);
  assert.equal(nodes[0]!.name, 'Zhejiang Dali Technology Company Ltd');
  assert.deepEqual(nodes[0]!.aliases, ['Zhejiang Dali', 'Zhejiang Dali Technology']);
  assert.equal(nodes[0]!.country, 'CHN');
});

test("same-named parties of different countries stay apart; an unplaced short name fitting both is not merged", () => {
  const { nodes } = resolveParties([
    { cable: 'A', key: 'k1', kind: 'organization', names: ['Sahand Trading Company'], country: 'IRN' },
    { cable: 'B', key: 'k2', kind: 'organization', names: ['Sahand Trading Company'], country: 'ARE' },
    { cable: 'C', key: 'k3', kind: 'organization', names: ['Sahand Trading'], country: null },
  ]);
  assert.equal(nodes.length, 3);
});

test('a person and a company of the same name are different nodes', () => {
  const { nodes } = resolveParties([
    { cable: 'A', key: 'k1', kind: 'organization', names: ['Hamid Reihani'], country: null },
    { cable: 'B', key: 'k2', kind: 'person', names: ['Hamid Reihani'], country: null },
  ]);
  assert.equal(nodes.length, 2);
});

function rec(cable: string, date: string, parts: Array<[string, string, string, string]>): ExtractionRecord {
  const mentions = [];
  const relations = [];
  const span = { paragraph: '2', start: 0, end: 1 };
  for (const [kind, from, to, item] of parts) {
    for (const n of [from, to]) mentions.push({ key: `organization:${n}`, kind: 'organization' as const, name: n, country: n.endsWith('Iran') ? 'IRN' : n.endsWith('China') ? 'CHN' : 'DEU', aliases: [], span });
    mentions.push({ key: `item:${item}`, kind: 'item' as const, name: item, country: null, aliases: [], span });
    relations.push({ kind, from: `organization:${from}`, to: `organization:${to}`, item: `item:${item}`, span });
  }
  return { cable, date, extraction: { mentions, relations } };
}

test('filters: date range, country, item; shortest path and neighbours', () => {
  const g = buildGraph([
    rec('C1', '2008-01-05', [['supplies', 'Alpha Werke GmbH', 'Beta Trading China', 'lathes']]),
    rec('C2', '2009-06-01', [['supplies', 'Beta Trading China', 'Gamma Industries Iran', 'lathes']]),
  ]);
  assert.equal(g.relations.length, 2);
  assert.equal(filterGraph(g, { from: '2009-01-01' }).relations.length, 1);
  assert.equal(filterGraph(g, { to: '2008-12-31' }).relations.length, 1);
  assert.equal(filterGraph(g, { country: 'IR' }).relations.length, 1);
  assert.equal(filterGraph(g, { item: 'lathes' }).relations.length, 2);
  assert.equal(filterGraph(g, { entity: 'Gamma' }).relations.length, 1);
  const ids = [...g.entities.values()].filter((e) => e.kind === 'organization').map((e) => e.id).sort();
  const a = ids.find((i) => i.includes('alpha'))!;
  const c = ids.find((i) => i.includes('gamma'))!;
  assert.equal(shortestPath(g, a, c)?.length, 2);
  assert.equal(neighbours(g, a, 1).relations.length, 1);
  assert.equal(neighbours(g, a, 2).relations.length, 2);
});

test('control entries compare across notations', () => {
  assert.equal(controlKey('Wassenaar 6.A.2.a.3'), controlKey('wassenaar 6A002.a.3'));
  assert.ok(controlKey('control-entry:6A002.a.3').includes(controlKey('6.A.2.a.3')));
});
