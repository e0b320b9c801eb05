import path from 'node:path';
import type { Command } from '../command.js';
import { parseCommandArgs, printJson } from '../command.js';

const usage = 'tearline lists [--lists DIR] [--json] [--save FILE.json.gz]';

export const listsCommand: Command = {
  name: 'lists',
  summary: 'show the screening lists loaded (list dates, records, names); --save writes a compact bundle',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs('lists', argv, { lists: { type: 'string' }, json: { type: 'boolean' }, save: { type: 'string' } }, false);
    const { loadLists } = await import('../../screening/load.js');
    const { summariseCatalog } = await import('../../screening/summary.js');
    const catalog = loadLists(values.lists);
    if (values.save !== undefined) {
      const { writeBundle } = await import('../../screening/bundle.js');
      // origins relative to the lists folder's parent (`lists/us-csl/2023-11-30`), not this machine's paths
      const base = values.lists === undefined ? '' : path.dirname(path.resolve(values.lists));
      writeBundle(values.save, catalog.snapshots.map((s) => (base && path.isAbsolute(s.origin) ? { ...s, origin: path.relative(base, s.origin) } : s)));
      process.stderr.write(`tearline lists: wrote ${catalog.snapshots.length} lists to ${values.save}\n`);
    }
    const summary = summariseCatalog(catalog);
    if (values.json) {
      printJson(summary);
      return 0;
    }
    for (const l of summary.lists) {
      process.stdout.write(
        `${l.list.padEnd(12)} ${l.date}  ${String(l.records).padStart(6)} records  ${String(l.names).padStart(6)} names (${l.strongAliases} strong, ${l.weakAliases} weak aliases, ${l.scriptNames} original-script)  ${l.origin}\n`,
      );
    }
    for (const s of summary.skipped) process.stdout.write(`skipped ${s.folder}: missing ${s.missing.join(', ')}\n`);
    return 0;
  },
};
