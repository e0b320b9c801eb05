/**
 * A token trie: phrases (sequences of lower-cased tokens) to payloads, longest match first.
 */
import type { Token } from './text.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[] | null;
}

export interface TokenTrie<T> {
  root: Node<T>;
}

/** An empty trie. */
export function createTrie<T>(): TokenTrie<T> {
  return { root: { next: new Map(), values: null } };
}

/** Phrase to the token keys the trie stores (same tokenisation as the text, punctuation dropped except `&`). */
export function phraseKeys(tokens: Token[]): string[] {
  return tokens.filter((t) => !t.punct || t.text === '&').map(tokenKey);
}

/** The trie key of one token: lower case, curly apostrophe straightened, final full stop dropped. */
export function tokenKey(t: Token): string {
  return t.key;
}

/** Add a phrase (already split into keys). */
export function addPhrase<T>(trie: TokenTrie<T>, keys: string[], value: T): void {
  if (keys.length === 0) return;
  let n = trie.root;
  for (const k of keys) {
    let c = n.next.get(k);
    if (!c) {
      c = { next: new Map(), values: null };
      n.next.set(k, c);
    }
    n = c;
  }
  (n.values ??= []).push(value);
}

/**
 * The longest phrase starting at token `i` (skipping punctuation other than `&` inside the phrase).
 * Returns the payloads and the index just past the last matched token, or null.
 */
export function longestMatch<T>(trie: TokenTrie<T>, tokens: Token[], i: number): { values: T[]; end: number } | null {
  // the first token's key is looked up once, in the loop: a miss there returns null as well
  if (i < 0) return null;
  let n = trie.root;
  let best: { values: T[]; end: number } | null = null;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.punct && t.text !== '&') {
      if (j === i || t.text === ';' || t.text === '(' || t.text === ')' || t.text === ':') break;
      continue;
    }
    const c = n.next.get(t.key);
    if (!c) break;
    n = c;
    if (n.values) best = { values: n.values, end: j + 1 };
    // a phrase's last word (most matches end there): the next token's key need not be cut to find that out
    if (n.next.size === 0) break;
  }
  return best;
}
