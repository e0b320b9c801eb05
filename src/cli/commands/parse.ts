import type { Command } from '../command.js';
import { parseCommandArgs, printJson } from '../command.js';
import { cableFiles, readInput } from '../files.js';
import { parseCable, type Cable } from '../../cable/index.js';
import { createError } from '../../errors.js';
import { describeTag } from '../../cable/tags.js';

const usage = 'tearline parse FILE|DIR|-... [--json | --stats]   (- reads standard input)';

/** The JSON of SPEC §5 for one cable (raw omitted), with what each TAGS entry means. */
export function cableJson(cable: Cable): Record<string, unknown> {
  const { raw, ...rest } = cable;
  void raw;
  return { ...rest, tagInfo: cable.tags.map(describeTag) };
}

interface Stats {
  cables: number;
  fields: Record<string, number>;
  diagnostics: Record<string, number>;
  paragraphs: number;
  bytes: number;
}

function countFields(stats: Stats, c: Cable): void {
  const has: Record<string, boolean> = {
    id: !!c.id, metadata: !!c.created, header: !!c.header, dtg: !!c.header?.dtg, from: !!c.header?.from,
    to: (c.header?.to.length ?? 0) > 0, info: (c.header?.info.length ?? 0) > 0, classification: !!c.classification,
    eo: !!c.eo, declassify: !!c.eo?.declassify, tags: c.tags.length > 0, subject: !!c.subject, refs: c.refs.length > 0,
    classifiedBy: !!c.classifiedBy, summary: !!c.summary, paragraphs: c.paragraphs.length > 0,
    markedParagraphs: c.paragraphs.some((p) => p.marking), signedBy: c.signedBy.length > 0,
  };
  for (const [k, v] of Object.entries(has)) if (v) stats.fields[k] = (stats.fields[k] ?? 0) + 1;
  for (const d of c.diagnostics) {
    const key = `${d.severity}:${d.code}`;
    stats.diagnostics[key] = (stats.diagnostics[key] ?? 0) + 1;
  }
  stats.paragraphs += c.paragraphs.length;
}

function textSummary(c: Cable): string {
  const lines = [
    `${c.source ?? ''}`,
    `  id ${c.id ?? '-'}  ${c.banner ?? '-'}  ${c.origin ?? '-'}  created ${c.created ?? '-'}`,
    `  subject ${c.subject ? c.subject.text : '-'}`,
    `  tags ${c.tags.join(' ') || '-'}  refs ${c.refs.map((r) => r.id ?? r.text).join('; ') || '-'}`,
    `  paragraphs ${c.paragraphs.map((p) => p.number + (p.marking ? `(${p.marking.text})` : '')).join(' ') || '-'}  signed ${c.signedBy.join(' ') || '-'}`,
  ];
  for (const d of c.diagnostics) lines.push(`  ${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
  return lines.join('\n');
}

export const parseCommand: Command = {
  name: 'parse',
  summary: 'parse cables (files or folders) into the Cable model; --json prints NDJSON, --stats counts',
  usage,
  run(argv) {
    const { values, positionals } = parseCommandArgs('parse', argv, { json: { type: 'boolean' }, stats: { type: 'boolean' } });
    if (positionals.length === 0) throw createError('USAGE', `tearline parse: give at least one FILE or DIR\nusage: ${usage}`);
    const stats: Stats = { cables: 0, fields: {}, diagnostics: {}, paragraphs: 0, bytes: 0 };
    const started = process.hrtime.bigint();
    let unreadable = 0;
    for (const file of cableFiles('parse', positionals)) {
      let bytes: Buffer;
      try {
        bytes = readInput(file);
      } catch (e) {
        process.stderr.write(`tearline parse: cannot read ${file}: ${(e as Error).message}\n`);
        unreadable++;
        continue;
      }
      const cable = parseCable(bytes, { source: file, keepRaw: false });
      stats.cables++;
      stats.bytes += bytes.length;
      if (values.stats) countFields(stats, cable);
      else if (values.json) printJson(cableJson(cable));
      else process.stdout.write(textSummary(cable) + '\n');
    }
    if (values.stats) {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const out = { ...stats, unreadable, seconds: Number(seconds.toFixed(3)) };
      if (values.json) printJson(out);
      else {
        process.stdout.write(`cables ${stats.cables} (${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.paragraphs} paragraphs) in ${seconds.toFixed(2)} s\n\nfields found:\n`);
        for (const [k, v] of Object.entries(stats.fields)) process.stdout.write(`  ${k.padEnd(18)} ${String(v).padStart(7)}  ${((100 * v) / Math.max(1, stats.cables)).toFixed(1)}%\n`);
        process.stdout.write('\ndiagnostics:\n');
        for (const [k, v] of Object.entries(stats.diagnostics).sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${k.padEnd(40)} ${v}\n`);
      }
    }
    return unreadable > 0 ? 1 : 0;
  },
};
