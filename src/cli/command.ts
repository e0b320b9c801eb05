import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createError } from '../errors.js';
import { localOperator, type Reader } from '../access/reader.js';
import { toAlpha3 } from '../common/countries.js';
import { levels, type Level } from '../markings/types.js';
import { readerForUser } from '../users/index.js';
import { resolveDbLocation } from '../store/location.js';

/** One CLI command: its own file in src/cli/commands/, registered in commands/index.ts. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** returns the exit code; throws TearlineError for bad usage or input */
  run(argv: string[]): Promise<number> | number;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every reader-aware command accepts (SPEC §5 READER). */
export const readerOptions = {
  clearance: { type: 'string' },
  citizenship: { type: 'string' },
  access: { type: 'string' },
  user: { type: 'string' },
} as const satisfies Options;

/** parseArgs with usage errors turned into exit-2 errors that name the command. */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw createError('USAGE', `tearline ${command}: ${(e as Error).message}`);
  }
}

/**
 * The reader named on the command line, or the local operator (said on stderr) when none is given.
 */
export function readerFromArgs(command: string, values: { clearance?: string; citizenship?: string; access?: string; user?: string; db?: string }): Reader {
  if (values.user !== undefined) {
    if (values.clearance !== undefined || values.citizenship !== undefined || values.access !== undefined) {
      throw createError('USAGE', `tearline ${command}: give either --user or --clearance/--citizenship/--access, not both`);
    }
    return readerForUser(values.user, resolveDbLocation(values.db));
  }
  if (values.clearance === undefined && values.citizenship === undefined && values.access === undefined) {
    process.stderr.write(`tearline ${command}: no reader given; acting as the local operator (TS, USA, all accesses)\n`);
    return localOperator;
  }
  const clearance = (values.clearance ?? '').toUpperCase();
  if (!(levels as readonly string[]).includes(clearance)) {
    throw createError('USAGE', `tearline ${command}: --clearance must be one of U, C, S, TS (got ${JSON.stringify(values.clearance ?? '')})`);
  }
  if (values.citizenship === undefined) {
    throw createError('USAGE', `tearline ${command}: --citizenship is required with --clearance (ISO alpha-3, alpha-2 or a country name)`);
  }
  const citizenship = toAlpha3(values.citizenship);
  if (!citizenship) throw createError('USAGE', `tearline ${command}: unknown country in --citizenship: ${JSON.stringify(values.citizenship)}`);
  const accesses = (values.access ?? '')
    .split(/[,\s]+/)
    .map((a) => a.trim().toUpperCase())
    .filter(Boolean);
  return { name: `${clearance}/${citizenship}${accesses.length ? '/' + accesses.join(',') : ''}`, clearance: clearance as Level, citizenship, accesses };
}

/** Write one JSON value on its own line. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}
