import fs from 'node:fs';
import type { Command } from '../command.js';
import { parseCommandArgs, printJson, readerFromArgs, readerOptions } from '../command.js';
import { loadCable } from '../source.js';
import { parseCable } from '../../cable/index.js';
import { createError } from '../../errors.js';
import { viewForReader } from '../../access/index.js';
import { extractActions } from '../../extract/actions.js';
import { visibleMentions } from '../../actions/visibility.js';
import { draftReply } from '../../actions/replyDraft.js';
import { isForPost } from '../../actions/fromCables.js';
import { isIsoDate } from '../../actions/isoDate.js';

const usage = 'tearline reply ID|FILE --from POST [--date YYYY-MM-DD[THH:MMZ]] [--classification BANNER] [--serial N] [--signed NAME] [--out FILE] [--db PATH] [READER] [--json]';

/** `--date`: a day (noon UTC) or an ISO 8601 date-time. */
function draftDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (isIsoDate(text)) return `${text}T12:00:00Z`;
  const d = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(d.getTime())) throw createError('USAGE', `tearline reply: --date must be YYYY-MM-DD or an ISO date-time (got ${JSON.stringify(text)})`);
  return d.toISOString();
}

/** `tearline reply`: draft the response telegram to an action request. */
export const replyCommand: Command = {
  name: 'reply',
  summary: 'draft the response telegram of a post to an action request (FM the post TO the requester, REF, RE: subject)',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('reply', argv, {
      ...readerOptions,
      from: { type: 'string' },
      date: { type: 'string' },
      classification: { type: 'string' },
      serial: { type: 'string' },
      signed: { type: 'string' },
      out: { type: 'string' },
      db: { type: 'string', default: './tearline.db' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw createError('USAGE', `tearline reply: give exactly one request (reference id or file)\nusage: ${usage}`);
    if (!values.from?.trim()) throw createError('USAGE', `tearline reply: --from POST is required (e.g. --from "AMEMBASSY PARIS")\nusage: ${usage}`);
    const serial = values.serial === undefined ? undefined : Number(values.serial);
    if (serial !== undefined && !(Number.isInteger(serial) && serial > 0 && serial < 1e6)) throw createError('USAGE', `tearline reply: --serial must be a number from 1 to 999999 (got ${JSON.stringify(values.serial)})`);
    const source = positionals[0]!;
    const reader = readerFromArgs('reply', values);
    const { cable } = await loadCable('reply', source, { db: values.db! });
    if (!cable.id || !viewForReader(cable, reader)) throw createError('NOT_FOUND', `tearline reply: ${source}: not found, not a cable with a reference id, or nothing in it is readable by ${reader.name}`);
    const mentions = visibleMentions(cable, extractActions(cable), reader);
    if (!mentions.some((m) => isForPost(m.addressees, values.from!))) {
      process.stderr.write(`tearline reply: ${values.from} is not an action addressee of ${cable.id} (as far as ${reader.name} may read); drafting anyway\n`);
    }
    const draft = draftReply(cable, mentions, {
      from: values.from,
      date: draftDate(values.date),
      classification: values.classification,
      serial,
      signedBy: values.signed?.toUpperCase(),
    });
    if (values.out) {
      try {
        fs.writeFileSync(values.out, draft.text);
      } catch (e) {
        throw createError('BAD_INPUT', `tearline reply: cannot write ${values.out}: ${(e as Error).message}`);
      }
    }
    if (values.json) {
      const parsed = parseCable(draft.text);
      printJson({ id: draft.id, inReplyTo: cable.id, from: parsed.header?.from ?? null, to: parsed.header?.to.map((a) => a.name) ?? [], banner: parsed.banner, subject: parsed.subject?.text ?? null, refs: parsed.refs, text: draft.text });
    } else if (!values.out) process.stdout.write(draft.text);
    else process.stderr.write(`tearline reply: wrote ${draft.id} to ${values.out}\n`);
    return 0;
  },
};
