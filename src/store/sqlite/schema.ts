/**
 * The SQLite schema as an ordered list of migrations. Migration N brings a database from version N-1 to N.
 * Never edit a released migration: append a new one.
 */
export const migrations: string[] = [
  // 1: the archive
  `
  -- Tables other than cables and revisions are keyed by cables.rowid (\`cable_ref\`): new cables get increasing
  -- rowids, so their rows are appended rather than scattered through the B-trees (ingest at scale), and
  -- search groups and joins on integers.
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
    tags TEXT NOT NULL,                 -- '|PARM|FR|' or ''
    diagnostics TEXT NOT NULL           -- '|code|code|' (one per diagnostic; full diagnostics in cable_json) or ''
  );
  -- the parsed Cable as JSON, without raw and without portion texts (in paragraph_texts); kept apart so
  -- that cables stays narrow for facet counting
  CREATE TABLE cable_json (
    cable_ref INTEGER PRIMARY KEY,
    parsed TEXT NOT NULL
  );

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

  -- portions of the current revision: the subject (number 'subject', seq 0) and the paragraphs, with their
  -- access labels; narrow, so that the access join from the full-text index stays cheap
  CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    cable_ref INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    lvl INTEGER NOT NULL,
    noforn INTEGER NOT NULL,
    rel_to TEXT NOT NULL,
    controls TEXT NOT NULL,
    UNIQUE (cable_ref, seq)
  );
  -- their texts (same id), the content of the full-text index
  CREATE TABLE paragraph_texts (
    id INTEGER PRIMARY KEY,
    subject TEXT,                        -- the text when the portion is the subject
    body TEXT                            -- the text otherwise
  );
  CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    subject, body, content='paragraph_texts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  );
  INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0)');

  CREATE TABLE refs (
    cable_ref INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    ref_id TEXT,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (cable_ref, seq)
  );
  CREATE INDEX refs_ref_id ON refs(ref_id);

  -- extraction rows, readable only through the access predicate on their paragraph
  CREATE TABLE extractions (
    cable_ref INTEGER NOT NULL,
    kind TEXT NOT NULL,                  -- mention | relation | action
    seq INTEGER NOT NULL,
    paragraph TEXT NOT NULL,             -- Paragraph.number or 'subject'
    paragraph_id INTEGER,                -- paragraphs.id; NULL when the paragraph is unknown (then nobody reads it)
    payload TEXT NOT NULL,
    PRIMARY KEY (cable_ref, kind, seq)
  );

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
  // 2: portion ids that pack cable, sequence and label set (src/store/sqlite/portion-id.ts), so that search
  // decides access and groups hits from the full-text rowid alone; existing portions are renumbered
  `
  CREATE TABLE labelsets (
    id INTEGER PRIMARY KEY,
    lvl INTEGER NOT NULL,
    noforn INTEGER NOT NULL,
    rel_to TEXT NOT NULL,
    controls TEXT NOT NULL,
    UNIQUE (lvl, noforn, rel_to, controls)
  );
  INSERT INTO labelsets (lvl, noforn, rel_to, controls) SELECT DISTINCT lvl, noforn, rel_to, controls FROM paragraphs ORDER BY 1, 2, 3, 4;
  CREATE TEMP TABLE portion_renumber AS
    SELECT p.id AS old, p.cable_ref * 67108864 + p.seq * 16384 + l.id AS new
    FROM paragraphs p JOIN labelsets l ON l.lvl = p.lvl AND l.noforn = p.noforn AND l.rel_to = p.rel_to AND l.controls = p.controls;
  CREATE UNIQUE INDEX temp.portion_renumber_old ON portion_renumber (old);
  UPDATE paragraph_texts SET id = (SELECT new FROM temp.portion_renumber WHERE old = paragraph_texts.id);
  UPDATE paragraphs SET id = (SELECT new FROM temp.portion_renumber WHERE old = paragraphs.id);
  UPDATE extractions SET paragraph_id = (SELECT new FROM temp.portion_renumber WHERE old = extractions.paragraph_id) WHERE paragraph_id IS NOT NULL;
  INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild');
  DROP TABLE temp.portion_renumber;
  `,
  // 3: the full-text index gathers 8 MB of new terms in memory before writing a segment (default 1 MB):
  // fewer, larger segments to merge at ingest (a third less index work per batch), and no more segments
  // for queries to read
  `
  INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('hashsize', 8388608);
  `,
];

/** The schema version this code writes and understands. */
export const schemaVersion = migrations.length;
