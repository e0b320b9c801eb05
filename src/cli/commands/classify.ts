import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'not built yet',
  usage: 'tearline classify',
  run() {
    throw createError('USAGE', 'tearline classify: not available in this build yet');
  },
};
