/**
 * Start the server for an archive: open the store and its users, build the app, listen on
 * localhost, close cleanly on SIGINT/SIGTERM.
 */
import type { FastifyInstance } from 'fastify';
import { openStore } from '../store/index.js';
import { openUsers } from '../users/index.js';
import { createError } from '../errors.js';
import { buildApp } from './app.js';

export interface ServeOptions {
  db: string;
  port: number;
  /** default 127.0.0.1 (localhost only) */
  host?: string;
  logger?: boolean;
}

/** Listen; resolves with the app and its URL once the port is open. */
export async function startServer(options: ServeOptions): Promise<{ app: FastifyInstance; url: string }> {
  const store = await openStore(options.db, { mustExist: true });
  const users = openUsers(options.db);
  const app = await buildApp({ store, users, db: options.db }, { logger: options.logger });
  app.addHook('onClose', async () => {
    await users.close();
    await store.close();
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port, host });
  } catch (e) {
    await app.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw createError('USAGE', `port ${options.port} is in use: give another with --port N`);
    throw e;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
  const shown = host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' ? 'localhost' : host;
  return { app, url: `http://${shown}:${options.port}/` };
}

/** A port number from --port (default 8080). */
export function parsePort(value: string | undefined, command: string): number {
  if (value === undefined) return Number(process.env.PORT ?? 8080);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw createError('USAGE', `tearline ${command}: --port must be a whole number from 1 to 65535 (got ${JSON.stringify(value)})`);
  return n;
}
