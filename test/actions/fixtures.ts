/** Cables for the actions tests: the bundled seed (data/sample/seed) and small composed telegrams. */
import fs from 'node:fs';
import { composeCable, parseCable, type Cable, type CableDraft } from '../../src/cable/index.js';
import { dataPath } from '../../src/common/paths.js';

export const seedPath = dataPath('sample', 'seed', '09STATE96222.txt');

export function seed(): Cable {
  return parseCable(new Uint8Array(fs.readFileSync(seedPath)), { source: seedPath });
}

/** A State telegram TO the given posts (INFO the others) with the given paragraphs, parsed back. */
export function stateCable(options: {
  serial: string;
  dtg: string;
  to: string[];
  info?: string[];
  banner?: string;
  level?: CableDraft['level'];
  paragraphs: { marking?: string; text: string }[];
}): Cable {
  const yy = options.dtg.slice(2, 4);
  const text = composeCable({
    id: `${yy}STATE${Number(options.serial)}`,
    created: options.dtg.slice(0, 16).replace('T', ' '),
    banner: options.banner ?? 'CONFIDENTIAL',
    origin: 'Secretary of State',
    header: {
      station: 'RUEHC',
      serial: options.serial.slice(-4),
      precedence: 'O',
      dtg: options.dtg,
      from: 'SECSTATE WASHDC',
      to: options.to.map((name) => ({ ri: null, name, precedence: 'IMMEDIATE', serial: null })),
      info: (options.info ?? []).map((name) => ({ ri: null, name, precedence: 'PRIORITY', serial: null })),
    },
    level: options.level ?? 'C',
    captionStation: 'STATE',
    captionSerial: options.serial.padStart(6, '0'),
    eo: { order: '12958', declassify: '2019-01-01' },
    tags: ['PARM', 'PREL'],
    subject: { text: 'TEST TASKING', marking: 'U' },
    paragraphs: options.paragraphs.map((p, i) => ({ number: String(i + 1), marking: p.marking ?? 'C', text: p.text })),
    signedBy: ['CLINTON'],
  });
  return parseCable(text, { source: `${yy}STATE${Number(options.serial)}.txt` });
}
