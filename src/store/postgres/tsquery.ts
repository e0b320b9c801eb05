/**
 * Compile a full-text expression (src/search/plan.ts) to a PostgreSQL tsquery literal, the counterpart
 * of src/search/fts5.ts: every word is a quoted lexeme (user input can never inject tsquery syntax), a
 * phrase or a word the tokenizer splits is a `<->` sequence, `word*` is a prefix (`:*`), AND/OR/NOT
 * map to `& | !`. Cast the result with `::tsquery`.
 */
import type { TextNode } from '../../search/plan.js';
import { words } from '../../search/words.js';
import { quoteLexeme } from './tokens.js';

/** A lexeme no stored tsvector holds (stored words are letters and digits only). */
const nothing = quoteLexeme('-');

function sequence(value: string, prefix: boolean): string {
  const ws = words(value);
  if (ws.length === 0) return nothing;
  const lexemes = ws.map((w, i) => quoteLexeme(w) + (prefix && i === ws.length - 1 ? ':*' : ''));
  return lexemes.length === 1 ? lexemes[0]! : `(${lexemes.join(' <-> ')})`;
}

/** The tsquery literal for a text node. */
export function toTsquery(n: TextNode): string {
  switch (n.type) {
    case 'term': return sequence(n.value, n.prefix);
    case 'phrase': return sequence(n.value, false);
    case 'not': return toTsquery(n.child);
    case 'or': return '(' + n.children.map(toTsquery).join(' | ') + ')';
    case 'and': {
      const pos = n.children.filter((c) => c.type !== 'not').map(toTsquery);
      const neg = n.children.filter((c) => c.type === 'not').map(toTsquery);
      const p = pos.length === 1 ? pos[0]! : '(' + pos.join(' & ') + ')';
      return neg.length ? `(${p} & !(${neg.join(' | ')}))` : p;
    }
  }
}
