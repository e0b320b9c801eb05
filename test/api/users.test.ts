import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashPassword, verifyPassword, generatePassword, readerForUser, openUsers, newUser } from '../../src/users/index.js';
import { runCli } from '../helpers/cli.js';

test('scrypt hashes: salted per user, verified, wrong passwords and malformed hashes refused', async () => {
  const a = await hashPassword('correct horse battery');
  const b = await hashPassword('correct horse battery');
  assert.notEqual(a, b, 'a fresh salt each time');
  assert.match(a, /^scrypt\$32768\$8\$1\$/);
  assert.equal(await verifyPassword('correct horse battery', a), true);
  assert.equal(await verifyPassword('correct horse batterY', a), false);
  assert.equal(await verifyPassword('x', 'plain'), false);
  assert.equal(await verifyPassword('x', 'scrypt$99999999$8$1$AAAA$AAAA'), false);
  const p = generatePassword();
  assert.equal(p.length, 20);
  assert.notEqual(p, generatePassword());
});

test('newUser checks its input and normalises countries and accesses', () => {
  assert.deepEqual(newUser({ name: 'a.b', clearance: 's', citizenship: 'France', accesses: 'nodis, exdis' }), { name: 'a.b', clearance: 'S', citizenship: 'FRA', accesses: ['EXDIS', 'NODIS'], admin: false });
  assert.throws(() => newUser({ name: '../x', clearance: 'S', citizenship: 'FRA' }), /user name/);
  assert.throws(() => newUser({ name: 'x', clearance: 'Q', citizenship: 'FRA' }), /clearance/);
  assert.throws(() => newUser({ name: 'x', clearance: 'S', citizenship: 'Atlantis' }), /country/);
});

test('tearline users add/list/passwd/remove, and --user NAME resolves to the reader', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tearline-users-'));
  const db = path.join(dir, 'tearline.db');
  try {
    const add = runCli(['users', 'add', 'alice', '--clearance', 'S', '--citizenship', 'FR', '--access', 'NODIS', '--password-stdin', '--db', db], { input: 'a-long-password-1\n' });
    assert.equal(add.status, 0, add.stderr);
    assert.doesNotMatch(add.stdout, /a-long-password-1/, 'a given password is never echoed');
    const short = runCli(['users', 'add', 'bob', '--clearance', 'S', '--citizenship', 'US', '--password-stdin', '--db', db], { input: 'short\n' });
    assert.equal(short.status, 2);
    assert.match(short.stderr, /at least 12/);
    const gen = runCli(['users', 'add', 'carol', '--clearance', 'C', '--citizenship', 'USA', '--admin', '--db', db]);
    assert.equal(gen.status, 0);
    assert.match(gen.stdout, /password for carol \(shown once\): \S{20}/);
    const dup = runCli(['users', 'add', 'ALICE', '--clearance', 'S', '--citizenship', 'FR', '--db', db]);
    assert.equal(dup.status, 2);
    assert.match(dup.stderr, /already exists/);
    const list = runCli(['users', 'list', '--json', '--db', db]);
    const users = JSON.parse(list.stdout) as { name: string; citizenship: string; accesses: string[]; admin: boolean }[];
    assert.deepEqual(users.map((u) => [u.name, u.citizenship, u.accesses, u.admin]), [['alice', 'FRA', ['NODIS'], false], ['carol', 'USA', [], true]]);
    assert.doesNotMatch(list.stdout, /scrypt/);
    assert.deepEqual(readerForUser('alice', db), { name: 'alice', clearance: 'S', citizenship: 'FRA', accesses: ['NODIS'] });
    assert.throws(() => readerForUser('nobody', db), /no such user/);
    const store = openUsers(db);
    const before = (await store.get('alice'))!.passwordHash;
    await store.close();
    assert.equal(await verifyPassword('a-long-password-1', before), true);
    assert.equal(runCli(['users', 'passwd', 'alice', '--password-stdin', '--db', db], { input: 'another-long-password\n' }).status, 0);
    const again = openUsers(db);
    assert.equal(await verifyPassword('another-long-password', (await again.get('alice'))!.passwordHash), true);
    await again.close();
    assert.equal(runCli(['users', 'remove', 'alice', '--db', db]).status, 0);
    assert.equal(runCli(['users', 'remove', 'alice', '--db', db]).status, 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
