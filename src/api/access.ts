/**
 * Default deny, enforced mechanically:
 * - `onRoute`: a route that declares no `config.access` (or an unknown one) stops the server from starting;
 * - `onRequest`: the session cookie is resolved; anonymous requests to non-public routes get 401,
 *   non-administrators 403 on admin routes; state-changing requests must come from this origin and,
 *   when logged in, carry the session's anti-CSRF token in `X-CSRF-Token`;
 * - `preSerialization`: bodies of protected routes must have been made by a presenter (`presented`).
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { createError } from '../errors.js';
import { httpError } from './http-errors.js';
import { userReader } from '../users/index.js';
import type { Reader } from '../access/reader.js';
import { parseCookies, sessionCookie } from './cookies.js';
import { isPresented } from './presented.js';
import { sameToken, tokenHash } from './session-token.js';
import { accessPolicies, type AccessPolicy, type ApiDeps } from './types.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The access policy a route declared, or a startup error naming the route. */
export function routePolicy(route: Pick<RouteOptions, 'method' | 'url' | 'config'>): AccessPolicy {
  const access = (route.config as { access?: unknown } | undefined)?.access;
  if (!accessPolicies.includes(access as AccessPolicy)) {
    const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
    throw new Error(`route ${method} ${route.url} declares no access policy (config.access must be one of ${accessPolicies.join(', ')}): refusing to start`);
  }
  return access as AccessPolicy;
}

function policyOf(request: FastifyRequest): AccessPolicy {
  return (request.routeOptions.config as { access?: AccessPolicy }).access ?? 'admin';
}

/** Whether a state-changing request comes from a page of this server (Origin / Sec-Fetch-Site). */
function sameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Install the access hooks on the root instance (before any route is registered). */
export function installAccess(app: FastifyInstance, deps: ApiDeps): void {
  app.decorateRequest('user', null);
  app.decorateRequest('reader', null as unknown as Reader);
  app.decorateRequest('csrf', null);
  app.decorateRequest('sessionHash', null);
  app.addHook('onRoute', (route) => {
    routePolicy(route);
  });
  const now = deps.now ?? (() => new Date());
  app.addHook('onRequest', async (request) => {
    if (!request.routeOptions.url) return; // the not-found handler: answers 404 itself
    const policy = policyOf(request);
    const state = !safeMethods.has(request.method);
    if (state && !sameOrigin(request)) throw httpError(403, 'CROSS_SITE', 'cross-site request refused');
    const token = parseCookies(request.headers.cookie).get(sessionCookie);
    if (token) {
      const hash = tokenHash(token);
      const session = await deps.users.session(hash, now().toISOString());
      if (session) {
        request.user = session.user;
        request.csrf = session.csrf;
        request.sessionHash = hash;
        request.reader = userReader(session.user);
      }
    }
    if (policy === 'public') return;
    if (!request.user) throw createError('UNAUTHENTICATED', 'log in first (POST /api/session)');
    if (policy === 'admin' && !request.user.admin) throw httpError(403, 'ADMIN_ONLY', 'this needs an administrator');
    if (state) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !request.csrf || !sameToken(sent, request.csrf)) {
        throw httpError(403, 'CSRF', 'missing or wrong X-CSRF-Token header (GET /api/session gives it)');
      }
    }
  });
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (!request.routeOptions.url || reply.statusCode >= 400) return payload;
    if (policyOf(request) !== 'public' && !isPresented(payload)) {
      request.log.error({ url: request.url }, 'unpresented response body refused');
      throw createError('INTERNAL', 'internal error');
    }
    return payload;
  });
}
