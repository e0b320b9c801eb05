/**
 * bench/http: search over HTTP with 50 concurrent authenticated clients (keep-alive), against the
 * same searches called in-process on the store (the baseline, same run). Prints p50/p95/p99,
 * throughput and the error count.
 *
 *   node dist/bench/http.js [--db PATH] [--seconds N] [--clients N] [--no-cache]
 * The 12 queries repeat, so with the answer cache on (the default) most answers come from it
 * (reads are still audited); --no-cache measures every request running its query.
 * Without --db a temporary archive of the bundled sample is built.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { buildApp } from '../src/api/app.js';
import { dataPath } from '../src/common/paths.js';
import { parseQuery } from '../src/search/query.js';
import { openStore } from '../src/store/index.js';
import { ingest } from '../src/store/ingest/run.js';
import { hashPassword, openUsers } from '../src/users/index.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, seconds: { type: 'string', default: '10' }, clients: { type: 'string', default: '50' }, 'no-cache': { type: 'boolean' } } });
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const queries = ['infrared detectors', 'nuclear', 'Iran sanctions', 'export control', 'embassy', 'minister', 'missile', 'government', 'tag:PARM', 'visit', 'trade', '"foreign minister"'];

function pct(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const tmp = values.db ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-bench-http-'));
  const db = values.db ?? path.join(tmp!, 'tearline.db');
  const store = await openStore(db);
  if (tmp) await ingest(store, [dataPath('sample', 'seed'), dataPath('sample', 'cables')]);
  const users = openUsers(db);
  const name = `bench-${process.pid}`;
  const password = 'bench-password-' + Math.random().toString(36).slice(2);
  await users.add({ name, clearance: 'S', citizenship: 'FRA', accesses: [], admin: false }, await hashPassword(password));
  const reader = { name, clearance: 'S' as const, citizenship: 'FRA', accesses: [] };
  try {
    // baseline: the same searches in-process (store + access predicate, no HTTP)
    const base: number[] = [];
    const baseEnd = Date.now() + Math.min(3, seconds) * 1000;
    for (let i = 0; Date.now() < baseEnd; i++) {
      const t = process.hrtime.bigint();
      await store.search(reader, parseQuery(queries[i % queries.length]!), { limit: 20, offset: 0, order: 'relevance' });
      base.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    base.sort((a, b) => a - b);

    const app = await buildApp({ store, users, db, secureCookies: false, searchCacheMs: values['no-cache'] ? 0 : undefined });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    const loginRes = await send(port, null, 'POST', '/api/session', { 'content-type': 'application/json', host: `127.0.0.1:${port}` }, JSON.stringify({ username: name, password }));
    if (loginRes.status !== 200) throw new Error(`login failed: ${loginRes.status} ${loginRes.body}`);
    const cookie = String(loginRes.headers['set-cookie']).split(';')[0]!;
    // the clients run in a worker thread, so they do not share the server's event loop
    const started = Date.now();
    const { lat, errors } = await new Promise<{ lat: number[]; errors: number }>((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { port, cookie, clients, seconds } });
      w.once('message', resolve);
      w.once('error', reject);
    });
    const elapsed = (Date.now() - started) / 1000;
    lat.sort((a, b) => a - b);
    await app.close();

    const rows = [
      ['', 'p50', 'p95', 'p99', 'requests', 'req/s'],
      [`HTTP search, ${clients} clients${values['no-cache'] ? ', no cache' : ', answer cache on'}`, ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 99)), String(lat.length), (lat.length / elapsed).toFixed(0)],
      ['in-process store.search (baseline, 1 caller)', ms(pct(base, 50)), ms(pct(base, 95)), ms(pct(base, 99)), String(base.length), ''],
    ];
    const width = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    process.stdout.write(`bench/http over ${db}${tmp ? ' (bundled sample, temporary)' : ''}, ${seconds} s, reader S/FRA\n`);
    for (const r of rows) process.stdout.write(r.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ') + '\n');
    process.stdout.write(`errors: ${errors}\n`);
    process.stdout.write(`p99 target ≤ 100 ms: ${pct(lat, 99) <= 100 ? 'met' : 'NOT met'}; HTTP p99 / in-process p99 = ${(pct(lat, 99) / pct(base, 99)).toFixed(1)}× (50 requests queue for ${os.cpus().length} core(s))\n`);
  } finally {
    await users.remove(name);
    await users.close();
    await store.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function send(port: number, agent: http.Agent | null, method: string, url: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers, ...(agent ? { agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The load: `clients` keep-alive loops for `seconds`, each timing its own requests. */
async function load(o: { port: number; cookie: string; clients: number; seconds: number }): Promise<{ lat: number[]; errors: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.clients });
  const lat: number[] = [];
  let errors = 0;
  let n = 0;
  const end = Date.now() + o.seconds * 1000;
  const client = async () => {
    while (Date.now() < end) {
      const q = queries[n++ % queries.length]!;
      const t = process.hrtime.bigint();
      try {
        const r = await send(o.port, agent, 'GET', `/api/search?q=${encodeURIComponent(q)}`, { cookie: o.cookie });
        if (r.status !== 200) errors++;
      } catch {
        errors++;
      }
      lat.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: o.clients }, client));
  agent.destroy();
  return { lat, errors };
}

if (isMainThread) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench/http: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
} else {
  void load(workerData as { port: number; cookie: string; clients: number; seconds: number }).then((r) => parentPort!.postMessage(r));
}
