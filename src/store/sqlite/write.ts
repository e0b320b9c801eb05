/**
 * Writing a batch of prepared cables in one transaction: new cables, unchanged inputs, new revisions.
 * The current revision is the one with the latest release date (ties: the later ingested); its portions,
 * references, diagnostics, tags and extractions are the ones indexed.
 */
import { decodeCableBytes } from '../../cable/index.js';
import { lineDiff } from '../diff.js';
import type { IngestOutcome, PreparedCable } from '../types.js';
import type { Db } from './open.js';

function statements(db: Db) {
  return {
    sameText: db.prepare('SELECT revision FROM revisions WHERE cable_id = ? AND sha256 = ?').pluck(),
    current: db.prepare('SELECT c.revision AS revision, r.released AS released, r.raw AS raw FROM cables c JOIN revisions r ON r.cable_id = c.id AND r.revision = c.revision WHERE c.id = ?'),
    maxRevision: db.prepare('SELECT max(revision) FROM revisions WHERE cable_id = ?').pluck(),
    insertRevision: db.prepare('INSERT INTO revisions (cable_id, revision, sha256, source, released, raw, diff_from, diff) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    upsertCable: db.prepare(`INSERT INTO cables (id, revision, source, created, released, date, year, origin, banner, classification, lvl, subject, sender, addressees, parsed)
      VALUES (@id, @revision, @source, @created, @released, @date, @year, @origin, @banner, @classification, @lvl, @subject, @sender, @addressees, @parsed)
      ON CONFLICT(id) DO UPDATE SET revision=excluded.revision, source=excluded.source, created=excluded.created, released=excluded.released,
        date=excluded.date, year=excluded.year, origin=excluded.origin, banner=excluded.banner, classification=excluded.classification,
        lvl=excluded.lvl, subject=excluded.subject, sender=excluded.sender, addressees=excluded.addressees, parsed=excluded.parsed`),
    oldPortions: db.prepare('SELECT id, subject, body FROM paragraphs WHERE cable_id = ?'),
    ftsDelete: db.prepare(`INSERT INTO paragraphs_fts (paragraphs_fts, rowid, subject, body) VALUES ('delete', ?, ?, ?)`),
    deletePortions: db.prepare('DELETE FROM paragraphs WHERE cable_id = ?'),
    deleteTags: db.prepare('DELETE FROM cable_tags WHERE cable_id = ?'),
    deleteRefs: db.prepare('DELETE FROM refs WHERE cable_id = ?'),
    deleteDiagnostics: db.prepare('DELETE FROM diagnostics WHERE cable_id = ?'),
    deleteExtractions: db.prepare('DELETE FROM extractions WHERE cable_id = ?'),
    insertPortion: db.prepare('INSERT INTO paragraphs (cable_id, seq, number, subject, body, lvl, noforn, rel_to, controls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    ftsInsert: db.prepare('INSERT INTO paragraphs_fts (rowid, subject, body) VALUES (?, ?, ?)'),
    insertTag: db.prepare('INSERT OR IGNORE INTO cable_tags (cable_id, tag) VALUES (?, ?)'),
    insertRef: db.prepare('INSERT INTO refs (cable_id, seq, ref_id, text, kind) VALUES (?, ?, ?, ?, ?)'),
    insertDiagnostic: db.prepare('INSERT INTO diagnostics (cable_id, seq, severity, code, message, line, col) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertExtraction: db.prepare('INSERT INTO extractions (cable_id, kind, seq, paragraph, paragraph_id, payload) VALUES (?, ?, ?, ?, ?, ?)'),
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
  for (const old of s.oldPortions.all(id) as { id: number; subject: string | null; body: string | null }[]) {
    s.ftsDelete.run(old.id, old.subject, old.body);
  }
  s.deletePortions.run(id);
  s.deleteTags.run(id);
  s.deleteRefs.run(id);
  s.deleteDiagnostics.run(id);
  s.deleteExtractions.run(id);
}

function writeCurrent(s: Statements, item: PreparedCable, revision: number): void {
  const c = item.cable;
  s.upsertCable.run({
    id: item.id, revision, source: item.source, created: c.created, released: c.released, date: item.date, year: item.year,
    origin: item.origin, banner: item.banner, classification: item.classification, lvl: item.lvl, subject: c.subject?.text ?? null,
    sender: c.header?.from ?? null, addressees: addresseeColumn(c),
    parsed: JSON.stringify(withoutPortionTexts(c)),
  });
  const portionIds = new Map<string, number>();
  for (const p of item.portions) {
    const isSubject = p.number === 'subject';
    const subject = isSubject ? p.text : null;
    const body = isSubject ? null : p.text;
    const info = s.insertPortion.run(item.id, p.seq, p.number, subject, body, p.label.lvl, p.label.noforn, p.label.rel_to, p.label.controls);
    const rowid = Number(info.lastInsertRowid);
    s.ftsInsert.run(rowid, subject, body);
    if (!portionIds.has(p.number)) portionIds.set(p.number, rowid);
  }
  for (const tag of item.tags) s.insertTag.run(item.id, tag);
  c.refs.forEach((r, i) => s.insertRef.run(item.id, i, r.id, r.text, r.kind));
  c.diagnostics.forEach((d, i) => s.insertDiagnostic.run(item.id, i, d.severity, d.code, d.message, d.line, d.column));
  const x = item.extraction;
  const rows: [string, { span: { paragraph: string } }[]][] = [['mention', x.mentions], ['relation', x.relations], ['action', x.actions]];
  for (const [kind, list] of rows) {
    list.forEach((m, i) => s.insertExtraction.run(item.id, kind, i, m.span.paragraph, portionIds.get(m.span.paragraph) ?? null, JSON.stringify(m)));
  }
}

/** The cable without its subject and paragraph texts: those live once, in the paragraphs table. */
function withoutPortionTexts(c: PreparedCable['cable']): PreparedCable['cable'] {
  return {
    ...c,
    subject: c.subject ? { ...c.subject, text: '' } : null,
    paragraphs: c.paragraphs.map((p) => ({ ...p, text: '' })),
  };
}

function addresseeColumn(c: PreparedCable['cable']): string {
  const names = [...(c.header?.to ?? []), ...(c.header?.info ?? [])].map((a) => a.name.toUpperCase());
  return names.length ? `|${names.join('|')}|` : '';
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
  const diff = lineDiff(decodeCableBytes(cur.raw), item.text);
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
  return db.transaction(() => items.map((item) => writeOne(s, item))).immediate();
}

/** Hashes among `hashes` already stored as some revision. */
export function knownHashes(db: Db, hashes: string[]): Set<string> {
  const found = new Set<string>();
  const q = db.prepare('SELECT 1 FROM revisions WHERE sha256 = ? LIMIT 1').pluck();
  for (const h of hashes) if (q.get(h) !== undefined) found.add(h);
  return found;
}
