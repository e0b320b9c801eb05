/**
 * Export controls: GET /api/licence?item=&to= (the shape of `licence --json`) and
 * GET /api/classify?q= (entries by number or description). Public-domain regulation text: any
 * logged-in user.
 */
import type { FastifyInstance } from 'fastify';
import { determineLicence } from '../../controls/licence.js';
import { classify } from '../../controls/classify.js';
import { presented } from '../presented.js';
import { openObject, responses } from '../schemas.js';

export function controlRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { item: string; to: string } }>('/api/licence', {
    config: { access: 'user', tag: 'controls' },
    schema: {
      summary: 'Licence determination for a control entry (any notation) and a destination, with citations and editions',
      querystring: { type: 'object', properties: { item: { type: 'string', minLength: 1, maxLength: 64 }, to: { type: 'string', minLength: 2, maxLength: 64 } }, required: ['item', 'to'] },
      response: responses(openObject, [400, 401, 404]),
    },
  }, async (request) => presented({ ...determineLicence(request.query.item, request.query.to) }));

  app.get<{ Querystring: { q: string; limit: number } }>('/api/classify', {
    config: { access: 'user', tag: 'controls' },
    schema: {
      summary: 'Control entries by number or by description, with deciding parameters and related entries',
      querystring: { type: 'object', properties: { q: { type: 'string', minLength: 1, maxLength: 500 }, limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 } }, required: ['q'] },
      response: responses(openObject, [400, 401]),
    },
  }, async (request) => presented({ ...classify(request.query.q, request.query.limit) }));
}
