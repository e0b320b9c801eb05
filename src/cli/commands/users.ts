import type { Command } from '../command.js';
import { parseCommandArgs, printJson } from '../command.js';
import { createError } from '../../errors.js';
import { resolveDbLocation } from '../../store/index.js';
import { checkPassword, generatePassword, hashPassword, newUser, openUsers, type User } from '../../users/index.js';

const usage = [
  'tearline users add NAME --clearance U|C|S|TS --citizenship CC [--access NODIS,EXDIS,…] [--admin] [--password-stdin] [--db PATH]',
  'tearline users passwd NAME [--password-stdin] [--db PATH]',
  'tearline users list [--db PATH] [--json]',
  'tearline users remove NAME [--db PATH]',
  '',
  'Users log in to `tearline serve` and are readers for `--user NAME`. Passwords are hashed with scrypt and',
  'a salt per user; without --password-stdin a random password is generated and printed once.',
].join('\n');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function password(fromStdin: boolean | undefined): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: generatePassword(), generated: true };
  const p = await readStdin();
  checkPassword(p);
  return { password: p, generated: false };
}

function describe(u: User): string {
  return `${u.name.padEnd(16)} ${u.clearance.padEnd(2)} ${u.citizenship} ${u.accesses.join(',') || '-'}${u.admin ? '  admin' : ''}`;
}

/** `tearline users`: add, list, remove users and set passwords. */
export const usersCommand: Command = {
  name: 'users',
  summary: 'manage the users of the web application (readers with a password; admins manage users and ingest)',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('users', argv, {
      db: { type: 'string' },
      clearance: { type: 'string' },
      citizenship: { type: 'string' },
      access: { type: 'string' },
      admin: { type: 'boolean' },
      'password-stdin': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const [sub, name, ...rest] = positionals;
    if (rest.length) throw createError('USAGE', `tearline users: unexpected ${rest.join(' ')}\nusage: ${usage}`);
    const db = resolveDbLocation(values.db);
    const users = openUsers(db);
    try {
      switch (sub) {
        case 'add': {
          if (!name) throw createError('USAGE', `tearline users add: give a NAME\nusage: ${usage}`);
          if (values.clearance === undefined || values.citizenship === undefined) throw createError('USAGE', 'tearline users add: --clearance and --citizenship are required');
          const user = newUser({ name, clearance: values.clearance, citizenship: values.citizenship, accesses: values.access, admin: values.admin });
          const p = await password(values['password-stdin']);
          const added = await users.add(user, await hashPassword(p.password));
          process.stdout.write(`added ${describe(added)}\n`);
          if (p.generated) process.stdout.write(`password for ${added.name} (shown once): ${p.password}\n`);
          return 0;
        }
        case 'passwd': {
          if (!name) throw createError('USAGE', 'tearline users passwd: give a NAME');
          const p = await password(values['password-stdin']);
          if (!(await users.setPassword(name, await hashPassword(p.password)))) throw createError('NOT_FOUND', `tearline users: no user ${name} in ${db}`);
          process.stdout.write(`password of ${name} changed; their sessions are ended\n`);
          if (p.generated) process.stdout.write(`new password for ${name} (shown once): ${p.password}\n`);
          return 0;
        }
        case 'list': {
          const list = await users.list();
          if (values.json) printJson(list);
          else process.stdout.write(list.length ? list.map(describe).join('\n') + '\n' : `no users in ${db}\n`);
          return 0;
        }
        case 'remove': {
          if (!name) throw createError('USAGE', 'tearline users remove: give a NAME');
          if (!(await users.remove(name))) throw createError('NOT_FOUND', `tearline users: no user ${name} in ${db}`);
          process.stdout.write(`removed ${name}\n`);
          return 0;
        }
        default:
          throw createError('USAGE', `tearline users: give add, passwd, list or remove\nusage: ${usage}`);
      }
    } finally {
      await users.close();
    }
  },
};
