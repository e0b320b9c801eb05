import type { Command } from '../command.js';
import { parseCommand } from './parse.js';
import { ingestCommand } from './ingest.js';
import { showCommand } from './show.js';
import { searchCommand } from './search.js';
import { releaseCommand } from './release.js';
import { screenCommand } from './screen.js';
import { listsCommand } from './lists.js';
import { licenceCommand } from './licence.js';
import { classifyCommand } from './classify.js';
import { networkCommand } from './network.js';
import { actionsCommand } from './actions.js';
import { replyCommand } from './reply.js';
import { statsCommand } from './stats.js';
import { auditCommand } from './audit.js';
import { serveCommand } from './serve.js';
import { usersCommand } from './users.js';
import { demoCommand } from './demo.js';

/** Every command, in the order `tearline --help` lists them. */
export const commands: Command[] = [
  demoCommand,
  parseCommand,
  ingestCommand,
  showCommand,
  searchCommand,
  releaseCommand,
  screenCommand,
  listsCommand,
  licenceCommand,
  classifyCommand,
  networkCommand,
  actionsCommand,
  replyCommand,
  statsCommand,
  auditCommand,
  serveCommand,
  usersCommand,
];
