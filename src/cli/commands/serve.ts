import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'not built yet',
  usage: 'tearline serve',
  run() {
    throw createError('USAGE', 'tearline serve: not available in this build yet');
  },
};
