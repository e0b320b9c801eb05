/**
 * A test server over a temporary archive holding bundled sample cables, with the three demo
 * readers (and a NODIS holder) under known test passwords.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import type { ApiDeps } from '../../src/api/types.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ingest } from '../../src/store/ingest/run.js';
import { hashPassword, openUsers } from '../../src/users/index.js';
import { demoReaders } from '../../src/users/demo.js';
import { dataPath } from '../../src/common/paths.js';

export const testPassword = 'test-password-123';

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  db: string;
  dir: string;
  close(): Promise<void>;
}

/** Archive the sample (`all`: every sample cable; else the seed and a few) and build the app. */
export async function testServer(options: { all?: boolean; deps?: Partial<ApiDeps> } = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-api-'));
  const db = path.join(dir, 'tearline.db');
  const store = await openStore(db);
  const inputs = options.all
    ? [dataPath('sample', 'seed'), dataPath('sample', 'cables')]
    : [dataPath('sample', 'seed'), ...['04MADRID4063.txt', '03ROME5149.txt', '04BOGOTA4332.txt', '06CARACAS2367.txt'].map((f) => dataPath('sample', 'cables', f))];
  await ingest(store, inputs);
  const users = openUsers(db);
  const hash = await hashPassword(testPassword);
  for (const { role, ...u } of demoReaders) {
    void role;
    await users.add(u, hash);
  }
  await users.add({ name: 'nodis', clearance: 'TS', citizenship: 'USA', accesses: ['NODIS'], admin: false }, hash);
  const app = await buildApp({ store, users, db, secureCookies: false, ...options.deps });
  return {
    app,
    store,
    db,
    dir,
    async close() {
      await app.close();
      await users.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Client {
  cookie: string;
  csrf: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

/** Log in as `name` and return a client that sends the cookie (and the CSRF token on writes). */
export async function login(app: FastifyInstance, name: string, password = testPassword): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username: name, password } });
  if (res.statusCode !== 200) throw new Error(`login ${name}: ${res.statusCode} ${res.body}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  const csrf = (res.json() as { csrf: string }).csrf;
  return {
    cookie,
    csrf,
    request(method, url, body, headers = {}) {
      const write = method !== 'GET';
      return app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, ...(write ? { 'x-csrf-token': csrf } : {}), ...headers },
        ...(body === undefined ? {} : typeof body === 'string' ? { payload: body } : { payload: body as object }),
      });
    },
  };
}
