import fs from 'node:fs';
import type { Command } from '../command.js';
import { parseCommandArgs, printJson, readerFromArgs, readerOptions } from '../command.js';
import { cableFiles } from '../files.js';
import { parseCable, type Cable } from '../../cable/index.js';
import { createError } from '../../errors.js';
import { actionsFromCables, type ActionQuery } from '../../actions/fromCables.js';
import { actionsFromArchive, openActionArchive, setActionArchive } from '../../actions/archive.js';
import { openStoreActionArchive } from '../../actions/storeArchive.js';
import { isIsoDate } from '../../actions/isoDate.js';
import { renderActionsText } from '../../actions/renderText.js';
import type { TrackedAction } from '../../actions/status.js';

const usage = `tearline actions [FILE|DIR... | --db PATH] [READER] [--as-of YYYY-MM-DD] [--post NAME] [--each] [--snapshot] [--json]
  FILE|DIR: cable files or folders (parsed here); without them the archive (--db, default ./tearline.db) is read.
  READER: --clearance U|C|S|TS --citizenship CC [--access NODIS,...]; a request shows when its paragraph is readable.
  --as-of: the date due dates are compared with (default today); --snapshot also ignores replies dated later.
  --post: only actions for that post (AMEMBASSY PARIS, Embassy Paris, Paris).
  --each: one row per request (as annotated) instead of one per tasking (a cable's requests for the same posts).`;

setActionArchive(openStoreActionArchive);

/** SPEC §5 element: the contract fields first, then the extras. */
function actionJson(a: TrackedAction): Record<string, unknown> {
  return {
    cable: a.cable, addressees: a.addressees, request: a.request, deadlineText: a.deadlineText, received: a.received, due: a.due,
    status: a.status, replies: a.replies, answeredBeforeDue: a.answeredBeforeDue, pending: a.pending, replyDetails: a.replyDetails,
    paragraphs: a.paragraphs, requests: a.requests,
  };
}

function readCables(paths: string[]): Cable[] {
  const cables: Cable[] = [];
  for (const file of cableFiles('actions', paths)) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      throw createError('BAD_INPUT', `tearline actions: cannot read ${file}: ${(e as Error).message}`);
    }
    cables.push(parseCable(bytes, { source: file }));
  }
  return cables;
}

/** `tearline actions`: taskings, deadlines and replies (SPEC §5), from the archive or from cable files. */
export const actionsCommand: Command = {
  name: 'actions',
  summary: 'action requests with due dates (business days), replies and status as of a date; from --db or cable files',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('actions', argv, {
      ...readerOptions,
      db: { type: 'string' },
      'as-of': { type: 'string' },
      post: { type: 'string' },
      each: { type: 'boolean', default: false },
      snapshot: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
    if (!isIsoDate(asOf)) throw createError('USAGE', `tearline actions: --as-of must be a date YYYY-MM-DD (got ${JSON.stringify(values['as-of'])})`);
    if (values.db !== undefined && positionals.length) throw createError('USAGE', 'tearline actions: give either --db PATH or cable files/folders, not both');
    const reader = readerFromArgs('actions', values);
    const query: ActionQuery = { reader, asOf, post: values.post, each: values.each, snapshot: values.snapshot };
    let actions: TrackedAction[];
    if (positionals.length) {
      actions = actionsFromCables(readCables(positionals), query);
    } else {
      const db = values.db ?? './tearline.db';
      if (!db.startsWith('postgres') && !fs.existsSync(db)) throw createError('NOT_FOUND', `tearline actions: no archive at ${db} (ingest cables first, or give cable files or folders)`);
      const archive = await openActionArchive(db);
      if (!archive) throw createError('BAD_INPUT', `tearline actions: cannot read actions from ${db} in this build; give cable files or folders instead`);
      try {
        actions = await actionsFromArchive(archive, query);
      } finally {
        await archive.close?.();
      }
    }
    if (values.json) printJson(actions.map(actionJson));
    else process.stdout.write(renderActionsText(actions, asOf));
    return 0;
  },
};
