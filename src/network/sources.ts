/**
 * Where the network's extractions come from: cable files (parsed and extracted here, limited to
 * what the reader may read), or the archive (`--db`), whose store returns only readable rows.
 */
import type { Reader } from '../access/reader.js';
import { parseCable } from '../cable/index.js';
import { extractNetwork } from '../extract/network.js';
import { createError } from '../errors.js';
import { limitToReadable } from './access.js';
import type { ExtractionRecord } from './types.js';

/** Extraction records from cable files, each limited to the portions `reader` may read. */
export function recordsFromFiles(files: Iterable<{ path: string; bytes: Uint8Array }>, reader: Reader): ExtractionRecord[] {
  const out: ExtractionRecord[] = [];
  for (const f of files) {
    const cable = parseCable(f.bytes, { source: f.path });
    const record: ExtractionRecord = { cable: cable.id ?? f.path, date: cable.created?.slice(0, 10) ?? cable.header?.dtg?.slice(0, 10) ?? null, extraction: extractNetwork(cable) };
    const limited = limitToReadable(cable, reader, record);
    if (limited.extraction.mentions.length || limited.extraction.relations.length) out.push(limited);
  }
  return out;
}

interface StoreLike {
  extractionsForReader(reader: Reader, filter?: { kinds?: string[] }): Promise<Array<{ cable: string; paragraph: string; kind: string; payload: unknown }>>;
  getCable(id: string): Promise<{ cable: { created: string | null; header: { dtg: string | null } | null } } | null>;
  close(): Promise<void>;
}

/**
 * Extraction records from the archive at `location`, as the store gives them to `reader` (only rows
 * of readable paragraphs). The store module is loaded at run time so this works in builds without it.
 * `dates`: look up each cable's date (needed for date filters).
 */
export async function recordsFromArchive(location: string, reader: Reader, options: { dates?: boolean } = {}): Promise<ExtractionRecord[]> {
  const modulePath = '../store/index.js';
  let mod: { openStore(location: string, o: { mustExist?: boolean }): Promise<StoreLike> };
  try {
    mod = (await import(modulePath)) as typeof mod;
  } catch {
    throw createError('USAGE', `tearline network: the archive (${location}) cannot be read in this build; give cable files or folders instead`);
  }
  const store = await mod.openStore(location, { mustExist: true });
  try {
    const rows = await store.extractionsForReader(reader, { kinds: ['mention', 'relation'] });
    const byCable = new Map<string, ExtractionRecord>();
    for (const r of rows) {
      let rec = byCable.get(r.cable);
      if (!rec) {
        // dates cost a cable read each: only when a date range asks for them (the store's rows carry none)
        const stored = options.dates ? await store.getCable(r.cable) : null;
        const date = stored?.cable.created?.slice(0, 10) ?? stored?.cable.header?.dtg?.slice(0, 10) ?? null;
        rec = { cable: r.cable, date, extraction: { mentions: [], relations: [] } };
        byCable.set(r.cable, rec);
      }
      if (r.kind === 'mention') rec.extraction.mentions.push(r.payload as ExtractionRecord['extraction']['mentions'][number]);
      else if (r.kind === 'relation') rec.extraction.relations.push(r.payload as ExtractionRecord['extraction']['relations'][number]);
    }
    return [...byCable.values()];
  } finally {
    await store.close();
  }
}
