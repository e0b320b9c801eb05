/**
 * The HTTP server: one fastify instance, default deny (src/api/access.ts), one module of routes
 * per feature area, the OpenAPI document at /api/openapi.json, and the web UI at /.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { installAccess } from './access.js';
import { installErrorHandlers } from './http-errors.js';
import { openApiCollector } from './openapi.js';
import { graphCache } from './present/graph.js';
import { searchCache } from './present/search-cache.js';
import { actionRoutes } from './routes/actions.js';
import { adminRoutes } from './routes/admin.js';
import { cableRoutes } from './routes/cables.js';
import { controlRoutes } from './routes/controls.js';
import { networkRoutes } from './routes/network.js';
import { screeningRoutes } from './routes/screening.js';
import { searchRoutes } from './routes/search.js';
import { sessionRoutes } from './routes/session.js';
import { webRoutes } from './routes/web.js';
import type { ApiDeps } from './types.js';

const securityHeaders = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** Build the server (not listening: call `listen`, or `inject` in tests). */
export async function buildApp(deps: ApiDeps, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, trustProxy: false, bodyLimit: 1 << 20 });
  const openapi = openApiCollector({ title: 'Tearline', version: '0.1.0' });
  installAccess(app, deps);
  installErrorHandlers(app);
  app.addHook('onRoute', (route) => openapi.add(route));
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(securityHeaders);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  const graphs = graphCache(deps.db);
  const searches = searchCache(deps.store, { ttlMs: deps.searchCacheMs ?? 30_000 });
  sessionRoutes(app, deps);
  cableRoutes(app, deps);
  searchRoutes(app, searches);
  networkRoutes(app, graphs);
  screeningRoutes(app, graphs);
  controlRoutes(app);
  actionRoutes(app, deps);
  adminRoutes(app, deps, () => {
    graphs.invalidate();
    searches.clear();
  });
  webRoutes(app);
  app.get('/api/openapi.json', { config: { access: 'public', tag: 'meta' }, schema: { summary: 'This document' } }, async () => openapi.document());
  await app.ready();
  return app;
}
