/**
 * The cable stage: telegram text → syntax tree with positions → Cable; and back (render, compose).
 * (Stub until the parser lands: the signatures are the contract.)
 */
import type { Cable } from './types.js';
export type * from './types.js';

export interface ParseOptions {
  /** the input path, echoed as `source` */
  source?: string;
}

/** Decode input bytes: UTF-8 when valid, else Latin-1 (the PDF texts). */
export function decodeCableBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Parse any text into a Cable. Never throws on content; problems become diagnostics. */
export function parseCable(input: string | Uint8Array, options: ParseOptions = {}): Cable {
  const raw = typeof input === 'string' ? input : decodeCableBytes(input);
  return {
    source: options.source,
    id: null, created: null, released: null, origin: null, banner: null, header: null, eo: null,
    tags: [], subject: null, refs: [], classifiedBy: null, summary: null, paragraphs: [], signedBy: [],
    diagnostics: [], classification: null, raw,
  };
}
