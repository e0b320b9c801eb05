/**
 * Need-to-know for actions (SPEC §4): a request is visible when the paragraph it comes from is readable;
 * a reply counts for a reader only when the reader may see that reply cable, and only what the reader
 * may read of it is searched for a citation. The decision itself is the access module's (readerGate).
 */
import type { Cable } from '../cable/types.js';
import type { ActionMention } from '../extract/types.js';
import { effectiveLabels, readerGate, viewForReader, type Reader } from '../access/index.js';
import { replyCandidate, type ReplyCandidate } from './replies.js';

/** The index of the paragraph a span comes from: by offset when it falls inside one, else by number. */
function paragraphIndex(cable: Cable, span: ActionMention['span']): number {
  const byOffset = cable.paragraphs.findIndex((p) => span.start >= p.start && span.start < p.end && p.number === span.paragraph);
  return byOffset >= 0 ? byOffset : cable.paragraphs.findIndex((p) => p.number === span.paragraph);
}

/**
 * The mentions whose paragraph `reader` may read (a mention whose paragraph cannot be found is withheld).
 * @example visibleMentions(seed, extractActions(seed), { clearance: 'S', citizenship: 'FRA', … }) // para 5 only
 */
export function visibleMentions(cable: Cable, mentions: readonly ActionMention[], reader: Reader): ActionMention[] {
  const labels = effectiveLabels(cable);
  const may = readerGate(reader);
  return mentions.filter((m) => {
    const i = paragraphIndex(cable, m.span);
    return i >= 0 && may(labels.paragraphs[i]!);
  });
}

/** The reply-linking view of `cable` as `reader` may see it; null when the cable is not visible to the reader. */
export function visibleReplyCandidate(cable: Cable, reader: Reader): ReplyCandidate | null {
  const view = viewForReader(cable, reader);
  const candidate = view ? replyCandidate(cable) : null;
  if (!view || !candidate) return null;
  return { ...candidate, text: [view.subject?.text ?? '', ...view.paragraphs.map((p) => p.text)].join('\n') };
}
