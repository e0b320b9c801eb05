import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'not built yet',
  usage: 'tearline stats',
  run() {
    throw createError('USAGE', 'tearline stats: not available in this build yet');
  },
};
