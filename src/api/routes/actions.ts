/**
 * GET /api/actions: action requests the reader may see, with due dates and status as of a date
 * (the shape of `actions --json`).
 */
import type { FastifyInstance } from 'fastify';
import { actionsFromArchive } from '../../actions/archive.js';
import { openStoreActionArchive } from '../../actions/storeArchive.js';
import { createError } from '../../errors.js';
import { presented } from '../presented.js';
import { openObject, responses } from '../schemas.js';
import type { ApiDeps } from '../types.js';

export function actionRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get<{ Querystring: { asOf?: string; post?: string } }>('/api/actions', {
    config: { access: 'user', tag: 'actions' },
    schema: {
      summary: 'Action requests with business-day due dates, replies and status as of a date (default today)',
      querystring: { type: 'object', properties: { asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, post: { type: 'string', maxLength: 200 } } },
      response: responses({ type: 'object', properties: { asOf: { type: 'string' }, actions: { type: 'array', items: openObject } } }, [400, 401]),
    },
  }, async (request) => {
    const asOf = request.query.asOf ?? new Date().toISOString().slice(0, 10);
    const archive = await openStoreActionArchive(deps.db);
    if (!archive) throw createError('NOT_FOUND', 'no archive');
    try {
      const actions = await actionsFromArchive(archive, { reader: request.reader, asOf, post: request.query.post });
      return presented({
        asOf,
        actions: actions.map((a) => ({
          cable: a.cable, addressees: a.addressees, request: a.request, deadlineText: a.deadlineText, received: a.received, due: a.due,
          status: a.status, replies: a.replies, answeredBeforeDue: a.answeredBeforeDue, pending: a.pending, paragraphs: a.paragraphs,
        })),
      });
    } finally {
      await archive.close?.();
    }
  });
}
