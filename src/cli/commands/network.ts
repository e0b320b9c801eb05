import type { Command } from '../command.js';
import { parseCommandArgs, printJson, readerFromArgs, readerOptions } from '../command.js';
import { cableFiles, readInput } from '../files.js';
import { createError } from '../../errors.js';
import { buildGraph } from '../../network/graph.js';
import { filterGraph, findEntities, neighbours, shortestPath, type GraphFilter } from '../../network/query.js';
import { diversionPaths } from '../../network/diversion.js';
import { graphJson, pathsJson, relationJson } from '../../network/json.js';
import { recordsFromArchive, recordsFromFiles } from '../../network/sources.js';
import { toFtm } from '../../network/export/ftm.js';
import { toGraphml } from '../../network/export/graphml.js';
import type { NetworkGraph } from '../../network/types.js';

const usage = `tearline network [SOURCE...] [--db PATH] [READER] [--entity X] [--country CC] [--item X] [--control ENTRY]
                 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--neighbours X [--depth N]] [--between A --and B]
                 [--paths [--all-paths]] [--json | --format json|ftm|graphml]
  SOURCE: cable files or folders (parsed here); without SOURCE the archive (--db, default ./tearline.db) is read.
  READER: --clearance U|C|S|TS --citizenship CC [--access NODIS,...]; an entity or edge is shown only when a
          paragraph it rests on is readable by the reader.
  --format ftm: FollowTheMoney entities, one per line; --format graphml: GraphML. No contact details are exported.`;

const options = {
  ...readerOptions,
  db: { type: 'string' },
  entity: { type: 'string' },
  country: { type: 'string' },
  item: { type: 'string' },
  control: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  neighbours: { type: 'string' },
  neighbors: { type: 'string' },
  depth: { type: 'string' },
  between: { type: 'string' },
  and: { type: 'string' },
  paths: { type: 'boolean' },
  'all-paths': { type: 'boolean' },
  json: { type: 'boolean' },
  format: { type: 'string' },
} as const;

function date(flag: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw createError('USAGE', `tearline network: ${flag} must be a date YYYY-MM-DD (got ${JSON.stringify(v)})`);
  return v;
}

function oneEntity(graph: NetworkGraph, query: string, flag: string): string {
  const hits = findEntities(graph, query);
  if (!hits.length) throw createError('NOT_FOUND', `tearline network: ${flag}: no entity matches ${JSON.stringify(query)} among those the reader may see`);
  return hits.sort((a, b) => b.mentions.length - a.mentions.length)[0]!.id;
}

function textOut(graph: NetworkGraph): string {
  const lines: string[] = [];
  for (const e of graph.entities.values()) lines.push(`${e.kind.padEnd(13)} ${e.id}  ${e.name}${e.country ? ` (${e.country})` : ''}`);
  for (const r of graph.relations) lines.push(`${r.from} -${r.kind}-> ${r.to}${r.item ? ` [${r.item}]` : ''}  ${r.evidence.map((e) => `${e.cable} ¶${e.paragraph}`).join(', ')}`);
  return lines.join('\n');
}

export const networkCommand: Command = {
  name: 'network',
  summary: 'the proliferation network (parties, items, control entries, relations, diversion paths) as the reader may see it',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('network', argv, options);
    if (values.format !== undefined && !['json', 'ftm', 'graphml'].includes(values.format)) throw createError('USAGE', `tearline network: --format must be json, ftm or graphml (got ${JSON.stringify(values.format)})`);
    const reader = readerFromArgs('network', values);
    const filter: GraphFilter = { entity: values.entity, country: values.country, item: values.item, control: values.control, from: date('--from', values.from), to: date('--to', values.to) };
    if (filter.from && filter.to && filter.from > filter.to) throw createError('USAGE', `tearline network: --from ${filter.from} is after --to ${filter.to}`);
    if ((values.between === undefined) !== (values.and === undefined)) throw createError('USAGE', `tearline network: --between and --and go together\nusage: ${usage}`);
    const depth = values.depth === undefined ? 1 : Number(values.depth);
    if (!Number.isInteger(depth) || depth < 1 || depth > 6) throw createError('USAGE', `tearline network: --depth must be a whole number from 1 to 6 (got ${JSON.stringify(values.depth)})`);
    let records;
    if (positionals.length) {
      const files: Array<{ path: string; bytes: Uint8Array }> = [];
      for (const f of cableFiles('network', positionals)) files.push({ path: f, bytes: readInput(f) });
      records = recordsFromFiles(files, reader);
    } else {
      records = await recordsFromArchive(values.db ?? process.env.TEARLINE_DB ?? 'tearline.db', reader, { dates: Boolean(filter.from || filter.to) });
    }
    let graph = filterGraph(buildGraph(records), filter);
    const around = values.neighbours ?? values.neighbors;
    if (around !== undefined) graph = neighbours(graph, oneEntity(graph, around, '--neighbours'), depth);
    const out: Record<string, unknown> = graphJson(graph);
    if (values.between !== undefined && values.and !== undefined) {
      const path = shortestPath(graph, oneEntity(graph, values.between, '--between'), oneEntity(graph, values.and, '--and'));
      out['path'] = path ? path.map(relationJson) : null;
    }
    if (values.paths) out['paths'] = pathsJson(diversionPaths(graph, { includeUncontrolled: values['all-paths'] === true }));
    const format = values.format ?? (values.json ? 'json' : 'text');
    if (format === 'ftm') for (const e of toFtm(graph)) printJson(e);
    else if (format === 'graphml') process.stdout.write(toGraphml(graph));
    else if (format === 'json') printJson(out);
    else {
      process.stdout.write(textOut(graph) + '\n');
      if (out['paths']) for (const p of out['paths'] as Array<{ countries: string[]; steps: Array<{ from: string; to: string }> }>) process.stdout.write(`path ${p.countries.join(' → ')}: ${p.steps.map((s) => `${s.from} → ${s.to}`).join(', ')}\n`);
    }
    return 0;
  },
};
