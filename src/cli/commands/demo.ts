import type { Command } from '../command.js';
import { parseCommandArgs } from '../command.js';
import { dataPath } from '../../common/paths.js';
import { openStore, resolveDbLocation } from '../../store/index.js';
import { ingest } from '../../store/ingest/run.js';
import { openUsers } from '../../users/index.js';
import { ensureDemoReaders } from '../../users/demo.js';
import { parsePort, startServer } from '../../api/serve.js';

/** `tearline demo` (what `npm start` runs): the bundled sample, the demo readers, the server. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest the bundled sample, create the demo readers (passwords printed once) and serve the web UI',
  usage: 'tearline demo [--db PATH] [--port N]\n\n  --db defaults to ./tearline.db; re-running keeps the archive and the readers (their passwords are not shown again:\n  tearline users passwd NAME sets a new one)',
  async run(argv) {
    const { values } = parseCommandArgs('demo', argv, { db: { type: 'string' }, port: { type: 'string' } }, false);
    const db = resolveDbLocation(values.db);
    const port = parsePort(values.port, 'demo');
    const store = await openStore(db);
    try {
      // earlier published versions first, so the current text of each cable is its latest version
      const s = await ingest(store, [dataPath('sample', 'revisions'), dataPath('sample', 'seed'), dataPath('sample', 'cables')]);
      process.stdout.write(`archive ${db}: ${s.cables} sample cables read (${s.new} new, ${s.revised} revised, ${s.unchanged} unchanged)\n`);
    } finally {
      await store.close();
    }
    const users = openUsers(db);
    let readers;
    try {
      readers = await ensureDemoReaders(users);
    } finally {
      await users.close();
    }
    const { url } = await startServer({ db, port });
    const lines = ['', `Tearline is running at ${url}`, '', 'Demo readers:'];
    for (const r of readers) lines.push(`  ${r.name.padEnd(8)} ${r.role.padEnd(38)} ${r.password ? `password: ${r.password}` : 'exists (password shown on first run)'}`);
    if (readers.some((r) => r.password)) lines.push('', 'These passwords are shown only this once. Forgot one? tearline users passwd NAME');
    else lines.push('', 'Forgot a password? tearline users passwd NAME' + (values.db ? ` --db ${db}` : ''));
    lines.push('Ctrl-C stops the server.', '');
    process.stdout.write(lines.join('\n'));
    return new Promise<number>(() => {});
  },
};
