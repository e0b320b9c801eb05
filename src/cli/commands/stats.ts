import type { Command } from '../command.js';
import { parseCommandArgs, printJson } from '../command.js';
import { openStore, resolveDbLocation } from '../../store/index.js';
import type { ArchiveStats } from '../../store/types.js';

function table(title: string, counts: Record<string, number>, max = 25): string[] {
  const entries = Object.entries(counts);
  if (entries.length === 0) return [];
  const lines = [`${title}:`];
  for (const [k, n] of entries.slice(0, max)) lines.push(`  ${String(n).padStart(8)}  ${k}`);
  if (entries.length > max) lines.push(`  … ${entries.length - max} more`);
  return lines;
}

/** The archive summary as text. */
export function statsText(s: ArchiveStats, location: string): string {
  return [
    `${location}: ${s.cables.toLocaleString('en-US')} cables, ${s.revisions.toLocaleString('en-US')} revisions, ${s.paragraphs.toLocaleString('en-US')} portions`,
    ...table('by classification', s.byClassification),
    ...table('by year', s.byYear, 100),
    ...table('by origin', s.byOrigin),
    ...table('diagnostics by code', s.diagnostics, 100),
  ].join('\n');
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'summarise the archive: counts by year, origin, classification; diagnostics by code',
  usage: 'tearline stats [--db PATH] [--json]',
  async run(argv) {
    const { values } = parseCommandArgs('stats', argv, { db: { type: 'string' }, json: { type: 'boolean' } }, false);
    const location = resolveDbLocation(values.db);
    const store = await openStore(location, { mustExist: true });
    try {
      const s = await store.stats();
      if (values.json) printJson(s);
      else process.stdout.write(statsText(s, location) + '\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
