import fs from 'node:fs';
import type { Command } from '../command.js';
import { parseCommandArgs, printJson, readerFromArgs } from '../command.js';
import { createError } from '../../errors.js';
import { toAlpha3 } from '../../common/countries.js';

const usage = `tearline screen --name NAME [--country CC] [--type person|entity] [--dob YYYY[-MM-DD]] [--list SLUG[,SLUG]] [--lists DIR] [--limit N] [--json]
       tearline screen --batch FILE.csv [--lists DIR] [--json]
  --lists DIR   lists laid out <list>/<YYYY-MM-DD>/<files> (newest complete folder of each list); default: the bundled snapshot
  --db PATH [READER]   also screen the parties the archive's cables report (list "cables"), with cable and paragraph
                citations, limited to what READER (--clearance, --citizenship, --access) may read
  A match at or above the alert threshold (0.8) is a hit; every hit names its list date and explains itself.`;

const options = {
  name: { type: 'string' },
  country: { type: 'string' },
  type: { type: 'string' },
  dob: { type: 'string' },
  list: { type: 'string' },
  lists: { type: 'string' },
  limit: { type: 'string' },
  batch: { type: 'string' },
  db: { type: 'string' },
  json: { type: 'boolean' },
  clearance: { type: 'string' },
  citizenship: { type: 'string' },
  access: { type: 'string' },
  user: { type: 'string' },
} as const;

function partyType(v: string | undefined): 'person' | 'entity' | undefined {
  if (v === undefined) return undefined;
  const s = v.toLowerCase();
  if (s === 'person' || s === 'individual') return 'person';
  if (s === 'entity' || s === 'organization' || s === 'organisation' || s === 'company') return 'entity';
  throw createError('USAGE', `tearline screen: --type must be person or entity (got ${JSON.stringify(v)})`);
}

export const screenCommand: Command = {
  name: 'screen',
  summary: 'screen a name (or a CSV of names) against the official lists; every hit explained, with its list date',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs('screen', argv, options, false);
    if ((values.name === undefined) === (values.batch === undefined)) {
      throw createError('USAGE', `tearline screen: give --name NAME or --batch FILE.csv\nusage: ${usage}`);
    }
    const country = values.country === undefined ? undefined : toAlpha3(values.country);
    if (country === null) throw createError('USAGE', `tearline screen: unknown country in --country: ${JSON.stringify(values.country)}`);
    const type = partyType(values.type);
    if (values.dob !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.dob)) {
      throw createError('USAGE', `tearline screen: --dob must be YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(values.dob)})`);
    }
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw createError('USAGE', `tearline screen: --limit must be a positive integer`);
    if (values.batch !== undefined && !fs.existsSync(values.batch)) {
      throw createError('BAD_INPUT', `tearline screen: ${values.batch}: no such file`);
    }
    const { loadLists, sharedVocabulary } = await import('../../screening/load.js');
    const { listSource } = await import('../../screening/sources.js');
    const { createScreener, screenName } = await import('../../screening/screener.js');
    const catalog = loadLists(values.lists);
    const sources = catalog.snapshots.map(listSource);
    if (values.db !== undefined) {
      // parties the cables report, as the reader may see them (the store returns only readable rows)
      const reader = readerFromArgs('screen', values);
      const { recordsFromArchive } = await import('../../network/sources.js');
      const { buildGraph } = await import('../../network/graph.js');
      const { cablePartiesFromGraph } = await import('../../screening/cableParties.js');
      const { cableSource } = await import('../../screening/sources.js');
      sources.push(cableSource(cablePartiesFromGraph(buildGraph(await recordsFromArchive(values.db, reader)))));
    }
    const screener = createScreener(sources, { vocabulary: sharedVocabulary(catalog) });
    const known = new Set(screener.sources.map((s) => s.slug));
    const lists = values.list?.split(',').map((s) => s.trim()).filter(Boolean);
    for (const l of lists ?? []) {
      if (!known.has(l)) throw createError('USAGE', `tearline screen: unknown list ${JSON.stringify(l)} in --list (loaded: ${[...known].join(', ')})`);
    }
    if (values.batch !== undefined) {
      const { runBatch } = await import('../../screening/batchRun.js');
      runBatch(screener, values.batch, { json: values.json === true });
      return 0;
    }
    const result = screenName(screener, { name: values.name!, country, type, dob: values.dob, lists }, { limit });
    if (values.json) {
      printJson({ ...result, threshold: screener.threshold, lists: screener.sources.map((s) => ({ list: s.slug, date: s.date })) });
      return 0;
    }
    if (result.matches.length === 0) {
      process.stdout.write(`no hit for ${JSON.stringify(result.query)} at threshold ${screener.threshold} (${screener.sources.map((s) => `${s.slug} ${s.date}`).join(', ')})\n`);
      return 0;
    }
    for (const m of result.matches) {
      process.stdout.write(`${m.score.toFixed(3)}  ${m.id}  ${m.name}${m.matched !== m.name ? `  (matched: ${m.matched})` : ''}\n      ${m.explanation.summary}\n`);
    }
    return 0;
  },
};
