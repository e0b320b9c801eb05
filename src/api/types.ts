/**
 * What the HTTP layer shares: the access policy every route declares, the dependencies the
 * routes use, and the request fields the session hook fills in.
 */
import type { Store } from '../store/types.js';
import type { User, UserStore } from '../users/types.js';
import type { Reader } from '../access/reader.js';

/**
 * Who may call a route. `public`: anyone (login, the OpenAPI document, the UI's static files);
 * `user`: a logged-in user, acting as their reader; `admin`: a logged-in administrator.
 */
export type AccessPolicy = 'public' | 'user' | 'admin';

export const accessPolicies: readonly AccessPolicy[] = ['public', 'user', 'admin'];

export interface ApiDeps {
  store: Store;
  users: UserStore;
  /** the archive location (for capabilities that open it themselves) */
  db: string;
  /** send cookies with the Secure attribute (default true; browsers accept it on http://localhost) */
  secureCookies?: boolean;
  /** session lifetime (default 8 hours) */
  sessionMs?: number;
  /** failed logins allowed per user name and per client address in `loginWindowMs` (default 5 and 20) */
  loginFailuresPerUser?: number;
  loginFailuresPerAddress?: number;
  loginWindowMs?: number;
  /** how long a search answer is reused for readers of the same profile (default 30 s; 0 disables) */
  searchCacheMs?: number;
  /** the current time (tests) */
  now?: () => Date;
}

declare module 'fastify' {
  interface FastifySchema {
    /** one line for the OpenAPI document */
    summary?: string;
    description?: string;
  }
  interface FastifyContextConfig {
    /** required on every route: the server refuses to start otherwise */
    access?: AccessPolicy;
    /** an OpenAPI tag (feature area) */
    tag?: string;
  }
  interface FastifyRequest {
    /** the logged-in user, or null */
    user: User | null;
    /** the reader the logged-in user is (routes with access `user` or `admin` only) */
    reader: Reader;
    /** the session's anti-CSRF token */
    csrf: string | null;
    /** the hash of the session token */
    sessionHash: string | null;
  }
}
