import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'not built yet',
  usage: 'tearline parse',
  run() {
    throw createError('USAGE', 'tearline parse: not available in this build yet');
  },
};
