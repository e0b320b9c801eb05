import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCable } from '../../src/cable/index.js';
import { localOperator } from '../../src/access/index.js';
import { extractActions } from '../../src/extract/actions.js';
import { actionsFromArchive, openActionArchive, setActionArchive, type ActionArchive } from '../../src/actions/archive.js';
import { actionsFromCables } from '../../src/actions/fromCables.js';
import { draftReply } from '../../src/actions/replyDraft.js';
import { cites, replyCandidate } from '../../src/actions/replies.js';
import { seed } from './fixtures.js';

/** What the store would hand over: stored mentions per cable and the cables that cite the requests. */
function fakeArchive(cables: ReturnType<typeof seed>[]): ActionArchive {
  return {
    actionMentions: () => cables.map((c) => ({ cable: c.id!, requester: c.header?.from ?? null, mentions: extractActions(c) })),
    replyCandidates: async (_reader, ids) => cables.map((c) => replyCandidate(c)!).filter((c) => ids.some((id) => cites(c, id))),
  };
}

test('from an archive: the same answers as from the cable files', async () => {
  const s = seed();
  const reply = parseCable(draftReply(s, extractActions(s), { from: 'Paris', date: '2009-09-24T09:00:00Z' }).text);
  for (const asOf of ['2009-09-20', '2009-09-23', '2009-10-01']) {
    const query = { reader: localOperator, asOf };
    assert.deepEqual(await actionsFromArchive(fakeArchive([s, reply]), query), actionsFromCables([s, reply], query), asOf);
  }
  const answered = await actionsFromArchive(fakeArchive([s, reply]), { reader: localOperator, asOf: '2009-10-01' });
  assert.deepEqual([answered[0]!.status, answered[0]!.replies], ['answered', [reply.id]]);
});

test('the store installs the provider; without one there is no archive', async () => {
  setActionArchive(null);
  assert.equal(await openActionArchive('x.db'), null);
  const archive = fakeArchive([seed()]);
  setActionArchive((db) => (db === 'x.db' ? archive : null));
  assert.equal(await openActionArchive('x.db'), archive);
  assert.equal(await openActionArchive('y.db'), null);
  setActionArchive(null);
});
