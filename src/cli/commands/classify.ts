import type { Command } from '../command.js';
import { parseCommandArgs, printJson } from '../command.js';
import { createError } from '../../errors.js';
import { classify, type ClassifiedEntry } from '../../controls/classify.js';

const usage = 'tearline classify TEXT|ENTRY [--json] [--limit N]';

function bound(p: ClassifiedEntry['parameters'][number]): string {
  if (p.comparator === 'range') return `${p.min}–${p.max} ${p.unit}`;
  return `${p.comparator} ${p.min ?? p.max} ${p.unit}`;
}

function render(e: ClassifiedEntry, detailed: boolean): string {
  const lines: string[] = [];
  const notations = [e.notations.ccl && `CCL ${e.notations.ccl}`, e.notations.wassenaar && `Wassenaar ${e.notations.wassenaar}`, e.notations.eu && `EU ${e.notations.eu}`].filter(Boolean).join(', ');
  lines.push(`${e.id}${e.score !== null ? `  (score ${e.score})` : ''}  [${notations || e.lists.join(', ')}]${e.wassenaarList ? `  Wassenaar ${e.wassenaarList} list` : ''}`);
  for (const p of e.parents) lines.push(`  in ${p.id}: ${p.heading}`);
  lines.push(`  ${detailed ? e.text : e.heading}`);
  if (e.parameters.length) {
    lines.push('  deciding parameters:');
    for (const p of e.parameters) lines.push(`    ${(p.paragraph || '-').padEnd(10)} ${p.quantity}: ${bound(p)}${p.inNote ? ' (in a note)' : ''}`);
  }
  if (e.reasonsForControl.length) lines.push(`  reasons for control: ${e.reasonsForControl.map((r) => `${r.reason}${r.covers === true ? '' : r.covers === false ? ' (not this sub-entry)' : ' (conditional)'}`).join(', ')}`);
  if (detailed && e.wassenaarText) lines.push(`  Wassenaar ${e.wassenaarText.code} (${e.wassenaarText.source}): ${e.wassenaarText.text}`);
  for (const n of detailed ? e.wassenaarListNotes : []) lines.push(`  Wassenaar ${n.list} list, ${n.code}: ${n.text}`);
  if (e.related.length) lines.push(`  related: ${e.related.map((r) => `${r.id} (${r.relation})`).join(', ')}`);
  return lines.join('\n');
}

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'find control entries by number (any notation) or by description, with deciding parameters and related entries',
  usage,
  run(argv) {
    const { values, positionals } = parseCommandArgs('classify', argv, { json: { type: 'boolean' }, limit: { type: 'string' } });
    const query = positionals.join(' ').trim();
    if (!query) throw createError('USAGE', `tearline classify: give an entry number or a description (usage: ${usage})`);
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw createError('USAGE', `tearline classify: --limit must be a positive integer (got ${JSON.stringify(values.limit)})`);
    const result = classify(query, limit);
    if (result.mode === 'entry' && !result.matches.length) {
      throw createError('NOT_FOUND', `tearline classify: unknown control entry: ${JSON.stringify(query)} (no list holds it)`);
    }
    if (values.json) {
      printJson(result);
      return 0;
    }
    if (!result.matches.length) process.stdout.write(`no control entry matches ${JSON.stringify(query)}\n`);
    for (const e of result.matches) process.stdout.write(render(e, result.mode === 'entry') + '\n\n');
    for (const d of result.definitions) process.stdout.write(`definition "${d.term}"${d.scope ? ` (${d.scope})` : ''}: ${d.text}\n`);
    process.stdout.write(`editions: ${Object.values(result.editions).join('; ')}\n`);
    return 0;
  },
};
