import type { Command } from '../command.js';
import { parseCommandArgs, printJson } from '../command.js';
import { createError } from '../../errors.js';
import { openStore, resolveDbLocation } from '../../store/index.js';

export const auditCommand: Command = {
  name: 'audit',
  summary: 'check the hash-chained log of reads of classified text',
  usage: [
    'tearline audit verify [--db PATH] [--json]',
    '',
    'Recomputes the chain: any edited or deleted row is reported (exit 1). The head hash printed at the end',
    'can be recorded elsewhere to detect a truncated tail later.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs('audit', argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals[0] !== 'verify' || positionals.length !== 1) throw createError('USAGE', 'tearline audit: the only subcommand is `verify` (tearline audit verify [--db PATH])');
    const location = resolveDbLocation(values.db);
    const store = await openStore(location, { mustExist: true });
    try {
      const v = await store.verifyAudit();
      if (values.json) printJson(v);
      else {
        const lines = [`${location}: audit log of ${v.rows} rows ${v.ok ? 'verified: the chain is intact' : `is BROKEN: ${v.problems.length} problem(s)`}`];
        for (const p of v.problems.slice(0, 50)) lines.push(`  row ${p.seq}: ${p.problem}`);
        if (v.head) lines.push(`head ${v.head}`);
        process.stdout.write(lines.join('\n') + '\n');
      }
      return v.ok ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
