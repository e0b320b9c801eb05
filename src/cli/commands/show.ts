import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'not built yet',
  usage: 'tearline show',
  run() {
    throw createError('USAGE', 'tearline show: not available in this build yet');
  },
};
