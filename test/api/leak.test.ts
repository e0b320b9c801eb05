/**
 * No route returns text the reader may not read: every API route is walked as foreign and
 * lower-cleared readers over the whole bundled sample, and no response may hold a phrase from a
 * portion that src/access withholds from that reader (and that no readable portion also holds).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { effectiveLabels, canRead } from '../../src/access/index.js';
import type { Reader } from '../../src/access/reader.js';
import { login, testServer, type Client, type TestServer } from './helpers.js';

let s: TestServer;
let ids: string[];
before(async () => {
  s = await testServer({ all: true });
  const db = new Database(s.db, { readonly: true });
  ids = (db.prepare('SELECT id FROM cables ORDER BY id').pluck().all() as string[]);
  db.close();
});
after(async () => {
  await s.close();
});

const norm = (t: string) => t.replace(/[«»…]/g, ' ').replace(/\s+/g, ' ').trim();

/** All strings of a JSON body (or the text body), whitespace-normalised. */
function bodyText(body: string): string {
  try {
    const out: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') out.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(body));
    return norm(out.join(' \u0000 '));
  } catch {
    return norm(body);
  }
}

/** Phrases (6 words) of withheld portions that occur in no portion the reader may read. */
async function needles(reader: Reader): Promise<{ phrases: string[]; withheld: number }> {
  const readable: string[] = [];
  const hidden: string[] = [];
  for (const id of ids) {
    const { cable } = (await s.store.getCable(id))!;
    const labels = effectiveLabels(cable);
    if (cable.subject && labels.subject) (canRead(reader, labels.subject) ? readable : hidden).push(cable.subject.text);
    cable.paragraphs.forEach((p, i) => (canRead(reader, labels.paragraphs[i]!) ? readable : hidden).push(p.text));
  }
  const seen = norm(readable.join(' \u0000 '));
  const phrases = new Set<string>();
  for (const text of hidden) {
    const words = norm(text).split(' ');
    if (words.length < 6) continue;
    for (const at of [0, Math.floor((words.length - 6) / 2), words.length - 6]) {
      const p = words.slice(at, at + 6).join(' ');
      if (p.length >= 25 && !seen.includes(p)) phrases.add(p);
    }
  }
  return { phrases: [...phrases], withheld: hidden.length };
}

async function walk(c: Client, names: string[]): Promise<{ url: string; body: string }[]> {
  const out: { url: string; body: string }[] = [];
  const get = async (url: string) => out.push({ url, body: (await c.request('GET', url)).body });
  for (const id of ids) {
    await get(`/api/cables/${id}`);
    await get(`/api/cables/${id}/release?to=FRA&unclassified=true`);
  }
  for (const q of ['infrared detectors', 'nuclear', 'Iran', 'export', 'embassy', 'government', 'minister', 'sanctions', 'the']) {
    for (const page of [1, 2, 3]) await get(`/api/search?q=${encodeURIComponent(q)}&limit=100&page=${page}`);
  }
  await get('/api/search?q=the&order=date&limit=100');
  await get('/api/network?allPaths=true');
  await get('/api/actions?asOf=2011-12-31');
  for (const name of names) out.push({ url: `POST /api/screen ${name}`, body: (await c.request('POST', '/api/screen', { name, limit: 50 })).body });
  return out;
}

const readers: Record<string, Reader> = {
  liaison: { name: 'liaison', clearance: 'S', citizenship: 'FRA', accesses: [] },
  reader: { name: 'reader', clearance: 'C', citizenship: 'USA', accesses: [] },
};

for (const [name, reader] of Object.entries(readers)) {
  test(`every route as ${name} (${reader.clearance}/${reader.citizenship}) over the sample: no withheld text`, async () => {
    const { phrases, withheld } = await needles(reader);
    assert.ok(withheld > 50 && phrases.length > 100, `the sample withholds enough from ${name} to test (${withheld} portions, ${phrases.length} phrases)`);
    // names of parties the analyst sees (some only in paragraphs withheld from this reader)
    const analyst = await login(s.app, 'analyst');
    const g = (await analyst.request('GET', '/api/network')).json() as { entities: { kind: string; name: string }[] };
    const names = g.entities.filter((e) => e.kind === 'organization').map((e) => e.name).slice(0, 25);
    const c = await login(s.app, name);
    const responses = await walk(c, names);
    let checked = 0;
    for (const r of responses) {
      const text = bodyText(r.body);
      checked += text.length;
      for (const p of phrases) assert.ok(!text.includes(p), `${r.url} leaks withheld text: "${p}"`);
    }
    assert.ok(checked > 100_000, `walked ${responses.length} responses (${checked} characters)`);
  });
}
