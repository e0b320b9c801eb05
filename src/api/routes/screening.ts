/**
 * Screening: POST /api/screen (one name, the shape of `screen --json`) and POST /api/screen/batch
 * (a CSV upload → the CSV of `screen --batch`). Parties reported in cables the reader may read
 * are screened too (list `cables`), from the reader's network graph.
 */
import type { FastifyInstance } from 'fastify';
import { toAlpha3 } from '../../common/countries.js';
import { createError } from '../../errors.js';
import { csvLine } from '../../common/csv.js';
import type { NetworkGraph } from '../../network/types.js';
import type { Screener, ScreenQuery, ScreenResult } from '../../screening/screener.js';
import type { GraphCache } from '../present/graph.js';
import { presented } from '../presented.js';
import { openObject, responses } from '../schemas.js';

type ScreeningModules = {
  screener: typeof import('../../screening/screener.js');
  batch: typeof import('../../screening/batch.js');
  sources: typeof import('../../screening/sources.js');
  parties: typeof import('../../screening/cableParties.js');
  vocabulary: ReturnType<typeof import('../../screening/load.js').sharedVocabulary>;
};

/** The official lists, loaded once on first use (the bundled snapshots). */
function listScreener(): () => Promise<{ lists: Screener; m: ScreeningModules }> {
  let loaded: Promise<{ lists: Screener; m: ScreeningModules }> | null = null;
  return () =>
    (loaded ??= (async () => {
      const { loadLists, sharedVocabulary } = await import('../../screening/load.js');
      const catalog = loadLists();
      const m: ScreeningModules = {
        screener: await import('../../screening/screener.js'),
        batch: await import('../../screening/batch.js'),
        sources: await import('../../screening/sources.js'),
        parties: await import('../../screening/cableParties.js'),
        vocabulary: sharedVocabulary(catalog),
      };
      return { lists: m.screener.createScreener(catalog.snapshots.map(m.sources.listSource), { vocabulary: m.vocabulary }), m };
    })());
}

const cableScreeners = new WeakMap<NetworkGraph, Screener>();

function cableScreener(graph: NetworkGraph, m: ScreeningModules, threshold: number): Screener {
  let s = cableScreeners.get(graph);
  if (!s) {
    s = m.screener.createScreener([m.sources.cableSource(m.parties.cablePartiesFromGraph(graph))], { threshold, vocabulary: m.vocabulary });
    cableScreeners.set(graph, s);
  }
  return s;
}

/** Screen against the lists and the reader's cable parties; best first. */
function screenAll(screeners: Screener[], m: ScreeningModules, query: ScreenQuery, limit: number): ScreenResult {
  const matches = screeners.flatMap((s) => (query.lists?.length && !query.lists.some((l) => s.sources.some((x) => x.slug === l)) ? [] : m.screener.screenName(s, query, { limit }).matches));
  matches.sort((a, b) => b.score - a.score);
  return { query: query.name, matches: matches.slice(0, limit) };
}

export function screeningRoutes(app: FastifyInstance, graphs: GraphCache): void {
  const load = listScreener();
  const screenersFor = async (request: { reader: Parameters<GraphCache['graphFor']>[0] }) => {
    const { lists, m } = await load();
    return { m, lists, all: [lists, cableScreener(await graphs.graphFor(request.reader), m, lists.threshold)] };
  };

  app.post<{ Body: { name: string; country?: string; type?: 'person' | 'entity'; limit?: number } }>('/api/screen', {
    config: { access: 'user', tag: 'screening' },
    schema: {
      summary: 'Screen one name against the official lists and the parties of cables the reader may read; every hit explained',
      body: {
        type: 'object',
        properties: { name: { type: 'string', minLength: 1, maxLength: 300 }, country: { type: 'string', maxLength: 64 }, type: { type: 'string', enum: ['person', 'entity'] }, limit: { type: 'integer', minimum: 1, maximum: 50 } },
        required: ['name'],
        additionalProperties: false,
      },
      response: responses({ type: 'object', properties: { query: { type: 'string' }, matches: { type: 'array', items: openObject }, threshold: { type: 'number' }, lists: { type: 'array', items: openObject } } }, [400, 401, 403]),
    },
  }, async (request) => {
    const { name, type, limit } = request.body;
    const country = request.body.country ? toAlpha3(request.body.country) : undefined;
    if (country === null) throw createError('BAD_INPUT', `unknown country: ${JSON.stringify(request.body.country)}`);
    const { m, lists, all } = await screenersFor(request);
    const result = screenAll(all, m, { name, country, type }, limit ?? 10);
    return presented({ ...result, threshold: lists.threshold, lists: all.flatMap((s) => s.sources.map((x) => ({ list: x.slug, date: x.date, records: x.records }))) });
  });

  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 8 << 20 }, (_request, body, done) => done(null, body));

  app.post<{ Body: string }>('/api/screen/batch', {
    config: { access: 'user', tag: 'screening' },
    bodyLimit: 8 << 20,
    schema: {
      summary: 'Screen a CSV (columns name, optional country and list); answers the CSV with verdict, match_list, match_id, match_name, score appended',
      consumes: ['text/csv'],
      produces: ['text/csv'],
      response: { 200: { type: 'string' }, 400: openObject },
    } as object,
  }, async (request, reply) => {
    if (typeof request.body !== 'string') throw createError('BAD_INPUT', 'send the CSV as the request body with Content-Type: text/csv');
    const { m, all } = await screenersFor(request);
    const known = new Set(all.flatMap((s) => s.sources.map((x) => x.slug)));
    const input = m.batch.parseBatch(request.body, 'the uploaded CSV', known);
    const width = input.header.length;
    const out = [csvLine([...input.header, ...m.batch.batchColumns])];
    for (const row of input.rows) out.push(m.batch.batchLine(row, screenAll(all, m, { name: row.name, country: row.country, lists: row.list ? [row.list] : undefined }, 1), width));
    reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="screening-results.csv"');
    return out.join('');
  });
}
