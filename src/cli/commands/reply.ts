import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const replyCommand: Command = {
  name: 'reply',
  summary: 'not built yet',
  usage: 'tearline reply',
  run() {
    throw createError('USAGE', 'tearline reply: not available in this build yet');
  },
};
