/**
 * The store contract: the same assertions against every backend (SQLite always; PostgreSQL when
 * TEARLINE_TEST_PG names a server). Ingest and search go through the real CLI with `--db`, as users
 * and outside checks run them; finer points go through the Store interface.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { dataPath } from '../../src/common/paths.js';
import { openStore } from '../../src/store/index.js';
import { parseQuery } from '../../src/search/query.js';
import type { Reader } from '../../src/access/reader.js';
import { runCli } from '../helpers/cli.js';
import { cable, mark, prepared } from '../store/fixtures.js';
import { backends, type Backend } from './backends.js';
import { runCliAsync } from './cli-async.js';

const sample = (folder: string) => dataPath('sample', folder);
const count = (folder: string) => fs.readdirSync(sample(folder)).filter((f) => f.endsWith('.txt')).length;
const reader = (clearance: Reader['clearance'], citizenship: string): Reader => ({ name: `${clearance}/${citizenship}`, clearance, citizenship, accesses: [] });
const usS = reader('S', 'USA');
const frS = reader('S', 'FRA');
const usC = reader('C', 'USA');

interface Summary { new: number; unchanged: number; revised: number; cables: number }
interface Result { total: number; hits: { id: string; subject: string | null; snippet: string; paragraph: string }[]; facets: Record<string, Record<string, number>> }

function ingest(db: string, folders: string[]): Summary {
  const r = runCli(['ingest', ...folders.map(sample), '--db', db, '--json', '--quiet']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Summary;
}

function search(db: string, query: string, who: Reader): Result {
  const r = runCli(['search', query, '--db', db, '--json', '--clearance', who.clearance, '--citizenship', who.citizenship]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Result;
}

async function withStore<T>(db: string, fn: (s: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const seedText = fs.readFileSync(dataPath('sample', 'seed', '09STATE96222.txt'), 'utf8');
const seedParagraph4 = seedText.slice(seedText.indexOf('BEGIN TALKING POINTS'), seedText.indexOf('END TALKING POINTS')).split(/\s+/).join(' ');

interface Ranked { query: string; ranked: string[] }
/** Each backend's rankings, compared once both have run. */
const rankings = new Map<string, Ranked[]>();
const rankingQueries: [string, Reader][] = [['iran OR syria', usS], ['export control', frS], ['nuclear', usC], ['china -taiwan', usS]];

function contract(backend: Backend): void {
  describe(`store contract: ${backend.name}`, () => {
    after(() => backend.cleanup());
    let db = '';

    test('the bundled sample ingests; re-ingest is a no-op; the revisions ingest as revisions', async () => {
      db = await backend.fresh();
      const first = ingest(db, ['cables', 'seed', 'revisions']);
      // the seed folder holds another copy of 09STATE96222 (a different text: a revision)
      assert.deepEqual([first.new, first.revised, first.unchanged], [count('cables'), count('revisions') + count('seed'), 0]);
      const digest = await withStore(db, (s) => s.contentDigest());
      const again = ingest(db, ['revisions', 'seed', 'cables']);
      assert.deepEqual([again.new, again.revised, again.unchanged], [0, 0, count('cables') + count('seed') + count('revisions')]);
      assert.equal(await withStore(db, (s) => s.contentDigest()), digest, 're-ingest changes nothing');
      const stats = await withStore(db, (s) => s.stats());
      assert.deepEqual([stats.cables, stats.revisions], [count('cables'), count('cables') + count('revisions') + count('seed')]);
      assert.equal(Object.values(stats.byYear).reduce((a, b) => a + b, 0), stats.cables);
    });

    test('revisions: exact bytes of the latest release, a line diff, whatever the arrival order', async () => {
      const other = await backend.fresh();
      ingest(other, ['revisions', 'cables']);
      for (const location of [db, other]) {
        await withStore(location, async (s) => {
          const stored = await s.getCable('04RANGOON1100');
          assert.deepEqual(Buffer.from(stored!.raw), fs.readFileSync(dataPath('sample', 'cables', '04RANGOON1100.txt')));
          const revs = await s.revisions('04RANGOON1100');
          assert.equal(revs.length, 2);
          assert.equal(revs.filter((r) => r.current).length, 1);
          assert.ok(revs.some((r) => r.diff && /^@@ .* @@$/m.test(r.diff) && /^[-+]/m.test(r.diff)), 'a revision carries a line diff');
        });
      }
    });

    test('references resolve both ways', async () => {
      await withStore(db, async (s) => {
        const cites = await s.citations('05BRASILIA2806');
        assert.ok(cites.cites.some((c) => c.id === '05BRASILIA1839' && c.inArchive));
        assert.ok((await s.citations('05BRASILIA1839')).citedBy.includes('05BRASILIA2806'));
      });
    });

    test('the seed: S/USA finds it with its subject; S/FRA through ¶4 only, no subject; C/USA not at all', () => {
      const us = search(db, 'infrared detectors', usS).hits.find((h) => h.id === '09STATE96222');
      assert.ok(us);
      assert.match(us.subject!, /FRENCH FIRM SELLING INFRARED DETECTORS/);
      const fr = search(db, 'infrared detectors', frS);
      const hit = fr.hits.find((h) => h.id === '09STATE96222');
      assert.ok(hit, 'S/FRA finds the seed');
      assert.deepEqual([hit.subject, hit.paragraph], [null, '4']);
      assert.match(hit.snippet, /«infrared» «detectors»/i);
      assert.ok(seedParagraph4.includes(hit.snippet.replace(/[«»…]/g, '').trim()), `snippet ${JSON.stringify(hit.snippet)} comes from ¶4`);
      assert.doesNotMatch(JSON.stringify(fr), /Sofradir and\s+its subsidiary/, 'nothing from ¶2');
      const c = search(db, 'infrared detectors', usC);
      assert.equal(c.hits.some((h) => h.id === '09STATE96222'), false);
    });

    test('facets count only what the reader may read', () => {
      const c = search(db, 'sofradir', usC);
      assert.deepEqual([c.total, c.hits, c.facets.classification, c.facets.tags, c.facets.year], [0, [], {}, {}, {}]);
      const fr = search(db, 'infrared detectors', frS);
      assert.equal(Object.values(fr.facets.classification!).reduce((a, b) => a + b, 0), fr.total);
      assert.equal(Object.values(fr.facets.year!).reduce((a, b) => a + b, 0), fr.total);
      const opening = search(db, '"action request to Embassy Paris"', usC);
      assert.deepEqual(opening.hits.map((h) => [h.id, h.subject, h.paragraph]), [['09STATE96222', null, '1']], 'its (U) ¶1 is readable');
    });

    test('relevance: more readable matching portions rank higher; pages continue the order; both backends rank alike', () => {
      const all: Ranked[] = [];
      for (const [q, who] of rankingQueries) {
        const r = runCli(['search', q, '--db', db, '--json', '--clearance', who.clearance, '--citizenship', who.citizenship, '--limit', '50']);
        assert.equal(r.status, 0, r.stderr);
        const hits = (JSON.parse(r.stdout) as { hits: { id: string; score: number }[] }).hits;
        for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score, `${q}: scores descend`);
        all.push({ query: `${q} as ${who.name}`, ranked: hits.map((h) => `${h.id} ${h.score}`) });
      }
      assert.ok(all.some((a) => a.ranked.length > 5), 'the queries find enough to rank');
      const page2 = JSON.parse(runCli(['search', 'iran', '--db', db, '--json', '--limit', '5', '--page', '2']).stdout) as { hits: { id: string }[] };
      const first10 = JSON.parse(runCli(['search', 'iran', '--db', db, '--json', '--limit', '10']).stdout) as { hits: { id: string }[] };
      assert.deepEqual(page2.hits.map((h) => h.id), first10.hits.slice(5).map((h) => h.id));
      rankings.set(backend.name, all);
      if (rankings.size === 2) assert.deepEqual(rankings.get('postgres'), rankings.get('sqlite'));
    });

    test('the query language: phrases, OR, exclusion, prefixes and field filters agree with the access rules', async () => {
      const ids = (q: string, who = usS) => search(db, q, who).hits.map((h) => h.id);
      assert.ok(ids('infrared to:paris from:secstate class:S date:2009-09').includes('09STATE96222'));
      assert.ok(ids('"infrared detectors"').includes('09STATE96222'));
      assert.ok(ids('infra* detect*').includes('09STATE96222'));
      assert.ok(ids('(sofradir OR nonexistentword) china').includes('09STATE96222'));
      assert.ok(!ids('infrared -terrorism').includes('09STATE96222'));
      assert.ok(ids('infrared -terrorism', frS).includes('09STATE96222'), 'exclusion looks only at readable text: S/FRA cannot read ¶2');
      assert.ok(!ids('infrared date:2010..').includes('09STATE96222'));
      assert.ok(ids('subject:"infrared detectors"').includes('09STATE96222'));
      assert.ok(!ids('subject:"infrared detectors"', frS).includes('09STATE96222'));
      assert.ok(ids('Wassenaar 6.A.2').includes('09STATE96222'), 'a dotted control number is a phrase of its parts');
      assert.deepEqual(ids('ref:05BRASILIA1839'), ['05BRASILIA2806']);
      const parm = search(db, 'tag:PARM', usS);
      const parmIds = parm.hits.map((h) => h.id);
      assert.ok(parm.total > 1);
      assert.equal(new Set(parmIds).size, parmIds.length, 'no cable twice');
      const err = runCli(['search', 'iran "thermal', '--db', db]);
      assert.equal(err.status, 2);
      assert.match(err.stderr, /unterminated quotation mark at position 6/);
    });

    test('store API: revisions, unchanged bytes, older releases kept but not current, pages and extraction rows', async () => {
      const location = await backend.fresh();
      await withStore(location, async (s) => {
        const a = cable('09STATE1', [
          ['1', mark('U'), 'Unclassified opening about centrifuges.'],
          ['2', mark('S', { noforn: true }), 'Secret noforn detail about maraging steel.'],
          ['3', mark('S', { relTo: ['USA', 'FRA'] }), 'Releasable points about maraging steel for France.'],
        ], { refs: [{ text: 'A. STATE 2', id: '09STATE2', kind: 'cable' }] });
        const text = '09STATE1\nline one\nline two\n';
        const span = (paragraph: string) => ({ paragraph, start: 0, end: 1 });
        const extraction = {
          mentions: [
            { key: 'e1', kind: 'organization' as const, name: 'Open Org', country: null, span: span('1') },
            { key: 'e2', kind: 'organization' as const, name: 'Secret Org', country: null, span: span('2') },
          ],
          relations: [], actions: [],
        };
        assert.deepEqual(await s.writeBatch([prepared(a, text, extraction), prepared(a, text)]), ['new', 'unchanged'], 'the same bytes twice in one batch');
        const names = async (r: Reader) => (await s.extractionsForReader(r, { kinds: ['mention'] })).map((x) => (x.payload as { name: string }).name);
        assert.deepEqual(await names(usS), ['Open Org', 'Secret Org']);
        assert.deepEqual(await names(frS), ['Open Org']);
        const changed = { ...a, released: '2011-01-01 00:00', paragraphs: a.paragraphs.slice(0, 2) };
        const older = { ...a, released: '2010-01-01 00:00' };
        assert.deepEqual(await s.writeBatch([prepared(changed, '09STATE1\nline one\nline 2\n'), prepared(older, '09STATE1\nold\n')]), ['revised', 'revised']);
        const revs = await s.revisions('09STATE1');
        assert.deepEqual(revs.map((r) => [r.revision, r.current, r.diffFrom]), [[1, false, null], [2, true, 1], [3, false, 2]]);
        assert.match(revs[1]!.diff!, /^-line two$/m);
        assert.match(revs[1]!.diff!, /^\+line 2$/m);
        assert.equal((await s.getCable('09STATE1'))!.cable.paragraphs.length, 2);
        assert.equal((await s.search(usS, parseQuery('releasable'), { limit: 10, offset: 0, order: 'relevance' })).total, 0, 'the replaced text is no longer searchable');
        assert.deepEqual(await s.writeBatch([prepared(a, text)]), ['unchanged'], 'any stored revision is recognised');
        assert.deepEqual(await names(usS), [], 'extraction rows follow the current revision');

        const many = Array.from({ length: 25 }, (_, i) => cable(`09STATE${100 + i}`, [['1', mark('U'), `Valves number ${i} for the plant.`]], { created: `2009-01-${String(i + 1).padStart(2, '0')} 10:00` }));
        await s.writeBatch(many.map((c) => prepared(c, `${c.id}\n`)));
        const q = parseQuery('valves');
        const all = await s.search(usS, q, { limit: 25, offset: 0, order: 'date' });
        assert.equal(all.total, 25);
        assert.equal(all.hits[0]!.id, '09STATE124', 'newest first');
        const page2 = await s.search(usS, q, { limit: 10, offset: 10, order: 'date' });
        assert.deepEqual(page2.hits.map((h) => h.id), all.hits.slice(10, 20).map((h) => h.id));
        assert.deepEqual(page2.facets, all.facets);
      });
    });

    test('audit: classified snippets are logged; verify passes, then detects an edited or a deleted row', async () => {
      const location = await backend.fresh();
      ingest(location, ['seed']);
      for (let i = 0; i < 3; i++) search(location, 'infrared detectors', usS);
      const verify = () => {
        const r = runCli(['audit', 'verify', '--db', location, '--json']);
        return { status: r.status, verdict: JSON.parse(r.stdout) as { ok: boolean; rows: number; problems: { seq: number }[] } };
      };
      const good = verify();
      assert.deepEqual([good.status, good.verdict.ok, good.verdict.rows], [0, true, 3]);
      await assert.rejects(backend.sql(location, `UPDATE audit SET reader = 'x' WHERE seq = 1`), /append-only/, 'the log refuses edits');
      await assert.rejects(backend.sql(location, 'DELETE FROM audit WHERE seq = 1'), /append-only/, 'the log refuses deletes');
      await backend.unguardedSql(location, `UPDATE audit SET reader = 'someone else' WHERE seq = 2`);
      const edited = verify();
      assert.equal(edited.verdict.ok, false);
      assert.notEqual(edited.status, 0);
      assert.deepEqual(edited.verdict.problems.map((p) => p.seq), [2]);
      await backend.unguardedSql(location, 'DELETE FROM audit WHERE seq = 2');
      assert.ok(verify().verdict.problems.some((p) => p.seq === 3), 'the gap is found');
    });

    test('concurrent ingests of the same files and concurrent searches: no lost or duplicated rows, one audit chain', async () => {
      const reference = await backend.fresh();
      ingest(reference, ['cables', 'revisions']);
      const expected = await withStore(reference, async (s) => ({ digest: await s.contentDigest(), stats: await s.stats() }));
      const location = await backend.fresh();
      const runs = await Promise.all([0, 1, 2].map(() => runCliAsync(['ingest', sample('cables'), sample('revisions'), '--db', location, '--json', '--quiet', '--batch', '40'])));
      for (const r of runs) assert.equal(r.status, 0, r.stderr);
      const summaries = runs.map((r) => JSON.parse(r.stdout) as Summary);
      assert.equal(summaries.reduce((n, s) => n + s.new, 0), count('cables'), 'each cable is new exactly once');
      assert.equal(summaries.reduce((n, s) => n + s.revised, 0), count('revisions'), 'each revision is added exactly once');
      await withStore(location, async (s) => {
        const st = await s.stats();
        assert.deepEqual([st.cables, st.revisions, st.paragraphs], [expected.stats.cables, expected.stats.revisions, expected.stats.paragraphs]);
        assert.equal(await s.contentDigest(), expected.digest, 'the same archive as one sequential ingest');
      });
      const searches = await Promise.all(Array.from({ length: 6 }, () => runCliAsync(['search', 'infrared detectors', '--db', location, '--json', '--clearance', 'S', '--citizenship', 'USA'])));
      for (const r of searches) assert.equal(r.status, 0, r.stderr);
      assert.ok(searches.every((r) => (JSON.parse(r.stdout) as Result).hits.some((h) => h.id === '09STATE96222')));
      const verdict = await withStore(location, (s) => s.verifyAudit());
      assert.deepEqual([verdict.ok, verdict.rows], [true, 6], 'concurrent appends keep one unbroken chain');
    });

    test('an archive written by newer code is refused; readers do not create archives', async () => {
      const location = await backend.fresh();
      await assert.rejects(openStore(location, { mustExist: true }), (e: Error & { code?: string }) => e.code === 'NOT_FOUND');
      await (await openStore(location)).close();
      await backend.unguardedSql(location, 'UPDATE schema_version SET version = version + 1');
      await assert.rejects(openStore(location), (e: Error & { code?: string }) => e.code === 'BAD_INPUT' && /newer than this tearline understands/.test(e.message));
      const r = runCli(['search', 'x', '--db', location]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /newer than this tearline understands/);
    });
  });
}

for (const backend of backends()) contract(backend);
