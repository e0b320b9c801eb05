/**
 * Checking what an administrator gives for a new user: name, clearance, citizenship, accesses.
 */
import { createError } from '../errors.js';
import { toAlpha3 } from '../common/countries.js';
import { levels, type Level } from '../markings/types.js';
import type { NewUser } from './types.js';

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Special accesses commonly held (the controls the access policy treats as restrictions); others are accepted. */
export const knownAccesses = ['NODIS', 'EXDIS', 'LIMDIS', 'STADIS', 'ORCON', 'FGI', 'IMCON', 'PROPIN', 'RELIDO'];

/**
 * A new user from loose input (country names and alpha-2 accepted, lists comma-separated).
 * @throws TearlineError USAGE naming the bad field
 */
export function newUser(input: { name: string; clearance: string; citizenship: string; accesses?: string[] | string; admin?: boolean }): NewUser {
  if (!namePattern.test(input.name)) throw createError('USAGE', `user name ${JSON.stringify(input.name)}: use 1-64 letters, digits, dot, dash or underscore, starting with a letter or digit`);
  const clearance = input.clearance.trim().toUpperCase();
  if (!(levels as readonly string[]).includes(clearance)) throw createError('USAGE', `clearance must be one of U, C, S, TS (got ${JSON.stringify(input.clearance)})`);
  const citizenship = toAlpha3(input.citizenship.trim());
  if (!citizenship) throw createError('USAGE', `unknown country for citizenship: ${JSON.stringify(input.citizenship)}`);
  const raw = Array.isArray(input.accesses) ? input.accesses : (input.accesses ?? '').split(/[,\s]+/);
  const accesses = [...new Set(raw.map((a) => a.trim().toUpperCase()).filter(Boolean))].sort();
  for (const a of accesses) {
    if (!/^[A-Z][A-Z0-9-]{1,15}$/.test(a)) throw createError('USAGE', `special access ${JSON.stringify(a)} is not a control name (e.g. ${knownAccesses.join(', ')})`);
  }
  return { name: input.name, clearance: clearance as Level, citizenship, accesses, admin: input.admin === true };
}

/** Minimum password length accepted from an administrator. */
export const minPasswordLength = 12;

/** @throws TearlineError USAGE when the password is too short */
export function checkPassword(password: string): void {
  if ([...password].length < minPasswordLength) throw createError('USAGE', `the password must have at least ${minPasswordLength} characters`);
}
