/**
 * The syntax tree: unist-style nodes with positions. Zones are nodes whose children are `line`
 * leaves; the leaves hold the exact source text (terminators included), so rendering is their
 * concatenation and gives back the input byte for byte.
 */
import type { Position } from './types.js';

export type ZoneType =
  | 'metadata' | 'header' | 'caption' | 'controls' | 'eo' | 'tags' | 'subject' | 'ref' | 'classifiedBy'
  | 'paragraph' | 'heading' | 'runningHeader' | 'signature' | 'trailer' | 'text' | 'blank';

export interface LineNode {
  type: 'line';
  value: string;
  position: Position;
}

export interface ZoneNode {
  type: ZoneType;
  position: Position;
  children: LineNode[];
  data?: Record<string, unknown>;
}

export interface CableRoot {
  type: 'cable';
  position: Position;
  children: ZoneNode[];
  data: { encoding: 'utf-8' | 'latin1' };
}

/** The tree back to text: the concatenation of its line leaves. */
export function renderTree(root: CableRoot): string {
  let out = '';
  for (const zone of root.children) for (const line of zone.children) out += line.value;
  return out;
}
