import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const actionsCommand: Command = {
  name: 'actions',
  summary: 'not built yet',
  usage: 'tearline actions',
  run() {
    throw createError('USAGE', 'tearline actions: not available in this build yet');
  },
};
