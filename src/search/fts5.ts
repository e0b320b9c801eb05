/**
 * Compile a full-text expression to an FTS5 MATCH string. Every word is quoted, so user input can never
 * inject FTS5 syntax; a word the tokenizer splits (6.A.2.a.3) becomes a phrase of its parts.
 */
import type { TextNode } from './plan.js';

function quote(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}

/** The FTS5 MATCH expression for a text node, optionally limited to one column. */
export function toFts5(n: TextNode): string {
  switch (n.type) {
    case 'term': return n.prefix ? `${quote(n.value)}*` : quote(n.value);
    case 'phrase': return quote(n.value);
    case 'not': return toFts5(n.child);
    case 'or': return '(' + n.children.map(toFts5).join(' OR ') + ')';
    case 'and': {
      const pos = n.children.filter((c) => c.type !== 'not').map(toFts5);
      const neg = n.children.filter((c) => c.type === 'not').map(toFts5);
      const p = pos.length === 1 ? pos[0]! : '(' + pos.join(' AND ') + ')';
      return neg.length ? `(${p} NOT (${neg.join(' OR ')}))` : p;
    }
  }
}

/** An FTS5 expression searching only the given column. */
export function inColumn(column: string, expr: string): string {
  return `{${column}} : (${expr})`;
}
