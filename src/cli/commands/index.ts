import type { Command } from '../command.js';

/**
 * Every command, in the order `tearline --help` lists them, loaded only when it runs: a call to
 * `tearline screen` does not pay for the archive, the control lists or the web server.
 */
export const commandLoaders: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./demo.js')).demoCommand,
  parse: async () => (await import('./parse.js')).parseCommand,
  ingest: async () => (await import('./ingest.js')).ingestCommand,
  show: async () => (await import('./show.js')).showCommand,
  search: async () => (await import('./search.js')).searchCommand,
  release: async () => (await import('./release.js')).releaseCommand,
  screen: async () => (await import('./screen.js')).screenCommand,
  lists: async () => (await import('./lists.js')).listsCommand,
  licence: async () => (await import('./licence.js')).licenceCommand,
  classify: async () => (await import('./classify.js')).classifyCommand,
  network: async () => (await import('./network.js')).networkCommand,
  actions: async () => (await import('./actions.js')).actionsCommand,
  reply: async () => (await import('./reply.js')).replyCommand,
  stats: async () => (await import('./stats.js')).statsCommand,
  audit: async () => (await import('./audit.js')).auditCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  users: async () => (await import('./users.js')).usersCommand,
};

/** All commands (loads every module: for the help listing). */
export async function allCommands(): Promise<Command[]> {
  return Promise.all(Object.values(commandLoaders).map((load) => load()));
}
