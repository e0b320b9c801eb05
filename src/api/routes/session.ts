/**
 * Logging in and out: POST /api/session, GET /api/session, DELETE /api/session.
 * Failed logins are rate-limited per user name and per client address.
 */
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { decoyHash, verifyPassword } from '../../users/index.js';
import { sessionCookieHeader } from '../cookies.js';
import { httpError } from '../http-errors.js';
import { presented } from '../presented.js';
import { failureLimiter } from '../rate-limit.js';
import { responses, userSchema } from '../schemas.js';
import { newToken, tokenHash } from '../session-token.js';
import type { ApiDeps } from '../types.js';

const sessionSchema = {
  type: 'object',
  properties: { user: userSchema, csrf: { type: 'string' }, expires: { type: 'string' } },
  required: ['user', 'csrf'],
} as const;

export function sessionRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const windowMs = deps.loginWindowMs ?? 15 * 60_000;
  const byName = failureLimiter(deps.loginFailuresPerUser ?? 5, windowMs);
  const byAddress = failureLimiter(deps.loginFailuresPerAddress ?? 20, windowMs);
  const sessionMs = deps.sessionMs ?? 8 * 3600_000;
  const secure = deps.secureCookies ?? true;
  const now = deps.now ?? (() => new Date());

  app.post<{ Body: { username: string; password: string } }>('/api/session', {
    config: { access: 'public', tag: 'session' },
    schema: {
      summary: 'Log in: sets an HttpOnly, SameSite=Strict session cookie and returns the anti-CSRF token',
      body: {
        type: 'object',
        properties: { username: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
        required: ['username', 'password'],
        additionalProperties: false,
      },
      response: responses(sessionSchema, [400, 401, 429]),
    },
  }, async (request, reply) => {
    const { username, password } = request.body;
    const t = now().getTime();
    const nameKey = username.toLowerCase();
    const wait = Math.max(byName.retryAfter(nameKey, t), byAddress.retryAfter(request.ip, t));
    if (wait > 0) throw httpError(429, 'TOO_MANY_ATTEMPTS', `too many failed logins; try again in ${wait} s`, { 'retry-after': String(wait) });
    const user = await deps.users.get(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok) {
      byName.fail(nameKey, t);
      byAddress.fail(request.ip, t);
      throw httpError(401, 'BAD_LOGIN', 'wrong user name or password');
    }
    byName.reset(nameKey);
    const token = newToken();
    const csrf = randomBytes(24).toString('base64url');
    const expires = new Date(t + sessionMs).toISOString();
    await deps.users.createSession(tokenHash(token), user.name, csrf, expires);
    reply.header('set-cookie', sessionCookieHeader(token, sessionMs / 1000, secure));
    const { passwordHash, ...safe } = user;
    void passwordHash;
    return presented({ user: safe, csrf, expires });
  });

  app.get('/api/session', {
    config: { access: 'user', tag: 'session' },
    schema: { summary: 'The logged-in user and the anti-CSRF token', response: responses(sessionSchema, [401]) },
  }, async (request) => presented({ user: request.user!, csrf: request.csrf! }));

  app.delete('/api/session', {
    config: { access: 'user', tag: 'session' },
    schema: { summary: 'Log out: ends the session and clears the cookie', response: responses({ type: 'object', properties: { ok: { type: 'boolean' } } }, [401, 403]) },
  }, async (request, reply) => {
    if (request.sessionHash) await deps.users.deleteSession(request.sessionHash);
    reply.header('set-cookie', sessionCookieHeader('', 0, secure));
    return presented({ ok: true });
  });
}
