import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { installAccess } from '../../src/api/access.js';
import { viewForReader } from '../../src/access/index.js';
import { login, testPassword, testServer, type TestServer } from './helpers.js';

let s: TestServer;
before(async () => {
  s = await testServer();
});
after(async () => {
  await s.close();
});

test('default deny: a route without an access policy stops the server from starting', async () => {
  const app = Fastify();
  installAccess(app, { store: null as never, users: null as never, db: '' });
  assert.throws(() => app.get('/api/oops', async () => ({})), /declares no access policy/);
  app.get('/api/fine', { config: { access: 'user' } }, async () => ({}));
  await app.close();
});

test('OpenAPI lists every API route with its access policy; anonymous calls to protected routes get 401', async () => {
  const res = await s.app.inject({ url: '/api/openapi.json' });
  assert.equal(res.statusCode, 200);
  const doc = res.json() as { paths: Record<string, Record<string, { 'x-access': string }>> };
  for (const p of ['/api/session', '/api/cables/{id}', '/api/search', '/api/cables/{id}/release', '/api/network', '/api/screen', '/api/screen/batch', '/api/licence', '/api/classify', '/api/actions', '/api/audit/verify', '/api/users']) {
    assert.ok(doc.paths[p], `OpenAPI has ${p}`);
  }
  let protectedRoutes = 0;
  for (const [p, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      assert.ok(['public', 'user', 'admin'].includes(op['x-access']), `${method} ${p} has an access policy`);
      if (op['x-access'] === 'public') continue;
      protectedRoutes++;
      const url = p.replace('{id}', '09STATE96222').replace('{name}', 'reader');
      const r = await s.app.inject({ method: method.toUpperCase() as 'GET', url, headers: { 'content-type': 'application/json' }, payload: method === 'get' ? undefined : '{}' });
      assert.equal(r.statusCode, 401, `anonymous ${method} ${p}`);
      assert.equal((r.json() as { error: string }).error, 'UNAUTHENTICATED');
    }
  }
  assert.ok(protectedRoutes >= 12);
});

test('login: wrong password is 401 without saying which part was wrong; the cookie is HttpOnly, SameSite=Strict', async () => {
  const bad = await s.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'reader', password: 'nope' } });
  assert.equal(bad.statusCode, 401);
  const unknown = await s.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'nobody', password: 'nope' } });
  assert.deepEqual(unknown.json(), bad.json());
  const ok = await s.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'reader', password: testPassword } });
  assert.equal(ok.statusCode, 200);
  const cookie = String(ok.headers['set-cookie']);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.doesNotMatch(ok.body, /scrypt|password/i, 'no hash in the answer');
});

test('login is rate-limited per user name', async () => {
  const t = await testServer({ deps: { loginFailuresPerUser: 3 } });
  try {
    for (let i = 0; i < 3; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'liaison', password: 'wrong' } });
      assert.equal(r.statusCode, 401);
    }
    const limited = await t.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'liaison', password: testPassword } });
    assert.equal(limited.statusCode, 429, 'even the right password waits');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    const other = await t.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'analyst', password: testPassword } });
    assert.equal(other.statusCode, 200, 'other users are not locked out');
  } finally {
    await t.close();
  }
});

test('CSRF: writes need the session token and a same-origin request', async () => {
  const c = await login(s.app, 'analyst');
  const noToken = await s.app.inject({ method: 'POST', url: '/api/screen', headers: { cookie: c.cookie }, payload: { name: 'x' } });
  assert.equal(noToken.statusCode, 403);
  assert.equal((noToken.json() as { error: string }).error, 'CSRF');
  const crossSite = await c.request('POST', '/api/screen', { name: 'x' }, { origin: 'https://evil.example', host: 'localhost:8080' });
  assert.equal(crossSite.statusCode, 403);
  const logout = await s.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: c.cookie } });
  assert.equal(logout.statusCode, 403, 'logout without the token is refused too');
});

test('the seed as SPEC §4 allows: S/FRA ¶1,4,5,6,7 and no subject; S/USA everything; C/USA the U paragraphs', async () => {
  const fra = await login(s.app, 'liaison');
  const r = await fra.request('GET', '/api/cables/09STATE96222');
  assert.equal(r.statusCode, 200);
  const view = r.json() as { subject: unknown; paragraphs: { number: string }[]; header: { to: { post: string }[]; precedence: { action: string } }; tags: { tag: string; meaning: string | null }[] };
  assert.deepEqual(view.paragraphs.map((p) => p.number), ['1', '4', '5', '6', '7']);
  assert.equal(view.subject, null);
  assert.doesNotMatch(r.body, /PURSUING/i, 'no subject text anywhere');
  assert.equal(view.header.to[0]!.post, 'AMEMBASSY PARIS');
  assert.equal(view.header.precedence.action, 'IMMEDIATE');

  const usa = await login(s.app, 'analyst');
  const all = (await usa.request('GET', '/api/cables/09statE96222')).json() as { subject: { text: string } | null; paragraphs: { number: string }[] };
  assert.deepEqual(all.paragraphs.map((p) => p.number), ['1', '2', '3', '4', '5', '6', '7']);
  assert.ok(all.subject?.text);

  const c = await login(s.app, 'reader');
  const cv = (await c.request('GET', '/api/cables/09STATE96222')).json() as { paragraphs: { number: string }[]; subject: unknown };
  assert.deepEqual(cv.paragraphs.map((p) => p.number), ['1', '5', '6', '7']);
  assert.equal(cv.subject, null);
});

test('a forbidden cable and a missing cable answer the same 404', async () => {
  const fra = await login(s.app, 'liaison');
  const reader = { name: 'liaison', clearance: 'S' as const, citizenship: 'FRA', accesses: [] };
  let hidden: string | null = null;
  for (const id of ['04BOGOTA4332', '06CARACAS2367', '03ROME5149', '04MADRID4063']) {
    const stored = await s.store.getCable(id);
    if (stored && !viewForReader(stored.cable, reader)) hidden = id;
  }
  assert.ok(hidden, 'the test set holds a cable the French reader may not see');
  const forbidden = await fra.request('GET', `/api/cables/${hidden}`);
  const missing = await fra.request('GET', '/api/cables/99NOWHERE12345');
  assert.equal(forbidden.statusCode, 404);
  assert.equal(missing.statusCode, 404);
  const norm = (b: string) => b.replace(hidden!, 'ID').replace('99NOWHERE12345', 'ID');
  assert.equal(norm(forbidden.body), norm(missing.body));
  assert.equal((await fra.request('GET', `/api/cables/${hidden}/release?to=FRA`)).statusCode, 404);
});

test('search "infrared detectors": S/FRA finds the seed through ¶4 without the subject; C/USA finds nothing', async () => {
  const fra = await login(s.app, 'liaison');
  const r = (await fra.request('GET', '/api/search?q=infrared%20detectors')).json() as { total: number; hits: { id: string; subject: string | null; paragraph: string; snippet: string }[]; facets: Record<string, unknown> };
  assert.equal(r.total, 1);
  assert.equal(r.hits[0]!.id, '09STATE96222');
  assert.equal(r.hits[0]!.subject, null);
  assert.equal(r.hits[0]!.paragraph, '4');
  assert.match(r.hits[0]!.snippet, /«infrared»/);
  const c = await login(s.app, 'reader');
  const none = (await c.request('GET', '/api/search?q=infrared%20detectors')).json() as { total: number; facets: { classification: Record<string, number> } };
  assert.equal(none.total, 0);
  assert.deepEqual(none.facets.classification, {});
  const bad = await c.request('GET', '/api/search?q=%22unclosed');
  assert.equal(bad.statusCode, 400);
});

test('release: S/FRA gets ¶4 for France; nothing releasable is 404', async () => {
  const fra = await login(s.app, 'liaison');
  const r = await fra.request('GET', '/api/cables/09STATE96222/release?to=France');
  assert.equal(r.statusCode, 200);
  const rel = r.json() as { to: string; paragraphs: { number: string }[]; marking: { text: string } };
  assert.equal(rel.to, 'FRA');
  assert.deepEqual(rel.paragraphs.map((p) => p.number), ['4']);
  assert.match(rel.marking.text, /REL TO/);
  const none = await fra.request('GET', '/api/cables/09STATE96222/release?to=CHN');
  assert.equal(none.statusCode, 404);
});

test('admin routes: 403 for readers; users listed without password hashes; ingest and audit for admins', async () => {
  const c = await login(s.app, 'reader');
  assert.equal((await c.request('GET', '/api/users')).statusCode, 403);
  const a = await login(s.app, 'analyst');
  const list = await a.request('GET', '/api/users');
  assert.equal(list.statusCode, 200);
  assert.doesNotMatch(list.body, /scrypt|passwordHash/);
  assert.deepEqual((list.json() as { users: { name: string }[] }).users.map((u) => u.name).sort(), ['analyst', 'liaison', 'nodis', 'reader']);
  const added = await a.request('POST', '/api/users', { name: 'newbie', clearance: 'C', citizenship: 'GB', password: 'a-long-enough-password' });
  assert.equal(added.statusCode, 200);
  assert.equal((added.json() as { citizenship: string }).citizenship, 'GBR');
  assert.equal((await a.request('POST', '/api/users', { name: 'newbie', clearance: 'C', citizenship: 'GB', password: 'a-long-enough-password' })).statusCode, 409);
  assert.equal((await login(s.app, 'newbie', 'a-long-enough-password')).csrf.length > 10, true);
  assert.equal((await a.request('DELETE', '/api/users/newbie')).statusCode, 200);
  const v = await a.request('GET', '/api/audit/verify');
  assert.equal((v.json() as { ok: boolean }).ok, true);
  assert.ok((v.json() as { rows: number }).rows > 0, 'reads of classified text were audited');
});

test('actions: the seed action for Paris is visible to S/FRA (¶5 readable) with its due date', async () => {
  const fra = await login(s.app, 'liaison');
  const r = (await fra.request('GET', '/api/actions?asOf=2009-09-20')).json() as { actions: { cable: string; due: string; status: string; addressees: string[] }[] };
  const seed = r.actions.find((a) => a.cable === '09STATE96222');
  assert.ok(seed);
  assert.equal(seed.due, '2009-09-25');
  assert.equal(seed.status, 'open');
});

test('network: the seed diversion path FRA → CHN → IRN for S/USA; not for C/USA', async () => {
  const usa = await login(s.app, 'analyst');
  const g = (await usa.request('GET', '/api/network')).json() as { paths: { countries: string[] }[]; relations: { evidence: { cable: string; paragraph: string }[] }[] };
  assert.ok(g.paths.some((p) => p.countries.join('>') === 'FRA>CHN>IRN'));
  const c = await login(s.app, 'reader');
  const gc = (await c.request('GET', '/api/network')).json() as { paths: unknown[]; relations: { evidence: { cable: string }[] }[] };
  assert.equal(gc.paths.length, 0);
  assert.ok(gc.relations.every((r) => r.evidence.every((e) => e.cable !== '09STATE96222')));
});

test('licence and classify answer with citations', async () => {
  const c = await login(s.app, 'reader');
  const l = await c.request('GET', '/api/licence?item=6.A.2.a.3&to=CN');
  assert.equal(l.statusCode, 200);
  const d = l.json() as { licenceRequired: unknown; prohibited: boolean; citations: unknown[] };
  assert.equal(d.licenceRequired, true);
  assert.equal(d.prohibited, false);
  assert.ok(d.citations.length > 0);
  const k = await c.request('GET', '/api/classify?q=6A002.a.3');
  assert.equal(k.statusCode, 200);
});

test('a repeated search is answered from the cache and its reads are still audited', async () => {
  const fra = await login(s.app, 'liaison');
  const rows = async () => (await s.store.verifyAudit()).rows;
  const before = await rows();
  const first = await fra.request('GET', '/api/search?q=infrared%20detectors');
  const afterFirst = await rows();
  const second = await fra.request('GET', '/api/search?q=infrared%20detectors');
  const afterSecond = await rows();
  assert.equal(first.body, second.body);
  assert.ok(afterFirst > before, 'the first answer audited the classified snippet');
  assert.ok(afterSecond > afterFirst, 'the cached answer audited it too');
  const c = await login(s.app, 'reader');
  assert.equal(((await c.request('GET', '/api/search?q=infrared%20detectors')).json() as { total: number }).total, 0, 'no sharing across reader profiles');
});

test('admin ingest through the API: new, then unchanged, then readable; readers may not ingest', async () => {
  const fs = await import('node:fs');
  const { dataPath } = await import('../../src/common/paths.js');
  const file = fs.readdirSync(dataPath('sample', 'cables')).find((f) => f.startsWith('04BRASILIA'))!;
  const text = fs.readFileSync(dataPath('sample', 'cables', file), 'latin1');
  const a = await login(s.app, 'analyst');
  const r = await a.request('POST', `/api/ingest?source=${file}`, text, { 'content-type': 'text/plain' });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal((r.json() as { outcome: string }).outcome, 'new');
  const again = await a.request('POST', `/api/ingest?source=${file}`, text, { 'content-type': 'text/plain' });
  assert.equal((again.json() as { outcome: string }).outcome, 'unchanged');
  assert.equal((await a.request('GET', `/api/cables/${(r.json() as { id: string }).id}`)).statusCode, 200);
  const reader = await login(s.app, 'reader');
  assert.equal((await reader.request('POST', '/api/ingest', text, { 'content-type': 'text/plain' })).statusCode, 403, 'readers may not ingest');
});
