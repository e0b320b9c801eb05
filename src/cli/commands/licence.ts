import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const licenceCommand: Command = {
  name: 'licence',
  summary: 'not built yet',
  usage: 'tearline licence',
  run() {
    throw createError('USAGE', 'tearline licence: not available in this build yet');
  },
};
