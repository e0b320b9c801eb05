/**
 * Administration (admin role only): users (GET/POST /api/users, DELETE /api/users/:name),
 * ingest of one cable (POST /api/ingest, the cable text as the body), and the audit log check
 * (GET /api/audit/verify).
 */
import type { FastifyInstance } from 'fastify';
import { createError } from '../../errors.js';
import { prepareCable, sha256Hex } from '../../store/prepare.js';
import { checkPassword, hashPassword, newUser } from '../../users/index.js';
import { presented } from '../presented.js';
import { openObject, responses, userSchema } from '../schemas.js';
import type { ApiDeps } from '../types.js';

const admin = { access: 'admin', tag: 'admin' } as const;
const denied = [400, 401, 403];

/** `changed` is called after an ingest changed the archive (caches are dropped). */
export function adminRoutes(app: FastifyInstance, deps: ApiDeps, changed: () => void): void {
  app.get('/api/users', {
    config: admin,
    schema: { summary: 'The users (never their password hashes)', response: responses({ type: 'object', properties: { users: { type: 'array', items: userSchema } } }, denied) },
  }, async () => presented({ users: await deps.users.list() }));

  app.post<{ Body: { name: string; clearance: string; citizenship: string; accesses?: string[]; admin?: boolean; password: string } }>('/api/users', {
    config: admin,
    schema: {
      summary: 'Add a user (a reader with a password)',
      body: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 64 },
          clearance: { type: 'string', enum: ['U', 'C', 'S', 'TS'] },
          citizenship: { type: 'string', minLength: 2, maxLength: 64 },
          accesses: { type: 'array', items: { type: 'string', maxLength: 16 }, maxItems: 20 },
          admin: { type: 'boolean' },
          password: { type: 'string', minLength: 1, maxLength: 1024 },
        },
        required: ['name', 'clearance', 'citizenship', 'password'],
        additionalProperties: false,
      },
      response: responses(userSchema, [...denied, 409]),
    },
  }, async (request) => {
    const b = request.body;
    const user = newUser({ name: b.name, clearance: b.clearance, citizenship: b.citizenship, accesses: b.accesses ?? [], admin: b.admin });
    checkPassword(b.password);
    return presented(await deps.users.add(user, await hashPassword(b.password)));
  });

  app.delete<{ Params: { name: string } }>('/api/users/:name', {
    config: admin,
    schema: { summary: 'Remove a user and end their sessions', params: { type: 'object', properties: { name: { type: 'string', maxLength: 64 } }, required: ['name'] }, response: responses({ type: 'object', properties: { removed: { type: 'string' } } }, [...denied, 404]) },
  }, async (request) => {
    if (request.params.name.toLowerCase() === request.user!.name.toLowerCase()) throw createError('CONFLICT', 'you cannot remove yourself');
    if (!(await deps.users.remove(request.params.name))) throw createError('NOT_FOUND', `no user ${request.params.name}`);
    return presented({ removed: request.params.name });
  });

  app.post<{ Body: string; Querystring: { source?: string } }>('/api/ingest', {
    config: admin,
    bodyLimit: 4 << 20,
    schema: {
      summary: 'Ingest one cable (its text as a text/plain body); idempotent, a changed text is a new revision',
      querystring: { type: 'object', properties: { source: { type: 'string', maxLength: 200 } } },
      response: responses({ type: 'object', properties: { id: { type: 'string' }, outcome: { type: 'string', enum: ['new', 'unchanged', 'revised'] }, diagnostics: { type: 'integer' } } }, denied),
    },
  }, async (request) => {
    if (typeof request.body !== 'string' || !request.body.trim()) throw createError('BAD_INPUT', 'send the cable text as the body (Content-Type: text/plain)');
    const raw = new Uint8Array(Buffer.from(request.body, 'utf8'));
    const sha = sha256Hex(raw);
    const prepared = prepareCable(raw, `upload:${request.query.source ?? sha.slice(0, 12)}`);
    const known = await deps.store.knownHashes([sha]);
    const outcome = known.has(sha) ? 'unchanged' : (await deps.store.writeBatch([prepared]))[0]!;
    if (outcome !== 'unchanged') changed();
    return presented({ id: prepared.id, outcome, diagnostics: prepared.diagnostics.length });
  });

  app.get('/api/audit/verify', {
    config: admin,
    schema: { summary: 'Verify the hash-chained audit log of reads of classified text', response: responses(openObject, denied) },
  }, async () => presented({ ...(await deps.store.verifyAudit()) }));
}
