/**
 * The demo readers of `tearline demo` (SPEC §4's three seed views): created on first run with
 * random passwords that are printed once and never stored in clear.
 */
import { generatePassword, hashPassword } from './password.js';
import type { NewUser, UserStore } from './types.js';

export const demoReaders: (NewUser & { role: string })[] = [
  { name: 'analyst', clearance: 'S', citizenship: 'USA', accesses: [], admin: true, role: 'US analyst, SECRET (administrator)' },
  { name: 'liaison', clearance: 'S', citizenship: 'FRA', accesses: [], admin: false, role: 'French liaison officer, SECRET' },
  { name: 'reader', clearance: 'C', citizenship: 'USA', accesses: [], admin: false, role: 'US reader, CONFIDENTIAL' },
];

export interface DemoReader {
  name: string;
  role: string;
  /** set only when the user was created by this call */
  password: string | null;
}

/** Create the demo readers that do not exist yet. */
export async function ensureDemoReaders(users: UserStore): Promise<DemoReader[]> {
  const out: DemoReader[] = [];
  for (const d of demoReaders) {
    const { role, ...user } = d;
    if (await users.get(user.name)) {
      out.push({ name: user.name, role, password: null });
      continue;
    }
    const password = generatePassword();
    await users.add(user, await hashPassword(password));
    out.push({ name: user.name, role, password });
  }
  return out;
}
