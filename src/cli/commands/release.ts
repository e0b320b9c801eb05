import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const releaseCommand: Command = {
  name: 'release',
  summary: 'not built yet',
  usage: 'tearline release',
  run() {
    throw createError('USAGE', 'tearline release: not available in this build yet');
  },
};
