#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node
// MALLOC_ARENA_MAX=2: glibc gives each thread that allocates (the preparing workers, SQLite, V8's helpers)
// its own malloc arena, and the memory freed in them stays resident; with two arenas an ingest of 250,000
// cables stays flat near 420 MB instead of creeping towards 500 MB, at the same speed (src/store/ingest/memory.ts).
import { commandLoaders, allCommands } from './commands/index.js';
import type { Command } from './command.js';
import { isTearlineError } from '../errors.js';

function help(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'tearline: cables, markings and need-to-know, proliferation networks, screening, controls, actions',
    '',
    'usage: tearline COMMAND [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'tearline COMMAND --help shows the options of one command.',
  ].join('\n');
}

// A reader that stops early (`tearline parse DIR --json | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help(await allCommands()) + '\n');
    return name === undefined ? 2 : 0;
  }
  const key = name === 'license' ? 'licence' : name;
  if (!Object.hasOwn(commandLoaders, key)) {
    process.stderr.write(`tearline: unknown command ${JSON.stringify(name)}\n\n${help(await allCommands())}\n`);
    return 2;
  }
  const command = await commandLoaders[key]!();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  return await command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (isTearlineError(e)) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`tearline: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
