import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'not built yet',
  usage: 'tearline search',
  run() {
    throw createError('USAGE', 'tearline search: not available in this build yet');
  },
};
