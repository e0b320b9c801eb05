import type { Command } from '../command.js';
import { parseCommandArgs, printJson } from '../command.js';
import { loadCable } from '../source.js';
import { releaseFor, renderReleaseText } from '../../access/index.js';
import { toAlpha3 } from '../../common/countries.js';
import { createError } from '../../errors.js';

const usage = 'tearline release SOURCE --to CC [--with-unclassified] [--db PATH] [--json]';

/** `tearline release`: the portions of a cable releasable to a country, as a document. */
export const releaseCommand: Command = {
  name: 'release',
  summary: 'assemble the portions of a cable releasable to a country (REL TO), headed with their canonical marking',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('release', argv, {
      to: { type: 'string' },
      'with-unclassified': { type: 'boolean', default: false },
      db: { type: 'string', default: './tearline.db' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw createError('USAGE', `tearline release: give exactly one SOURCE (usage: ${usage})`);
    if (values.to === undefined) throw createError('USAGE', `tearline release: --to CC is required (usage: ${usage})`);
    const to = toAlpha3(values.to);
    if (!to) throw createError('USAGE', `tearline release: unknown country in --to: ${JSON.stringify(values.to)}`);
    if (to === 'USA') throw createError('USAGE', 'tearline release: --to names a foreign country; US readers use tearline show');
    const { cable } = await loadCable('release', positionals[0]!, { db: values.db! });
    const release = releaseFor(cable, to, { withUnclassified: values['with-unclassified'] });
    if (values.json) printJson(release);
    else process.stdout.write(renderReleaseText(release));
    return 0;
  },
};
