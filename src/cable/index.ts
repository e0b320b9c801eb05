/**
 * The cable stage: telegram text → syntax tree with positions → Cable; and back (render, compose).
 *
 *   parseCable(bytes|text) → Cable (SPEC §3/§5)      never throws on content
 *   parseTree(bytes|text)  → CableRoot               every line a leaf, zones with positions
 *   renderTree(root)       → text; renderBytes(root) → the input bytes exactly
 *   composeCable(draft)    → new cable text
 */
import type { Cable } from './types.js';
import { parseText, type Parsed } from './parse.js';
import { LineIndex, encodeText, decodeBytes } from './text.js';
import { renderTree, type CableRoot, type ZoneNode, type LineNode } from './tree.js';
import { checkMarkings } from '../markings/index.js';
export type * from './types.js';
export type { CableRoot, ZoneNode, LineNode } from './tree.js';
export { renderTree } from './tree.js';
export { composeCable, formatDtg, type CableDraft } from './compose.js';
export { describeTag } from './tags.js';

export interface ParseOptions {
  /** the input path, echoed as `source` */
  source?: string;
  /** keep the decoded input as `raw` (default true) */
  keepRaw?: boolean;
  /** for fragments: the citing cable's reference id (REF years and bare serials default to it) */
  referenceId?: string;
}

/** Decode input bytes: UTF-8 when valid, else Latin-1 (the PDF texts). */
export function decodeCableBytes(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

/** Parse any text into a Cable. Never throws on content; problems become diagnostics. */
export function parseCable(input: string | Uint8Array, options: ParseOptions = {}): Cable {
  const parsed = safeParse(input, options);
  const cable = parsed.cable;
  cable.raw = parsed.text;
  // the markings stage: portion-to-banner roll-up checks join the parser's diagnostics
  try {
    cable.diagnostics.push(...checkMarkings(cable));
  } catch (e) {
    cable.diagnostics.push({ severity: 'error', code: 'markings-check-failure', message: `the markings checks failed: ${(e as Error).message}`, line: 1, column: 1 });
  }
  if (options.keepRaw === false) delete cable.raw;
  return cable;
}

function safeParse(input: string | Uint8Array, options: ParseOptions): Parsed {
  const source = options.source;
  try {
    return parseText(input, { source, referenceId: options.referenceId });
  } catch (e) {
    // a parser bug must not lose the cable: keep it raw, with the error as a diagnostic
    const text = typeof input === 'string' ? input : decodeBytes(input).text;
    const cable: Cable = {
      source, id: null, created: null, released: null, origin: null, banner: null, header: null, eo: null, tags: [],
      subject: null, refs: [], classifiedBy: null, summary: null, paragraphs: [], signedBy: [], classification: null,
      diagnostics: [{ severity: 'error', code: 'parser-failure', message: `the parser failed: ${(e as Error).message}`, line: 1, column: 1 }],
    };
    return { text, encoding: 'utf-8', lines: [], zones: [], cable };
  }
}

/** Parse into the syntax tree (zones of lines, every node positioned). */
export function parseTree(input: string | Uint8Array): { root: CableRoot; cable: Cable } {
  const parsed = parseText(input);
  const index = new LineIndex(parsed.lines);
  const children: ZoneNode[] = parsed.zones.map((z) => {
    const leaves: LineNode[] = [];
    for (let k = z.from; k < z.to; k++) {
      const l = parsed.lines[k]!;
      leaves.push({ type: 'line', value: parsed.text.slice(l.start, l.next), position: { start: index.point(l.start), end: index.point(l.next) } });
    }
    const first = parsed.lines[z.from]!;
    const last = parsed.lines[z.to - 1]!;
    const node: ZoneNode = { type: z.type, position: { start: index.point(first.start), end: index.point(last.next) }, children: leaves };
    if (z.data) node.data = z.data;
    return node;
  });
  const root: CableRoot = {
    type: 'cable',
    position: { start: index.point(0), end: index.point(parsed.text.length) },
    children,
    data: { encoding: parsed.encoding },
  };
  return { root, cable: parsed.cable };
}

/** The tree back to the exact input bytes. */
export function renderBytes(root: CableRoot): Buffer {
  return encodeText(renderTree(root), root.data.encoding);
}
