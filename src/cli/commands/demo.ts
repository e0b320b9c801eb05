import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'not built yet',
  usage: 'tearline demo',
  run() {
    throw createError('USAGE', 'tearline demo: not available in this build yet');
  },
};
