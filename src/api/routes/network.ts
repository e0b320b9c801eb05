/**
 * GET /api/network: entities and relations the reader may see (an edge shows when one of its
 * evidence paragraphs is readable), with filters and diversion paths (the shape of `network --json`).
 */
import type { FastifyInstance } from 'fastify';
import { createError } from '../../errors.js';
import { filterGraph, findEntities, neighbours, type GraphFilter } from '../../network/query.js';
import { diversionPaths } from '../../network/diversion.js';
import { graphJson, pathsJson } from '../../network/json.js';
import type { GraphCache } from '../present/graph.js';
import { presented } from '../presented.js';
import { openObject, responses } from '../schemas.js';

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** The graph filter of src/network plus the neighbourhood and path options of the route. */
type NetworkQuery = GraphFilter & { around?: string; depth: number; allPaths?: boolean };

export function networkRoutes(app: FastifyInstance, graphs: GraphCache): void {
  app.get<{ Querystring: NetworkQuery }>('/api/network', {
    config: { access: 'user', tag: 'network' },
    schema: {
      summary: 'The proliferation network the reader may see, with diversion paths; each edge cites its paragraphs',
      querystring: {
        type: 'object',
        properties: {
          entity: { type: 'string', maxLength: 200 },
          country: { type: 'string', maxLength: 64 },
          item: { type: 'string', maxLength: 200 },
          control: { type: 'string', maxLength: 64 },
          from: date,
          to: date,
          around: { type: 'string', maxLength: 200 },
          depth: { type: 'integer', minimum: 1, maximum: 6, default: 1 },
          allPaths: { type: 'boolean' },
        },
      },
      response: responses({ type: 'object', properties: { entities: { type: 'array', items: openObject }, relations: { type: 'array', items: openObject }, paths: { type: 'array', items: openObject } } }, [400, 401]),
    },
  }, async (request) => {
    const q = request.query;
    let graph = filterGraph(await graphs.graphFor(request.reader), { entity: q.entity, country: q.country, item: q.item, control: q.control, from: q.from, to: q.to });
    if (q.around) {
      const hit = findEntities(graph, q.around).sort((a, b) => b.mentions.length - a.mentions.length)[0];
      if (!hit) throw createError('NOT_FOUND', `no entity you may see matches ${JSON.stringify(q.around)}`);
      graph = neighbours(graph, hit.id, q.depth);
    }
    return presented({ ...graphJson(graph), paths: pathsJson(diversionPaths(graph, { includeUncontrolled: q.allPaths === true })) });
  });
}
