/**
 * The PostgreSQL schema as an ordered list of migrations (migration N brings a database from version
 * N-1 to N; never edit a released one, append). The same model as the SQLite schema
 * (src/store/sqlite/schema.ts): cables keyed by their reference id, every revision's exact bytes,
 * the current revision's portions with their access labels and a tsvector (GIN-indexed), references,
 * extraction rows, and the append-only hash-chained audit log. Unique constraints make concurrent
 * writers unable to duplicate a cable, a revision or a portion.
 */
export const migrations: string[] = [
  // 1: the archive
  `
  CREATE TABLE cables (
    ref integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL UNIQUE,
    revision integer NOT NULL,          -- the current revision (revisions.revision)
    source text NOT NULL,
    created text, released text,
    date text, year integer,
    origin text, banner text,
    classification text, lvl smallint,
    subject text,
    sender text,                        -- header FM line
    addressees text NOT NULL,           -- '|AMEMBASSY PARIS|AMEMBASSY BEIJING|' (TO and INFO) or ''
    tags text NOT NULL,                 -- '|PARM|FR|' or ''
    diagnostics text NOT NULL           -- '|code|code|' (one per diagnostic) or ''
  );
  CREATE INDEX cables_date ON cables (date);

  -- the parsed Cable without raw and without portion texts (those are in paragraphs), as written
  CREATE TABLE cable_json (
    cable_ref integer PRIMARY KEY REFERENCES cables (ref) ON DELETE CASCADE,
    parsed json NOT NULL
  );

  CREATE TABLE revisions (
    cable_id text NOT NULL,
    revision integer NOT NULL,
    sha256 text NOT NULL,
    source text NOT NULL,
    released text,
    raw bytea NOT NULL,                 -- the exact input bytes
    diff_from integer,
    diff text,
    PRIMARY KEY (cable_id, revision),
    UNIQUE (cable_id, sha256)           -- the same text of a cable is stored once
  );
  CREATE INDEX revisions_sha256 ON revisions (sha256);

  -- portions of the current revision: the subject (number 'subject', seq 0) and the paragraphs, with
  -- their access labels, their text and its words (weight A for the subject)
  CREATE TABLE paragraphs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cable_ref integer NOT NULL REFERENCES cables (ref) ON DELETE CASCADE,
    seq integer NOT NULL,
    number text NOT NULL,
    lvl smallint NOT NULL,
    noforn smallint NOT NULL,
    rel_to text NOT NULL,
    controls text NOT NULL,
    text text NOT NULL,
    tsv tsvector NOT NULL,
    UNIQUE (cable_ref, seq)
  );
  CREATE INDEX paragraphs_tsv ON paragraphs USING gin (tsv);

  CREATE TABLE refs (
    cable_ref integer NOT NULL REFERENCES cables (ref) ON DELETE CASCADE,
    seq integer NOT NULL,
    ref_id text,
    text text NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (cable_ref, seq)
  );
  CREATE INDEX refs_ref_id ON refs (ref_id);

  -- extraction rows, readable only through the access predicate on their paragraph
  CREATE TABLE extractions (
    cable_ref integer NOT NULL REFERENCES cables (ref) ON DELETE CASCADE,
    kind text NOT NULL,                  -- mention | relation | action
    seq integer NOT NULL,
    paragraph text NOT NULL,             -- Paragraph.number or 'subject'
    paragraph_id bigint REFERENCES paragraphs (id) ON DELETE CASCADE, -- NULL when the paragraph is unknown (then nobody reads it)
    payload json NOT NULL,
    PRIMARY KEY (cable_ref, kind, seq)
  );
  CREATE INDEX extractions_paragraph ON extractions (paragraph_id);

  -- append-only, hash-chained log of reads of classified text
  CREATE TABLE audit (
    seq bigint PRIMARY KEY,
    at text NOT NULL,
    reader text NOT NULL,
    action text NOT NULL,
    cable_id text NOT NULL,
    paragraphs text NOT NULL,
    prev text NOT NULL,
    hash text NOT NULL
  );
  CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
  CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
  CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
  `,
];

/** The schema version this code writes and understands. */
export const schemaVersion = migrations.length;
