import type { Command } from '../command.js';
import { parseCommandArgs, printJson } from '../command.js';
import { createError, isTearlineError } from '../../errors.js';
import { determineLicence, type LicenceDetermination } from '../../controls/licence.js';

const usage = 'tearline licence --item ENTRY --to CC[,CC…] [--json]';

function verdict(d: LicenceDetermination): string {
  if (d.outcome === 'not-an-export') return 'NOT AN EXPORT';
  if (d.prohibited) return 'LICENCE REQUIRED — PROHIBITED (embargo)';
  if (d.licenceRequired === true) return 'LICENCE REQUIRED';
  if (d.licenceRequired === false) return 'NO LICENCE REQUIRED under the Country Chart';
  return d.outcome === 'refer' ? 'REFER — the chart does not decide' : 'CONDITIONAL — answer the questions below';
}

/** Human-readable rendering of a determination. */
function render(d: LicenceDetermination): string {
  const lines: string[] = [];
  const wa = d.notations.wassenaar ? ` (Wassenaar ${d.notations.wassenaar})` : '';
  const via = d.inheritedFrom ? ` — governed by the ${d.inheritedFrom.name} row` : '';
  lines.push(`${d.entry}${wa}: ${d.heading}`);
  lines.push(`→ ${d.destinationName} (${d.destination})${via}: ${verdict(d)}`);
  if (d.policy) lines.push(`  licensing policy: ${d.policy}`);
  for (const r of d.reasons) {
    const a = r.applies === true ? 'licence' : r.applies === false ? 'no licence' : r.outcome;
    lines.push(`  ${r.reason.padEnd(5)} ${(r.column ?? '-').padEnd(4)} ${a.padEnd(11)} ${r.note}`);
  }
  if (d.questions.length) {
    lines.push('Questions to settle:');
    for (const q of d.questions) lines.push(`  [${q.reason}] ${q.question}`);
  }
  lines.push(`EU exporter: ${d.eu.note}`);
  for (const c of d.caveats) lines.push(`Note: ${c}`);
  lines.push('Citations:');
  for (const c of d.citations) lines.push(`  ${c}`);
  lines.push(`Editions: ${Object.values(d.editions).join('; ')}`);
  return lines.join('\n');
}

export const licenceCommand: Command = {
  name: 'licence',
  summary: 'licence determination for a control entry and destination (EAR Country Chart, part 746, EU 2021/821), with citations',
  usage,
  run(argv) {
    const { values, positionals } = parseCommandArgs('licence', argv, {
      item: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean' },
    });
    const item = values.item ?? positionals[0];
    if (!item) throw createError('USAGE', `tearline licence: --item ENTRY is required (usage: ${usage})`);
    if (!values.to) throw createError('USAGE', `tearline licence: --to COUNTRY is required (usage: ${usage})`);
    const destinations = values.to.split(',').map((s) => s.trim()).filter(Boolean);
    if (!destinations.length) throw createError('USAGE', `tearline licence: --to names no country (usage: ${usage})`);
    const results = destinations.map((to) => {
      try {
        return determineLicence(item, to);
      } catch (e) {
        if (isTearlineError(e)) throw createError(e.code, `tearline licence: ${e.message}`);
        throw e;
      }
    });
    for (const d of results) {
      if (values.json) printJson(d);
      else process.stdout.write(render(d) + '\n\n');
    }
    return 0;
  },
};
