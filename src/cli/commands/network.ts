import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const networkCommand: Command = {
  name: 'network',
  summary: 'not built yet',
  usage: 'tearline network',
  run() {
    throw createError('USAGE', 'tearline network: not available in this build yet');
  },
};
