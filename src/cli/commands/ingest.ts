import type { Command } from '../command.js';
import { parseCommandArgs, printJson } from '../command.js';
import { createError } from '../../errors.js';
import { openStore, resolveDbLocation, printableLocation } from '../../store/index.js';
import { ingest } from '../../store/ingest/run.js';
import { createProgressReporter, summaryText } from '../../store/ingest/progress.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'store cables (files, folders, Cablegate cables.csv) in the archive; idempotent',
  usage: [
    'tearline ingest FILE|DIR|CSV... [--db PATH] [--json] [--batch N] [--quiet]',
    '',
    '  FILE      a cable file; DIR: every *.txt (and *.csv) below it; CSV: the Cablegate cables.csv layout',
    '            (sequence, date, refid, origin, classification, references, header, body; no header row)',
    '  --db      the archive (default $TEARLINE_DB, else ./tearline.db)',
    '  --json    print the summary as JSON on stdout',
    '  --batch   cables per transaction (default 500)',
    '  --quiet   no progress on stderr',
    '',
    'Re-running is a no-op for inputs already stored; a changed text for a known id becomes a new revision.',
    'Inputs that cannot be read are reported by name and the rest is ingested; the exit status is then 2.',
    'Inputs of 16 MB or more are parsed and extracted in worker threads (one per core but one) while this',
    'thread writes; TEARLINE_INGEST_THREADS=N sets their number (0: none). The archive is the same either way.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs('ingest', argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      batch: { type: 'string' },
      quiet: { type: 'boolean' },
    });
    if (positionals.length === 0) throw createError('USAGE', 'tearline ingest: give at least one FILE, DIR or CSV');
    const batchSize = values.batch === undefined ? undefined : Number(values.batch);
    if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
      throw createError('USAGE', `tearline ingest: --batch must be a positive integer (got ${JSON.stringify(values.batch)})`);
    }
    const location = resolveDbLocation(values.db);
    const store = await openStore(location);
    const progress = values.quiet ? null : createProgressReporter();
    try {
      // TEARLINE_INGEST_TRACE=1 writes a line per committed batch on stderr (the crash-safety test kills on it)
      const trace = process.env.TEARLINE_INGEST_TRACE === '1' ? (n: number) => process.stderr.write(`batch committed: ${n} inputs\n`) : undefined;
      const summary = await ingest(store, positionals, { batchSize, onProgress: progress ? (p) => progress.update(p) : undefined, onBatch: trace });
      progress?.done();
      if (values.json) printJson({ db: printableLocation(location), ...summary });
      else process.stdout.write(summaryText(summary, printableLocation(location)) + '\n');
      if (summary.errors.length) {
        process.stderr.write(`tearline ingest: ${summary.errors.length} input(s) could not be read: ${summary.errors.slice(0, 5).map((e) => e.source).join(', ')}${summary.errors.length > 5 ? ', …' : ''}\n`);
        return 2;
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
