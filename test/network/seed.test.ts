import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseCable } from '../../src/cable/index.js';
import { extractNetwork } from '../../src/extract/network.js';
import { buildGraph } from '../../src/network/graph.js';
import { diversionPaths } from '../../src/network/diversion.js';
import { limitToReadable } from '../../src/network/access.js';
import { seedPath } from '../helpers/data.js';
import type { Reader } from '../../src/access/reader.js';

const seed = parseCable(fs.readFileSync(seedPath), { source: seedPath });
const extraction = extractNetwork(seed);
const record = { cable: '09STATE96222', date: '2009-09-16', extraction };

function entity(graph: ReturnType<typeof buildGraph>, name: string) {
  const e = [...graph.entities.values()].find((x) => x.name === name || x.aliases.includes(name));
  assert.ok(e, `entity ${name} expected; have ${[...graph.entities.values()].map((x) => x.name).join(', ')}`);
  return e;
}

test('seed: parties with their countries', () => {
  const g = buildGraph([record]);
  assert.equal(entity(g, 'Sofradir').country, 'FRA');
  assert.equal(entity(g, 'Ulis').country, 'FRA');
  const zd = entity(g, 'Zhejiang Dali Technology Company Ltd');
  assert.equal(zd.country, 'CHN');
  assert.ok(zd.aliases.includes('Zhejiang Dali Technology'), 'the short form is an alias of the same node');
  assert.equal(entity(g, 'Iranian defense entities').country, 'IRN');
});

test('seed: Ulis is a subsidiary of Sofradir; both supply infrared detectors to Zhejiang Dali, which supplies Iranian defense entities (¶2)', () => {
  const g = buildGraph([record]);
  const id = (n: string) => entity(g, n).id;
  const rel = (kind: string, from: string, to: string) => g.relations.find((r) => r.kind === kind && r.from === id(from) && r.to === id(to));
  assert.ok(rel('subsidiary-of', 'Ulis', 'Sofradir'));
  for (const supplier of ['Sofradir', 'Ulis']) {
    const r = rel('supplies', supplier, 'Zhejiang Dali Technology Company Ltd');
    assert.ok(r, `${supplier} supplies Zhejiang Dali`);
    assert.equal(r.item, entity(g, 'infrared detectors').id);
    assert.ok(r.evidence.some((e) => e.cable === '09STATE96222' && e.paragraph === '2'));
  }
  const onward = rel('supplies', 'Zhejiang Dali Technology Company Ltd', 'Iranian defense entities');
  assert.ok(onward);
  assert.equal(onward.item, entity(g, 'thermal imaging systems').id);
  assert.ok(onward.evidence.some((e) => e.paragraph === '2'));
});

test('seed: infrared detectors are controlled under Wassenaar 6.A.2.a.3 = 6A002.a.3', () => {
  const g = buildGraph([record]);
  const entry = g.entities.get('control-entry:6A002.a.3');
  assert.ok(entry);
  assert.match(entry.name, /Wassenaar Arrangement, Section 6\.A\.2\.a\.3/);
  assert.ok(g.relations.some((r) => r.kind === 'controlled-under' && r.from === entity(g, 'infrared detectors').id && r.to === entry.id));
});

test('seed: diversion path FRA → CHN → IRN, each step citing its paragraph', () => {
  const paths = diversionPaths(buildGraph([record]));
  const p = paths.find((x) => x.countries.join() === 'FRA,CHN,IRN');
  assert.ok(p, `got ${paths.map((x) => x.countries.join('>')).join('; ')}`);
  assert.deepEqual(p.destinationGroups.includes('E:1'), true);
  assert.deepEqual(p.controls, ['control-entry:6A002.a.3']);
  for (const s of p.steps) assert.ok(s.evidence.length > 0 && s.evidence.every((e) => e.cable === '09STATE96222'));
});

test('seed: spans point at the words in the input', () => {
  for (const m of extraction.mentions.filter((x) => x.kind === 'organization' && x.span.paragraph !== 'subject')) {
    const text = seed.raw!.slice(m.span.start, m.span.end).replace(/\s+/g, ' ');
    assert.equal(text, m.name.replace(/\s+/g, ' '), `span of ${m.name}`);
  }
});

test('seed: a S/FRA reader sees the network only through paragraph 4; a C/USA reader sees no supply edge', () => {
  const fra: Reader = { name: 'fra', clearance: 'S', citizenship: 'FRA', accesses: [] };
  const g = buildGraph([limitToReadable(seed, fra, record)]);
  for (const r of g.relations) for (const e of r.evidence) assert.ok(['1', '4', '5', '6', '7'].includes(e.paragraph), `evidence ¶${e.paragraph} leaked`);
  for (const e of g.entities.values()) for (const m of e.mentions) assert.ok(['1', '4', '5', '6', '7'].includes(m.paragraph), `mention ¶${m.paragraph} leaked`);
  assert.ok(g.relations.some((r) => r.kind === 'supplies'), 'paragraph 4 restates the supply edges');
  const c: Reader = { name: 'c', clearance: 'C', citizenship: 'USA', accesses: [] };
  const gc = buildGraph([limitToReadable(seed, c, record)]);
  assert.equal(gc.relations.filter((r) => r.kind === 'supplies').length, 0);
  assert.ok(![...gc.entities.values()].some((e) => e.name.includes('Sofradir')));
});
