/**
 * The archive behind `tearline actions --db`: stored action mentions of readable paragraphs (the store
 * applies the access predicate), reply candidates among the archived cables that cite a request in
 * their REF lines (or name it in their text, found by search), and an audit row for what is shown.
 */
import type { Reader } from '../access/index.js';
import type { ActionMention } from '../extract/types.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { parseQuery } from '../search/query.js';
import type { ActionArchive, StoredActionMentions } from './archive.js';
import type { ReplyCandidate } from './replies.js';
import { refText } from './replyDraft.js';
import { visibleReplyCandidate } from './visibility.js';

/** Archived cables whose text names `id` ("STATE 96222"), by a phrase search the reader's access limits. */
async function namedIn(store: Store, reader: Reader, id: string): Promise<string[]> {
  const phrase = refText({ id, header: null } as Parameters<typeof refText>[0]);
  try {
    const result = await store.search(reader, parseQuery(`"${phrase}"`), { limit: 50, offset: 0, order: 'date' });
    return result.hits.map((h) => h.id);
  } catch {
    return [];
  }
}

/** An ActionArchive over an opened store. */
export function storeActionArchive(store: Store): ActionArchive {
  return {
    async actionMentions(reader: Reader): Promise<StoredActionMentions[]> {
      const rows = await store.extractionsForReader(reader, { kinds: ['action'] });
      const byCable = new Map<string, StoredActionMentions>();
      for (const row of rows) {
        let entry = byCable.get(row.cable);
        if (!entry) {
          const stored = await store.getCable(row.cable);
          entry = { cable: row.cable, requester: stored?.cable.header?.from ?? stored?.cable.origin ?? null, mentions: [] };
          byCable.set(row.cable, entry);
        }
        entry.mentions.push(row.payload as ActionMention);
      }
      return [...byCable.values()];
    },
    async replyCandidates(reader: Reader, ids: readonly string[]): Promise<ReplyCandidate[]> {
      const candidateIds = new Set<string>();
      for (const id of ids) {
        for (const c of (await store.citations(id)).citedBy) candidateIds.add(c);
        for (const c of await namedIn(store, reader, id)) candidateIds.add(c);
      }
      const out: ReplyCandidate[] = [];
      for (const id of candidateIds) {
        const stored = await store.getCable(id);
        const candidate = stored ? visibleReplyCandidate(stored.cable, reader) : null;
        if (candidate) out.push(candidate);
      }
      return out;
    },
    async audit(reader, shown) {
      await store.appendAudit(shown.filter((s) => s.paragraphs.length).map((s) => ({ reader: reader.name, cable: s.cable, paragraphs: s.paragraphs, action: 'actions' })));
    },
    close: () => store.close(),
  };
}

/** The provider `tearline actions --db` uses: the archive at `db`, or null when there is none. */
export async function openStoreActionArchive(db: string): Promise<ActionArchive | null> {
  return storeActionArchive(await openStore(db, { mustExist: true }));
}
