import type { Command } from '../command.js';
import { parseCommandArgs, printJson, readerFromArgs, readerOptions } from '../command.js';
import { createError } from '../../errors.js';
import { openStore, resolveDbLocation } from '../../store/index.js';
import { parseQuery } from '../../search/query.js';
import { formatSearchResult } from '../../search/format.js';

function positiveInt(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw createError('USAGE', `tearline search: --${name} must be an integer ≥ ${min} (got ${JSON.stringify(value)})`);
  return n;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search of the archive, as a reader may see it',
  usage: [
    'tearline search QUERY [--db PATH] [READER] [--limit N] [--page N | --offset N] [--order relevance|date] [--json]',
    '',
    'QUERY: words (all must occur in one readable portion), "a phrase", prefix*, a OR b, -excluded, ( groups ),',
    '  and filters: tag:PARM  from:Paris  to:Beijing  class:S  date:2009-01..2009-06  ref:09STATE12345  subject:word',
    'READER: --clearance U|C|S|TS --citizenship CC [--access NODIS,EXDIS,…] (default: the local operator)',
    '--json prints {total, hits: [{id, subject, snippet, score, …}], facets: {classification, origin, year, tags}}.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs('search', argv, {
      ...readerOptions,
      db: { type: 'string' },
      limit: { type: 'string' },
      page: { type: 'string' },
      offset: { type: 'string' },
      order: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length === 0) throw createError('USAGE', 'tearline search: give a QUERY');
    const text = positionals.join(' ');
    const query = parseQuery(text);
    const limit = positiveInt('limit', values.limit, 20, 1);
    if (values.page !== undefined && values.offset !== undefined) throw createError('USAGE', 'tearline search: give --page or --offset, not both');
    const offset = values.offset !== undefined ? positiveInt('offset', values.offset, 0, 0) : (positiveInt('page', values.page, 1, 1) - 1) * limit;
    const order = values.order ?? 'relevance';
    if (order !== 'relevance' && order !== 'date') throw createError('USAGE', `tearline search: --order must be relevance or date (got ${JSON.stringify(order)})`);
    const reader = readerFromArgs('search', values);
    const store = await openStore(resolveDbLocation(values.db), { mustExist: true });
    try {
      const result = await store.search(reader, query, { limit, offset, order });
      if (values.json) printJson(result);
      else process.stdout.write(formatSearchResult(result, text, offset, Boolean(process.stdout.isTTY)) + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
