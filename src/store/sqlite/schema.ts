/**
 * The SQLite schema as an ordered list of migrations. Migration N brings a database from version N-1 to N.
 * Never edit a released migration: append a new one.
 */
export const migrations: string[] = [
  // 1: the archive
  `
  CREATE TABLE cables (
    id TEXT NOT NULL UNIQUE,
    revision INTEGER NOT NULL,          -- the current revision (revisions.revision)
    source TEXT NOT NULL,
    created TEXT, released TEXT,
    date TEXT, year INTEGER,
    origin TEXT, banner TEXT,
    classification TEXT, lvl INTEGER,
    subject TEXT,
    sender TEXT,                        -- header FM line
    addressees TEXT NOT NULL,           -- '|AMEMBASSY PARIS|AMEMBASSY BEIJING|' (TO and INFO) or ''
    parsed TEXT NOT NULL                -- the Cable as JSON, without raw and without portion texts (in paragraphs)
  );
  CREATE INDEX cables_date ON cables(date);
  CREATE INDEX cables_origin ON cables(origin);
  CREATE INDEX cables_classification ON cables(classification);

  CREATE TABLE revisions (
    cable_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    source TEXT NOT NULL,
    released TEXT,
    raw BLOB NOT NULL,                  -- the exact input bytes
    diff_from INTEGER,
    diff TEXT,
    UNIQUE (cable_id, revision)
  );
  CREATE INDEX revisions_sha256 ON revisions(sha256);

  CREATE TABLE cable_tags (
    cable_id TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (cable_id, tag)
  ) WITHOUT ROWID;
  CREATE INDEX cable_tags_tag ON cable_tags(tag, cable_id);

  -- portions of the current revision: the subject (number 'subject', seq 0) and the paragraphs
  CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    cable_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    subject TEXT,                        -- the text when this portion is the subject
    body TEXT,                           -- the text otherwise
    lvl INTEGER NOT NULL,
    noforn INTEGER NOT NULL,
    rel_to TEXT NOT NULL,
    controls TEXT NOT NULL,
    UNIQUE (cable_id, seq)
  );
  CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    subject, body, content='paragraphs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  );
  INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0)');

  CREATE TABLE refs (
    cable_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    ref_id TEXT,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (cable_id, seq)
  ) WITHOUT ROWID;
  CREATE INDEX refs_ref_id ON refs(ref_id, cable_id);

  CREATE TABLE diagnostics (
    cable_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    severity TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    line INTEGER, col INTEGER,
    PRIMARY KEY (cable_id, seq)
  ) WITHOUT ROWID;
  CREATE INDEX diagnostics_code ON diagnostics(code);

  -- extraction rows, readable only through the access predicate on their paragraph
  CREATE TABLE extractions (
    cable_id TEXT NOT NULL,
    kind TEXT NOT NULL,                  -- mention | relation | action
    seq INTEGER NOT NULL,
    paragraph TEXT NOT NULL,             -- Paragraph.number or 'subject'
    paragraph_id INTEGER,                -- paragraphs.id; NULL when the paragraph is unknown (then nobody reads it)
    payload TEXT NOT NULL,
    PRIMARY KEY (cable_id, kind, seq)
  ) WITHOUT ROWID;
  CREATE INDEX extractions_kind ON extractions(kind);

  -- append-only, hash-chained log of reads of classified text
  CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reader TEXT NOT NULL,
    action TEXT NOT NULL,
    cable_id TEXT NOT NULL,
    paragraphs TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL
  );
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
];

/** The schema version this code writes and understands. */
export const schemaVersion = migrations.length;
