import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const screenCommand: Command = {
  name: 'screen',
  summary: 'not built yet',
  usage: 'tearline screen',
  run() {
    throw createError('USAGE', 'tearline screen: not available in this build yet');
  },
};
