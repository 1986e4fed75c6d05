"""The database schema as a list of versioned migrations, applied in order on open.

A migration is never edited once released: a change to the schema is a new entry
at the end of :data:`MIGRATIONS`. Version 2 adds the political events (issue 4):
``events`` and ``events_coded``, used by :mod:`quotegraph.events.store`. Version 3
adds a speaker's party and the report a statement is nested in.
"""
from __future__ import annotations

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "EVENTS_SQL"]

_V1 = """
CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    applied_at  TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,   -- identity: URL, else given id, else file path, else sha256
    url          TEXT,
    path         TEXT,                   -- local file it came from
    outlet       TEXT,
    title        TEXT,
    author       TEXT,
    published    TEXT,                   -- ISO 8601
    language     TEXT,
    content_hash TEXT NOT NULL,          -- sha256 of text
    text         TEXT NOT NULL,          -- every span's offsets point into this
    metadata     TEXT NOT NULL DEFAULT '{}',  -- JSON
    ingested_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE speakers (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT,                    -- person | organisation | NULL
    role        TEXT,                    -- the latest role seen
    affiliation TEXT,
    country     TEXT,                    -- ISO 3166 alpha-3
    name_key    TEXT NOT NULL,           -- normalised full name
    short_key   TEXT,                    -- normalised first + last name (persons)
    surname_key TEXT,                    -- normalised last name (persons)
    first_seen  TEXT NOT NULL
);
CREATE INDEX speakers_name_key ON speakers(name_key);
CREATE INDEX speakers_short_key ON speakers(short_key);
CREATE INDEX speakers_surname_key ON speakers(surname_key);

CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,
    PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX speaker_aliases_key ON speaker_aliases(alias_key);

CREATE TABLE speaker_mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,           -- the engine's per-article id: s1, s2 ...
    speaker_id  INTEGER REFERENCES speakers(id),  -- NULL when the speaker has no name
    name        TEXT,
    aliases     TEXT NOT NULL DEFAULT '[]',  -- JSON list
    role        TEXT,
    affiliation TEXT,
    country     TEXT,
    kind        TEXT,
    UNIQUE (article_id, local_id)
);
CREATE INDEX speaker_mentions_speaker ON speaker_mentions(speaker_id);

CREATE TABLE statements (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,      -- order within the article
    mention_id    INTEGER REFERENCES speaker_mentions(id) ON DELETE CASCADE,
    speaker_id    INTEGER REFERENCES speakers(id),
    kind          TEXT NOT NULL,         -- direct | indirect | mixed
    confidence    REAL NOT NULL,
    source_text   TEXT,
    source_start  INTEGER,
    source_end    INTEGER,
    cue_text      TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    content       TEXT NOT NULL,         -- the content spans' text, joined by ' ... '
    content_spans TEXT NOT NULL,         -- JSON list of {start, end, text}
    UNIQUE (article_id, seq)
);
CREATE INDEX statements_speaker ON statements(speaker_id);

CREATE TABLE rejections (
    id     INTEGER PRIMARY KEY,
    input  TEXT NOT NULL,
    reason TEXT NOT NULL,
    code   TEXT NOT NULL,
    time   TEXT NOT NULL,                -- last seen, ISO 8601 UTC
    seen   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (input, reason)
);

CREATE VIRTUAL TABLE statements_fts USING fts5(
    content, speaker, title, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content, speaker, title) VALUES (
        new.id, new.content,
        coalesce((SELECT name FROM speakers WHERE id = new.speaker_id), new.source_text, ''),
        coalesce((SELECT title FROM articles WHERE id = new.article_id), ''));
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    DELETE FROM statements_fts WHERE rowid = old.id;
END;
CREATE TRIGGER articles_fts_title AFTER UPDATE OF title ON articles BEGIN
    UPDATE statements_fts SET title = coalesce(new.title, '')
    WHERE rowid IN (SELECT id FROM statements WHERE article_id = new.id);
END;
CREATE TRIGGER speakers_fts_name AFTER UPDATE OF name ON speakers BEGIN
    UPDATE statements_fts SET speaker = new.name
    WHERE rowid IN (SELECT id FROM statements WHERE speaker_id = new.id);
END;

CREATE VIEW statement_details AS
SELECT s.id             AS statement_id,
       a.id             AS article_id,
       a.key            AS article_key,
       a.url            AS url,
       a.path           AS path,
       a.outlet         AS outlet,
       a.title          AS title,
       a.published      AS published,
       s.seq            AS seq,
       s.speaker_id     AS speaker_id,
       coalesce(sp.name, m.name)               AS speaker,
       coalesce(m.role, sp.role)               AS speaker_role,
       coalesce(m.affiliation, sp.affiliation) AS speaker_affiliation,
       coalesce(m.country, sp.country)         AS speaker_country,
       coalesce(m.kind, sp.kind)               AS speaker_kind,
       s.source_text    AS source,
       s.cue_text       AS cue,
       s.content        AS content,
       s.kind           AS kind,
       s.confidence     AS confidence,
       s.source_start, s.source_end, s.cue_start, s.cue_end, s.content_spans
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN speaker_mentions m ON m.id = s.mention_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id;

CREATE VIEW speaker_summary AS
SELECT sp.id AS speaker_id,
       sp.name, sp.kind, sp.role, sp.affiliation, sp.country,
       (SELECT count(*) FROM statements s WHERE s.speaker_id = sp.id) AS statements,
       (SELECT count(DISTINCT m.article_id) FROM speaker_mentions m WHERE m.speaker_id = sp.id) AS articles
FROM speakers sp;
"""

# Version 2: PLOVER / CAMEO events. ``IF NOT EXISTS`` because databases from before this
# migration may already hold the same table (made on demand by an earlier events module).
_V2 = """
CREATE TABLE IF NOT EXISTS events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,          -- order in the article (sentence, then salience)
    type            TEXT NOT NULL,             -- one of 16 PLOVER types, STATEMENT or APPEAL
    plover          TEXT NOT NULL,             -- the PLOVER event on export (APPEAL -> REQUEST)
    mode            TEXT,                      -- JSON list or NULL
    cameo           TEXT,                      -- 2-digit CAMEO root
    cameo_code      TEXT,
    is_main         INTEGER NOT NULL,          -- 1 for the main event of its sentence
    statement_seq   INTEGER,                   -- statements.seq of the same article, or NULL
    trigger_text    TEXT, trigger_start INTEGER, trigger_end INTEGER,
    sentence_start  INTEGER, sentence_end INTEGER,
    actor           TEXT NOT NULL DEFAULT '[]',   -- JSON list of {span, name, country, sector}
    recipient       TEXT NOT NULL DEFAULT '[]',
    actor_countries TEXT NOT NULL DEFAULT '',     -- ' IRN GBR ' for filtering
    recipient_countries TEXT NOT NULL DEFAULT '',
    actor_names     TEXT NOT NULL DEFAULT '',     -- names joined by ' | ' for filtering
    recipient_names TEXT NOT NULL DEFAULT '',
    confidence      REAL,
    UNIQUE (article_id, seq)
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_plover ON events(plover);

-- the statement row an event comes from (a column of its own: the table above may predate it)
ALTER TABLE events ADD COLUMN statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL;
CREATE INDEX events_statement ON events(statement_id);

-- articles whose events were coded (also those that have none), and when
CREATE TABLE events_coded (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    coded_at   TEXT NOT NULL,
    events     INTEGER NOT NULL
);
INSERT INTO events_coded(article_id, coded_at, events)
    SELECT article_id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), count(*) FROM events GROUP BY article_id;
"""

# Version 3: a speaker's political party (``Speaker.party``) and nested reports
# (``Statement.reported_by``: the seq of the statement whose content holds this one).
_V3 = """
ALTER TABLE speaker_mentions ADD COLUMN party TEXT;
ALTER TABLE statements ADD COLUMN reported_by INTEGER;  -- statements.seq in the same article

DROP VIEW statement_details;
CREATE VIEW statement_details AS
SELECT s.id             AS statement_id,
       a.id             AS article_id,
       a.key            AS article_key,
       a.url            AS url,
       a.path           AS path,
       a.outlet         AS outlet,
       a.title          AS title,
       a.published      AS published,
       s.seq            AS seq,
       s.speaker_id     AS speaker_id,
       coalesce(sp.name, m.name)               AS speaker,
       coalesce(m.role, sp.role)               AS speaker_role,
       coalesce(m.affiliation, sp.affiliation) AS speaker_affiliation,
       coalesce(m.country, sp.country)         AS speaker_country,
       coalesce(m.kind, sp.kind)               AS speaker_kind,
       m.party          AS speaker_party,
       s.source_text    AS source,
       s.cue_text       AS cue,
       s.content        AS content,
       s.kind           AS kind,
       s.confidence     AS confidence,
       s.source_start, s.source_end, s.cue_start, s.cue_end, s.content_spans,
       s.reported_by    AS reported_by
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN speaker_mentions m ON m.id = s.mention_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id;
"""

#: The events part of the schema, for :mod:`quotegraph.events.store`.
EVENTS_SQL = _V2

#: (version, description, SQL script), in order.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, speakers, mentions, statements, rejections, FTS5, views", _V1),
    (2, "events (PLOVER / CAMEO event coding), events_coded", _V2),
    (3, "speaker party, nested reports (statements.reported_by)", _V3),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
