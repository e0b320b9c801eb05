/**
 * The web UI's static files (src/web/static, served as they are: no build step), read once at
 * start; GET / is the application.
 */
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../common/paths.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** The folder of the UI's files. */
export const staticDir = path.join(packageRoot, 'src', 'web', 'static');

export function webRoutes(app: FastifyInstance): void {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of fs.readdirSync(staticDir)) {
    const type = types[path.extname(name)];
    if (type) files.set(name, { body: fs.readFileSync(path.join(staticDir, name)), type });
  }
  const send = (name: string) => files.get(name) ?? null;

  app.get('/', { config: { access: 'public', tag: 'web' } }, async (_request, reply) => {
    const f = send('index.html')!;
    return reply.type(f.type).header('cache-control', 'no-cache').send(f.body);
  });
  app.get('/favicon.ico', { config: { access: 'public', tag: 'web' } }, async (_request, reply) => reply.code(204).send());
  app.get<{ Params: { file: string } }>('/static/:file', { config: { access: 'public', tag: 'web' } }, async (request, reply) => {
    const f = send(request.params.file);
    if (!f) return reply.code(404).type('text/plain').send('not found');
    return reply.type(f.type).header('cache-control', 'no-cache').send(f.body);
  });
}
