import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const usersCommand: Command = {
  name: 'users',
  summary: 'not built yet',
  usage: 'tearline users',
  run() {
    throw createError('USAGE', 'tearline users: not available in this build yet');
  },
};
