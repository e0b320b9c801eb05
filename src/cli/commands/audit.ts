import type { Command } from '../command.js';
import { createError } from '../../errors.js';

export const auditCommand: Command = {
  name: 'audit',
  summary: 'not built yet',
  usage: 'tearline audit',
  run() {
    throw createError('USAGE', 'tearline audit: not available in this build yet');
  },
};
