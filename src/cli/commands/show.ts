import type { Command } from '../command.js';
import { parseCommandArgs, printJson, readerFromArgs, readerOptions } from '../command.js';
import { loadCable } from '../source.js';
import { canReadWhole, renderViewText, viewForReader } from '../../access/index.js';
import { createError } from '../../errors.js';
import { recordRead } from '../../store/cli-hooks.js';

const usage = 'tearline show SOURCE [--clearance U|C|S|TS --citizenship CC [--access NODIS,…]] [--db PATH] [--json | --raw]';

/** `tearline show`: the cable as a reader may see it (SPEC §4, §5). */
export const showCommand: Command = {
  name: 'show',
  summary: 'show a cable (file or reference id) as a reader may see it; withheld paragraphs are absent',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('show', argv, {
      ...readerOptions,
      db: { type: 'string', default: './tearline.db' },
      json: { type: 'boolean', default: false },
      raw: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw createError('USAGE', `tearline show: give exactly one SOURCE (usage: ${usage})`);
    if (values.json && values.raw) throw createError('USAGE', 'tearline show: --json and --raw exclude each other');
    const source = positionals[0]!;
    const reader = readerFromArgs('show', values);
    const { cable, bytes, db } = await loadCable('show', source, { db: values.db! });
    // one answer for "no such cable" and "nothing readable": existence is not disclosed
    const notFound = () => createError('NOT_FOUND', `tearline show: ${source}: not found, or nothing in it is readable by ${reader.name}`);
    if (values.raw) {
      if (!canReadWhole(cable, reader)) {
        if (!viewForReader(cable, reader)) throw notFound();
        throw createError('FORBIDDEN', `tearline show: --raw needs a reader who may read every portion of ${source}; ${reader.name} may not`);
      }
      if (db && cable.classification?.level !== 'U') await recordRead(db, reader, cable.id ?? source, ['raw'], 'show-raw');
      process.stdout.write(bytes);
      return 0;
    }
    const view = viewForReader(cable, reader);
    if (!view) throw notFound();
    if (db) {
      const classified = [
        ...(view.subject?.marking && view.subject.marking.level !== 'U' ? ['subject'] : []),
        ...view.paragraphs.filter((p) => (p.marking?.level ?? cable.classification?.level ?? 'U') !== 'U').map((p) => p.number),
      ];
      await recordRead(db, reader, cable.id ?? source, classified);
    }
    if (values.json) {
      const { created, ...json } = view;
      void created;
      printJson(json);
    } else process.stdout.write(renderViewText(view));
    return 0;
  },
};
