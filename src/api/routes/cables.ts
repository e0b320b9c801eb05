/**
 * Cables: GET /api/cables/:id (the reader's view, `show --json` plus header, TAGS and REF links)
 * and GET /api/cables/:id/release?to=CC (the releasable product, `release --json`).
 */
import type { FastifyInstance } from 'fastify';
import { releaseFor } from '../../access/index.js';
import { rollUp } from '../../markings/roll-up.js';
import { toAlpha3 } from '../../common/countries.js';
import { createError } from '../../errors.js';
import { cableNotFound, classifiedPortions, presentCable, visibleView } from '../present/cable.js';
import { presented } from '../presented.js';
import { markingSchema, paragraphSchema, responses } from '../schemas.js';
import type { ApiDeps } from '../types.js';

const addresseeSchema = {
  type: 'object',
  properties: { ri: { type: ['string', 'null'] }, name: { type: 'string' }, post: { type: ['string', 'null'] }, precedence: { type: ['string', 'null'] } },
} as const;

const cableSchema = {
  type: 'object',
  properties: {
    id: { type: ['string', 'null'] },
    banner: { type: ['string', 'null'] },
    subject: { type: ['object', 'null'], properties: { text: { type: 'string' }, marking: markingSchema } },
    paragraphs: { type: 'array', items: paragraphSchema },
    created: { type: ['string', 'null'] },
    origin: { type: ['string', 'null'] },
    header: {
      type: ['object', 'null'],
      properties: {
        transmissionId: { type: ['string', 'null'] },
        station: { type: ['object', 'null'], properties: { ri: { type: 'string' }, post: { type: ['string', 'null'] } } },
        serial: { type: ['string', 'null'] },
        julian: { type: ['string', 'null'] },
        precedence: { type: 'object', properties: { action: { type: ['string', 'null'] }, info: { type: ['string', 'null'] } } },
        dtg: { type: ['string', 'null'] },
        from: { type: ['string', 'null'] },
        to: { type: 'array', items: addresseeSchema },
        info: { type: 'array', items: addresseeSchema },
      },
    },
    tags: { type: 'array', items: { type: 'object', properties: { tag: { type: 'string' }, kind: { type: 'string' }, meaning: { type: ['string', 'null'] }, country: { type: 'string' } } } },
    refs: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, id: { type: ['string', 'null'] }, label: { type: ['string', 'null'] } } } },
    citedBy: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'banner', 'subject', 'paragraphs'],
} as const;

const releaseSchema = {
  type: 'object',
  properties: { id: { type: ['string', 'null'] }, to: { type: 'string' }, marking: markingSchema, paragraphs: { type: 'array', items: paragraphSchema }, date: { type: ['string', 'null'] } },
  required: ['id', 'to', 'marking', 'paragraphs'],
} as const;

const idParam = { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9A-Za-z._-]{1,64}$' } }, required: ['id'] } as const;

export function cableRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get<{ Params: { id: string } }>('/api/cables/:id', {
    config: { access: 'user', tag: 'cables' },
    schema: { summary: 'A cable as the reader may see it (withheld portions absent); missing and forbidden both answer 404', params: idParam, response: responses(cableSchema) },
  }, async (request) => presented(await presentCable(deps.store, request.reader, request.params.id.toUpperCase())));

  app.get<{ Params: { id: string }; Querystring: { to: string; unclassified?: boolean } }>('/api/cables/:id/release', {
    config: { access: 'user', tag: 'cables' },
    schema: {
      summary: 'The portions releasable to a country (REL TO), among those the reader may read; 404 when nothing is',
      params: idParam,
      querystring: { type: 'object', properties: { to: { type: 'string', minLength: 2, maxLength: 64 }, unclassified: { type: 'boolean' } }, required: ['to'] },
      response: responses(releaseSchema),
    },
  }, async (request) => {
    const id = request.params.id.toUpperCase();
    const to = toAlpha3(request.query.to);
    if (!to) throw createError('BAD_INPUT', `unknown country in to: ${JSON.stringify(request.query.to)}`);
    if (to === 'USA') throw createError('BAD_INPUT', 'a release is for a foreign country; US readers read the cable itself');
    const found = await visibleView(deps.store, request.reader, id);
    if (!found) throw cableNotFound(id);
    const readable = new Set(found.view.paragraphs.map((p) => p.number));
    const release = releaseFor(found.cable, to, { withUnclassified: request.query.unclassified === true });
    const paragraphs = release.paragraphs.filter((p) => readable.has(p.number));
    if (!paragraphs.length) throw createError('NOTHING_RELEASABLE', `nothing in ${id} that you may read is releasable to ${to}`);
    const read = classifiedPortions({ subject: null, paragraphs });
    if (read.length) await deps.store.appendAudit([{ reader: request.reader.name, cable: id, paragraphs: read, action: 'api-release' }]);
    return presented({ ...release, paragraphs, marking: rollUp(paragraphs.map((p) => p.marking))! });
  });
}
