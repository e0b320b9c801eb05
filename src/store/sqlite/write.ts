/**
 * Writing a batch of prepared cables in one transaction: new cables, unchanged inputs, new revisions.
 * The current revision is the one with the latest release date (ties: the later ingested); its portions,
 * references and extractions are the ones indexed.
 */
import { decodeCableBytes } from '../../cable/index.js';
import { lineDiff } from '../diff.js';
import type { IngestOutcome, PreparedCable } from '../types.js';
import type { Db } from './open.js';
import { portionId } from './portion-id.js';
import { listColumn } from '../columns.js';

function statements(db: Db) {
  return {
    sameText: db.prepare('SELECT revision FROM revisions WHERE cable_id = ? AND sha256 = ?').pluck(),
    current: db.prepare('SELECT c.revision AS revision, r.released AS released, r.raw AS raw FROM cables c JOIN revisions r ON r.cable_id = c.id AND r.revision = c.revision WHERE c.id = ?'),
    maxRevision: db.prepare('SELECT max(revision) FROM revisions WHERE cable_id = ?').pluck(),
    insertRevision: db.prepare('INSERT INTO revisions (cable_id, revision, sha256, source, released, raw, diff_from, diff) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    upsertCable: db.prepare(`INSERT INTO cables (id, revision, source, created, released, date, year, origin, banner, classification, lvl, subject, sender, addressees, tags, diagnostics)
      VALUES (@id, @revision, @source, @created, @released, @date, @year, @origin, @banner, @classification, @lvl, @subject, @sender, @addressees, @tags, @diagnostics)
      ON CONFLICT(id) DO UPDATE SET revision=excluded.revision, source=excluded.source, created=excluded.created, released=excluded.released,
        date=excluded.date, year=excluded.year, origin=excluded.origin, banner=excluded.banner, classification=excluded.classification,
        lvl=excluded.lvl, subject=excluded.subject, sender=excluded.sender, addressees=excluded.addressees, tags=excluded.tags, diagnostics=excluded.diagnostics`),
    upsertJson: db.prepare('INSERT INTO cable_json (cable_ref, parsed) VALUES (?, ?) ON CONFLICT(cable_ref) DO UPDATE SET parsed = excluded.parsed'),
    oldPortions: db.prepare('SELECT t.id, t.subject, t.body FROM paragraphs p JOIN paragraph_texts t ON t.id = p.id WHERE p.cable_ref = ?'),
    deleteText: db.prepare('DELETE FROM paragraph_texts WHERE id = ?'),
    ftsDelete: db.prepare(`INSERT INTO paragraphs_fts (paragraphs_fts, rowid, subject, body) VALUES ('delete', ?, ?, ?)`),
    deletePortions: db.prepare('DELETE FROM paragraphs WHERE cable_ref = ?'),
    deleteRefs: db.prepare('DELETE FROM refs WHERE cable_ref = ?'),
    deleteExtractions: db.prepare('DELETE FROM extractions WHERE cable_ref = ?'),
    insertPortion: db.prepare('INSERT INTO paragraphs (id, cable_ref, seq, number, lvl, noforn, rel_to, controls) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    labelset: db.prepare('SELECT id FROM labelsets WHERE lvl = ? AND noforn = ? AND rel_to = ? AND controls = ?').pluck(),
    insertLabelset: db.prepare('INSERT INTO labelsets (lvl, noforn, rel_to, controls) VALUES (?, ?, ?, ?)'),
    /** label sets known to be stored (cleared when a batch rolls back) */
    labelsets: new Map<string, number>(),
    cableRef: db.prepare('SELECT rowid FROM cables WHERE id = ?').pluck(),
    insertText: db.prepare('INSERT INTO paragraph_texts (id, subject, body) VALUES (?, ?, ?)'),
    ftsInsert: db.prepare('INSERT INTO paragraphs_fts (rowid, subject, body) VALUES (?, ?, ?)'),
    insertRef: db.prepare('INSERT INTO refs (cable_ref, seq, ref_id, text, kind) VALUES (?, ?, ?, ?, ?)'),
    insertExtraction: db.prepare('INSERT INTO extractions (cable_ref, kind, seq, paragraph, paragraph_id, payload) VALUES (?, ?, ?, ?, ?, ?)'),
  };
}

type Statements = ReturnType<typeof statements>;
const cache = new WeakMap<Db, Statements>();

function stmts(db: Db): Statements {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = statements(db)));
  return s;
}

function clearCurrent(s: Statements, id: string): void {
  const ref = s.cableRef.get(id) as number;
  for (const old of s.oldPortions.all(ref) as { id: number; subject: string | null; body: string | null }[]) {
    s.ftsDelete.run(old.id, old.subject, old.body);
    s.deleteText.run(old.id);
  }
  s.deletePortions.run(ref);
  s.deleteRefs.run(ref);
  s.deleteExtractions.run(ref);
}

/** The id of a portion label's row in labelsets, added when new. */
function labelsetId(s: Statements, l: PreparedCable['portions'][number]['label']): number {
  const key = `${l.lvl}|${l.noforn}|${l.rel_to}|${l.controls}`;
  let id = s.labelsets.get(key);
  if (id === undefined) {
    id = (s.labelset.get(l.lvl, l.noforn, l.rel_to, l.controls) as number | undefined) ?? Number(s.insertLabelset.run(l.lvl, l.noforn, l.rel_to, l.controls).lastInsertRowid);
    s.labelsets.set(key, id);
  }
  return id;
}

function writeCurrent(s: Statements, item: PreparedCable, revision: number): void {
  s.upsertCable.run({
    id: item.id, revision, source: item.source, created: item.created, released: item.released, date: item.date, year: item.year,
    origin: item.origin, banner: item.banner, classification: item.classification, lvl: item.lvl, subject: item.subject,
    sender: item.sender, addressees: listColumn(item.addressees), tags: listColumn(item.tags), diagnostics: listColumn(item.diagnostics),
  });
  const ref = s.cableRef.get(item.id) as number;
  s.upsertJson.run(ref, item.parsed);
  const portionIds = new Map<string, number>();
  for (const p of item.portions) {
    const isSubject = p.number === 'subject';
    const subject = isSubject ? p.text : null;
    const body = isSubject ? null : p.text;
    const rowid = portionId(ref, p.seq, labelsetId(s, p.label), item.id);
    s.insertPortion.run(rowid, ref, p.seq, p.number, p.label.lvl, p.label.noforn, p.label.rel_to, p.label.controls);
    s.insertText.run(rowid, subject, body);
    s.ftsInsert.run(rowid, subject, body);
    if (!portionIds.has(p.number)) portionIds.set(p.number, rowid);
  }
  item.refs.forEach((r, i) => s.insertRef.run(ref, i, r.id, r.text, r.kind));
  for (const x of item.extractions) s.insertExtraction.run(ref, x.kind, x.seq, x.paragraph, portionIds.get(x.paragraph) ?? null, x.payload);
}

/** Whether a revision released at `candidate` replaces the current one released at `current`. */
function supersedes(candidate: string | null, current: string | null): boolean {
  if (candidate === null || current === null) return true;
  return candidate >= current;
}

function writeOne(s: Statements, item: PreparedCable): IngestOutcome {
  if (s.sameText.get(item.id, item.sha256) !== undefined) return 'unchanged';
  const cur = s.current.get(item.id) as { revision: number; released: string | null; raw: Buffer } | undefined;
  if (!cur) {
    s.insertRevision.run(item.id, 1, item.sha256, item.source, item.released, item.raw, null, null);
    writeCurrent(s, item, 1);
    return 'new';
  }
  const revision = (s.maxRevision.get(item.id) as number) + 1;
  const diff = lineDiff(decodeCableBytes(cur.raw), decodeCableBytes(item.raw));
  s.insertRevision.run(item.id, revision, item.sha256, item.source, item.released, item.raw, cur.revision, diff);
  if (supersedes(item.released, cur.released)) {
    clearCurrent(s, item.id);
    writeCurrent(s, item, revision);
  }
  return 'revised';
}

/** Write prepared cables in one transaction; returns one outcome per item. */
export function writeBatch(db: Db, items: PreparedCable[]): IngestOutcome[] {
  const s = stmts(db);
  try {
    return db.transaction(() => items.map((item) => writeOne(s, item))).immediate();
  } catch (e) {
    s.labelsets.clear(); // ids added by the rolled-back batch are gone
    throw e;
  }
}

/** Hashes among `hashes` already stored as some revision. */
export function knownHashes(db: Db, hashes: string[]): Set<string> {
  const found = new Set<string>();
  const q = db.prepare('SELECT 1 FROM revisions WHERE sha256 = ? LIMIT 1').pluck();
  for (const h of hashes) if (q.get(h) !== undefined) found.add(h);
  return found;
}
