import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { seedPath } from '../helpers/data.js';

interface Out {
  entities: Array<{ id: string; kind: string; name: string; country: string | null; aliases: string[] }>;
  relations: Array<{ kind: string; from: string; to: string; item: string | null; evidence: Array<{ cable: string; paragraph: string }> }>;
  paths?: Array<{ countries: string[]; steps: Array<{ evidence: Array<{ cable: string; paragraph: string }> }> }>;
}

function run(args: string[]): Out {
  const r = runCli(['network', seedPath, ...args, '--json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Out;
}

test('network --json: the SPEC §5 shape, with the seed network and its diversion path', () => {
  const out = run(['--paths']);
  for (const e of out.entities) {
    assert.equal(typeof e.id, 'string');
    assert.ok(['organization', 'person', 'country', 'item', 'control-entry', 'vessel'].includes(e.kind));
    assert.ok(Array.isArray(e.aliases));
  }
  const ids = new Set(out.entities.map((e) => e.id));
  for (const r of out.relations) {
    assert.ok(ids.has(r.from) && ids.has(r.to), 'relation ends are listed entities');
    assert.ok(r.evidence.length > 0);
  }
  const byName = (n: string) => out.entities.find((e) => e.name === n)!;
  const supplies = out.relations.filter((r) => r.kind === 'supplies');
  assert.ok(supplies.some((r) => r.from === byName('Sofradir').id && r.to === byName('Zhejiang Dali Technology Company Ltd').id && r.evidence.some((e) => e.paragraph === '2')));
  assert.ok(supplies.some((r) => r.from === byName('Zhejiang Dali Technology Company Ltd').id && r.to === byName('Iranian defense entities').id));
  assert.ok(out.paths?.some((p) => p.countries.join('>') === 'FRA>CHN>IRN'));
});

test('network: a S/FRA reader sees no evidence from paragraphs 2 and 3 and no subject', () => {
  const out = run(['--clearance', 'S', '--citizenship', 'FR']);
  const paragraphs = new Set(out.relations.flatMap((r) => r.evidence.map((e) => e.paragraph)));
  assert.ok(!paragraphs.has('2') && !paragraphs.has('3') && !paragraphs.has('subject'), [...paragraphs].join(','));
  assert.ok(out.relations.length > 0);
});

test('network filters: country and control entry in another notation', () => {
  const iran = run(['--country', 'IRN']);
  assert.ok(iran.relations.every((r) => [r.from, r.to].some((id) => id.endsWith(':irn') || id === 'country:IRN')));
  const entry = run(['--control', '6.A.2.a.3']);
  assert.ok(entry.relations.some((r) => r.kind === 'controlled-under'));
  assert.ok(entry.relations.some((r) => r.kind === 'supplies'), 'transfers of the controlled item are kept');
  const early = run(['--to', '2001-01-01']);
  assert.equal(early.relations.length, 0);
});

test('network: bad usage and bad input exit 2 with a message naming the input', () => {
  const bad = runCli(['network', seedPath, '--from', '16/09/2009', '--json']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--from/);
  assert.doesNotMatch(bad.stderr, /at .*\.js:\d+/);
  const missing = runCli(['network', '/nonexistent/cable.txt', '--json']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nonexistent/);
});

test('network --format ftm and graphml: FollowTheMoney entities and a GraphML document', () => {
  const ftm = runCli(['network', seedPath, '--format', 'ftm']);
  assert.equal(ftm.status, 0, ftm.stderr);
  const lines = ftm.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
  const sofradir = lines.find((e) => e.properties['name']?.includes('Sofradir'));
  assert.ok(sofradir && ['Company', 'Organization'].includes(sofradir.schema));
  assert.deepEqual(sofradir.properties['country'], ['fr']);
  const own = lines.find((e) => e.schema === 'Ownership');
  assert.ok(own && own.properties['owner']?.[0] === sofradir.id);
  const ids = new Set(lines.map((e) => e.id));
  for (const l of lines.filter((e) => e.schema === 'UnknownLink')) assert.ok(ids.has(l.properties['subject']![0]!) && ids.has(l.properties['object']![0]!));
  assert.ok(!/@|\d{3}-\d{3}-\d{4}/.test(ftm.stdout), 'no contact details in the export');
  const g = runCli(['network', seedPath, '--format', 'graphml']);
  assert.equal(g.status, 0, g.stderr);
  assert.match(g.stdout, /^<\?xml/);
  assert.match(g.stdout, /<edge [^>]*source="organization:sofradir:fra"/);
  const bad = runCli(['network', seedPath, '--format', 'pdf']);
  assert.equal(bad.status, 2);
});

test('network --db: the archive, through the store, as the reader may see it', async () => {
  const os = await import('node:os');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-network-'));
  const db = path.join(dir, 't.db');
  try {
    const ing = runCli(['ingest', seedPath, '--db', db]);
    assert.equal(ing.status, 0, ing.stderr);
    const all = runCli(['network', '--db', db, '--paths', '--json']);
    assert.equal(all.status, 0, all.stderr);
    const out = JSON.parse(all.stdout) as Out;
    assert.ok(out.relations.some((r) => r.kind === 'supplies' && r.evidence.some((e) => e.paragraph === '2')));
    assert.ok(out.paths?.some((p) => p.countries.join('>') === 'FRA>CHN>IRN'));
    const fra = JSON.parse(runCli(['network', '--db', db, '--clearance', 'S', '--citizenship', 'FRA', '--json']).stdout) as Out;
    assert.ok(fra.relations.every((r) => r.evidence.every((e) => !['2', '3', 'subject'].includes(e.paragraph))));
    const c = JSON.parse(runCli(['network', '--db', db, '--clearance', 'C', '--citizenship', 'USA', '--json']).stdout) as Out;
    assert.equal(c.relations.filter((r) => r.kind === 'supplies').length, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
