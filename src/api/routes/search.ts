/**
 * GET /api/search?q=…: the shape of `search --json`; hits, snippets and facets count only what
 * the reader may read (the store decides inside its query, through src/access).
 */
import type { FastifyInstance } from 'fastify';
import { parseQuery } from '../../search/query.js';
import { presented } from '../presented.js';
import { responses } from '../schemas.js';
import type { SearchCache } from '../present/search-cache.js';

const counts = { type: 'object', additionalProperties: { type: 'integer' } } as const;

const searchSchema = {
  type: 'object',
  properties: {
    total: { type: 'integer' },
    hits: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          subject: { type: ['string', 'null'] },
          snippet: { type: 'string' },
          score: { type: 'number' },
          date: { type: ['string', 'null'] },
          classification: { type: ['string', 'null'] },
          origin: { type: ['string', 'null'] },
          paragraph: { type: ['string', 'null'] },
        },
      },
    },
    facets: { type: 'object', properties: { classification: counts, origin: counts, year: counts, tags: counts } },
    query: { type: 'string' },
    offset: { type: 'integer' },
    limit: { type: 'integer' },
  },
  required: ['total', 'hits', 'facets'],
} as const;

export function searchRoutes(app: FastifyInstance, cache: SearchCache): void {
  app.get<{ Querystring: { q: string; limit: number; page: number; order: 'relevance' | 'date' } }>('/api/search', {
    config: { access: 'user', tag: 'search' },
    schema: {
      summary: 'Full-text search (query language of `tearline search`); snippets mark matches with « »',
      querystring: {
        type: 'object',
        properties: {
          q: { type: 'string', minLength: 1, maxLength: 1000 },
          limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          page: { type: 'integer', minimum: 1, maximum: 500, default: 1 },
          order: { type: 'string', enum: ['relevance', 'date'], default: 'relevance' },
        },
        required: ['q'],
      },
      response: responses(searchSchema, [400, 401]),
    },
  }, async (request) => {
    const { q, limit, page, order } = request.query;
    const offset = (page - 1) * limit;
    const result = await cache.search(request.reader, q, parseQuery(q), { limit, offset, order });
    return presented({ ...result, query: q, offset, limit });
  });
}
