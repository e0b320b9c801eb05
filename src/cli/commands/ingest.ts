import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'not built yet',
  usage: 'tearline ingest',
  run() {
    throw createError('USAGE', 'tearline ingest: not available in this build yet');
  },
};
