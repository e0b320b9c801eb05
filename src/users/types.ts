/**
 * Users of the web application and the CLI's `--user NAME`: a reader (clearance, citizenship,
 * accesses) with a login, and whether they administer (ingest, users, audit).
 */
import type { Level } from '../markings/types.js';

export interface User {
  name: string;
  clearance: Level;
  /** ISO 3166 alpha-3 */
  citizenship: string;
  /** special accesses: NODIS, EXDIS, … */
  accesses: string[];
  admin: boolean;
  /** ISO 8601 */
  created: string;
}

export type NewUser = Omit<User, 'created'>;

/** A user with the stored password hash (never leaves src/users and src/api/session). */
export interface StoredUser extends User {
  passwordHash: string;
}

/** A login session: the token is given to the browser once; only its hash is stored. */
export interface Session {
  user: User;
  /** the anti-CSRF token bound to this session (sent back in X-CSRF-Token) */
  csrf: string;
  /** ISO 8601 */
  expires: string;
}

/**
 * Where users and sessions live. The SQLite implementation keeps them in the archive file; a
 * PostgreSQL archive gets its own implementation of the same interface.
 */
export interface UserStore {
  /** @throws TearlineError CONFLICT when the name is taken */
  add(user: NewUser, passwordHash: string): Promise<User>;
  get(name: string): Promise<StoredUser | null>;
  list(): Promise<User[]>;
  /** false when there was no such user; the user's sessions end too */
  remove(name: string): Promise<boolean>;
  setPassword(name: string, passwordHash: string): Promise<boolean>;
  /** store a session under the hash of its token */
  createSession(tokenHash: string, name: string, csrf: string, expires: string): Promise<void>;
  /** the live session for a token hash, or null (expired sessions are dropped) */
  session(tokenHash: string, now: string): Promise<Session | null>;
  deleteSession(tokenHash: string): Promise<void>;
  close(): Promise<void>;
}
