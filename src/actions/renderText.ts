/**
 * The text view of tracked actions: grouped by post (an action for several posts appears under each),
 * soonest due first within a post.
 */
import type { TrackedAction } from './status.js';
import { compareActions } from './status.js';

function clip(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1).replace(/\s+\S*$/, '') + ' …' : text;
}

/** Render actions for reading at a terminal. */
export function renderActionsText(actions: readonly TrackedAction[], asOf: string): string {
  if (!actions.length) return `no actions as of ${asOf}\n`;
  const byPost = new Map<string, TrackedAction[]>();
  for (const a of actions) {
    for (const post of a.addressees.length ? a.addressees : ['(addressee unknown)']) {
      byPost.set(post, [...(byPost.get(post) ?? []), a]);
    }
  }
  const posts = [...byPost.keys()].sort((x, y) => compareActions(byPost.get(x)![0]!, byPost.get(y)![0]!) || x.localeCompare(y));
  const out: string[] = [`actions as of ${asOf}`, ''];
  for (const post of posts) {
    const list = byPost.get(post)!.sort(compareActions);
    out.push(`${post}  (${list.length})`);
    for (const a of list) {
      const answered = a.status === 'answered' ? ` by ${a.replies.join(', ')}${a.answeredBeforeDue === false ? ' (late)' : a.answeredBeforeDue ? ' (on time)' : ''}` : '';
      out.push(`  ${(a.due ?? 'no date').padEnd(10)}  ${a.status.padEnd(8)}  ${a.cable}  received ${a.received ?? '-'}${answered}`);
      if (a.deadlineText) out.push(`              deadline: "${a.deadlineText}"`);
      out.push(`              ${clip(a.request, 110)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
