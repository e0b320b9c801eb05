/**
 * The list formats Tearline reads, one entry per list slug: the folder names it may sit under, the
 * files a dated folder must hold to be usable, and how to read them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ScreeningRecord } from '../model.js';
import { importOfacLegacy } from './ofacLegacy.js';
import { importUnXml, unListDate } from './unXml.js';
import { importCsl } from './csl.js';
import { dplListDate, importDpl } from './dpl.js';

export interface ListFormat {
  slug: string;
  title: string;
  /** folder names under a lists directory */
  folders: string[];
  /**
   * Files a dated folder must hold. For OFAC's legacy CSV the names are split over the primary
   * file and the alias file, so a folder missing either cannot answer alias queries and is skipped.
   */
  required: string[];
  /** read the folder; `folderDate` is the date in the folder name */
  load(dir: string, folderDate: string): { date: string; records: ScreeningRecord[]; files: string[] };
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const readIf = (dir: string, file: string) => (fs.existsSync(path.join(dir, file)) ? read(dir, file) : undefined);
const present = (dir: string, files: string[]) => files.filter((f) => fs.existsSync(path.join(dir, f)));

function ofac(slug: string, title: string, prim: string, alt: string, add: string): ListFormat {
  return {
    slug,
    title,
    folders: [slug],
    required: [prim, alt],
    load(dir, folderDate) {
      const records = importOfacLegacy(slug, folderDate, { primary: read(dir, prim), alt: readIf(dir, alt), add: readIf(dir, add) });
      return { date: folderDate, records, files: present(dir, [prim, alt, add]) };
    },
  };
}

export const listFormats: readonly ListFormat[] = [
  ofac('us-ofac-sdn', 'OFAC Specially Designated Nationals', 'sdn.csv', 'alt.csv', 'add.csv'),
  ofac('us-ofac-cons', 'OFAC Consolidated (non-SDN) lists', 'cons_prim.csv', 'cons_alt.csv', 'cons_add.csv'),
  {
    slug: 'un-sc',
    title: 'UN Security Council Consolidated List',
    folders: ['un-sc', 'un-sc-consolidated'],
    required: ['consolidated.xml'],
    load(dir, folderDate) {
      const xml = read(dir, 'consolidated.xml');
      const date = unListDate(xml) ?? folderDate;
      return { date, records: importUnXml(xml, date), files: ['consolidated.xml'] };
    },
  },
  {
    slug: 'us-csl',
    title: 'trade.gov Consolidated Screening List',
    folders: ['us-csl'],
    required: ['csl.csv'],
    load(dir, folderDate) {
      return { date: folderDate, records: importCsl(read(dir, 'csl.csv'), folderDate), files: ['csl.csv'] };
    },
  },
  {
    slug: 'us-bis-dpl',
    title: 'BIS Denied Persons List',
    folders: ['us-bis-dpl'],
    required: ['dpl.txt'],
    load(dir, folderDate) {
      const text = read(dir, 'dpl.txt');
      const date = dplListDate(text) ?? folderDate;
      return { date, records: importDpl(text, date), files: ['dpl.txt'] };
    },
  },
];
