import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const listsCommand: Command = {
  name: 'lists',
  summary: 'not built yet',
  usage: 'tearline lists',
  run() {
    throw createError('USAGE', 'tearline lists: not available in this build yet');
  },
};
