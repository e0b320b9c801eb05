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

/** Phrases a cable uses to name `id` in its text: STATE 96222 and STATE 096222. */
function namePhrases(id: string): string[] {
  const phrase = refText({ id, header: null } as Parameters<typeof refText>[0]);
  const m = /^(.*\s)(\d+)$/.exec(phrase);
  return m ? [...new Set([phrase, `${m[1]}${m[2]!.padStart(6, '0')}`])] : [phrase];
}

/**
 * Archived cables whose text may name one of `ids`, by phrase searches the reader's access limits
 * (batched: one OR query per 40 requests; `cites` then checks which request each one names).
 */
async function namedIn(store: Store, reader: Reader, ids: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += 40) {
    const phrases = ids.slice(i, i + 40).flatMap(namePhrases).map((p) => `"${p.replace(/"/g, '')}"`);
    try {
      const result = await store.search(reader, parseQuery(phrases.join(' OR ')), { limit: 1000, offset: 0, order: 'date' });
      out.push(...result.hits.map((h) => h.id));
    } catch {
      // a phrase the query language refuses: REF citations still link replies
    }
  }
  return out;
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
      const candidateIds = new Set<string>(await namedIn(store, reader, ids));
      for (const id of ids) for (const c of (await store.citations(id)).citedBy) candidateIds.add(c);
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
