import type { Command } from '../command.js';
import { parseCommandArgs } from '../command.js';
import { createError } from '../../errors.js';
import { resolveDbLocation } from '../../store/index.js';
import { parsePort, startServer } from '../../api/serve.js';
import { openUsers } from '../../users/index.js';

/** `tearline serve`: the HTTP API and web UI for an archive. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the web UI and HTTP API for an archive (log in as a user: tearline users add)',
  usage: 'tearline serve [--db PATH] [--port N] [--host ADDRESS] [--log]\n\n  listens on 127.0.0.1 (localhost) unless --host is given; port 8080 by default; OpenAPI at /api/openapi.json',
  async run(argv) {
    const { values } = parseCommandArgs('serve', argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, log: { type: 'boolean' } }, false);
    const db = resolveDbLocation(values.db);
    const port = parsePort(values.port, 'serve');
    const users = openUsers(db);
    const count = (await users.list()).length;
    await users.close();
    if (count === 0) throw createError('USAGE', `tearline serve: ${db} has no users yet: add one with tearline users add NAME --clearance C --citizenship CC --admin --db ${db}`);
    const { url } = await startServer({ db, port, host: values.host, logger: values.log });
    process.stdout.write(`Tearline is serving ${db} at ${url} (Ctrl-C stops it)\n`);
    return new Promise<number>(() => {});
  },
};
