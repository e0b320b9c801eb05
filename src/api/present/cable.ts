/**
 * The cable as a reader may see it, for the API and the reader view: `show --json` (from
 * src/access viewForReader) plus the decoded header, TAGS with meanings, and references that
 * link only to cables the reader may open. Reads of classified portions are audited.
 */
import type { Cable } from '../../cable/types.js';
import type { Reader } from '../../access/reader.js';
import { viewForReader, type CableView } from '../../access/index.js';
import { describeTag, type TagInfo } from '../../cable/tags.js';
import type { Store } from '../../store/types.js';
import { createError } from '../../errors.js';
import { decodeHeader, type DecodedHeader } from './header.js';

export interface CableDetail extends Omit<CableView, 'created'> {
  created: string | null;
  origin: string | null;
  header: DecodedHeader | null;
  tags: TagInfo[];
  /** REF items; `id` only when the reader may open that cable here */
  refs: { text: string; id: string | null; label: string | null }[];
  /** archived cables citing this one that the reader may open */
  citedBy: string[];
}

/** The one answer for a missing cable and a cable with nothing readable (existence is not disclosed). */
export function cableNotFound(id: string) {
  return createError('NOT_FOUND', `no cable ${id}, or nothing in it you may read`);
}

/** The cable `id` as `reader` may see it, or null (absent or nothing readable). */
export async function visibleView(store: Store, reader: Reader, id: string): Promise<{ cable: Cable; view: CableView } | null> {
  const stored = await store.getCable(id);
  if (!stored) return null;
  const view = viewForReader(stored.cable, reader);
  return view ? { cable: stored.cable, view } : null;
}

/** The portions of a view holding classified text (audited when shown). */
export function classifiedPortions(view: Pick<CableView, 'subject' | 'paragraphs'>): string[] {
  return [...(view.subject && view.subject.marking.level !== 'U' ? ['subject'] : []), ...view.paragraphs.filter((p) => p.marking.level !== 'U').map((p) => p.number)];
}

/**
 * The detail of one cable for a reader.
 * @throws TearlineError NOT_FOUND when absent or nothing is readable
 */
export async function presentCable(store: Store, reader: Reader, id: string): Promise<CableDetail> {
  const found = await visibleView(store, reader, id);
  if (!found) throw cableNotFound(id);
  const { cable, view } = found;
  const linkable = async (ref: string | null) => (ref && ref !== id && (await visibleView(store, reader, ref)) ? ref : null);
  const refs = [];
  for (const r of cable.refs) refs.push({ text: r.text, id: await linkable(r.id), label: r.label ?? null });
  const citedBy: string[] = [];
  for (const c of (await store.citations(id)).citedBy) if (await linkable(c)) citedBy.push(c);
  const read = classifiedPortions(view);
  if (read.length) await store.appendAudit([{ reader: reader.name, cable: view.id ?? id, paragraphs: read, action: 'api-show' }]);
  return {
    id: view.id,
    banner: view.banner,
    subject: view.subject,
    paragraphs: view.paragraphs,
    created: view.created,
    origin: cable.origin,
    header: decodeHeader(cable.header),
    tags: cable.tags.map(describeTag),
    refs,
    citedBy,
  };
}
