-- Articles are keyed by their id; content_hash recognises content already
-- stored. record is the article record as `dyad code` prints it.
CREATE TABLE articles (
	id           TEXT PRIMARY KEY,
	content_hash TEXT NOT NULL UNIQUE,
	published    TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	outlet       TEXT NOT NULL DEFAULT '',
	url          TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL,
	record       TEXT NOT NULL,
	stored_at    TEXT NOT NULL
);

CREATE TABLE entities (
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	entity_id  TEXT NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	actor      TEXT NOT NULL DEFAULT '',
	kb         TEXT NOT NULL DEFAULT '',
	role       TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_actor ON entities(actor);

CREATE TABLE mentions (
	article_id TEXT NOT NULL,
	entity_id  TEXT NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	sentence   INTEGER NOT NULL,
	actor      TEXT NOT NULL DEFAULT '',
	kind       TEXT NOT NULL DEFAULT '',
	FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, entity_id) ON DELETE CASCADE
);
CREATE INDEX mentions_entity ON mentions(article_id, entity_id);

-- day is the first day of the event's date (YYYY-MM-DD), '' when undated;
-- it orders and filters events. canonical is the id of the canonical
-- event this report belongs to (its own id until dedup merges it).
CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	source         TEXT NOT NULL,
	target         TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	root           TEXT NOT NULL,
	goldstein      REAL NOT NULL,
	plover         TEXT NOT NULL DEFAULT '',
	plover_mode    TEXT NOT NULL DEFAULT '',
	date           TEXT NOT NULL DEFAULT '',
	date_precision TEXT NOT NULL DEFAULT '',
	day            TEXT NOT NULL DEFAULT '',
	place_name     TEXT,
	place_country  TEXT,
	place_lat      REAL,
	place_lon      REAL,
	modality       TEXT NOT NULL DEFAULT '',
	negated        INTEGER NOT NULL DEFAULT 0,
	confidence     REAL NOT NULL DEFAULT 0,
	trigger_start  INTEGER NOT NULL DEFAULT 0,
	trigger_end    INTEGER NOT NULL DEFAULT 0,
	trigger_text   TEXT NOT NULL DEFAULT '',
	sentences      TEXT NOT NULL DEFAULT '[]',
	source_entity  TEXT NOT NULL DEFAULT '',
	target_entity  TEXT NOT NULL DEFAULT '',
	pattern        TEXT NOT NULL DEFAULT '',
	reported_by    TEXT NOT NULL DEFAULT '',
	canonical      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_source_target_day ON events(source, target, day);
CREATE INDEX events_target_source_day ON events(target, source, day);
CREATE INDEX events_root_day ON events(root, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_canonical ON events(canonical);

CREATE TABLE quotes (
	id             INTEGER PRIMARY KEY,
	article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	text           TEXT NOT NULL,
	start          INTEGER NOT NULL,
	end            INTEGER NOT NULL,
	kind           TEXT NOT NULL,
	speaker        TEXT NOT NULL DEFAULT '',
	speaker_actor  TEXT NOT NULL DEFAULT '',
	speaker_entity TEXT NOT NULL DEFAULT '',
	cue            TEXT NOT NULL DEFAULT '',
	sentence       INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor);

-- quote_via is the relay chain of a quote, outermost last.
CREATE TABLE quote_via (
	quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
	pos      INTEGER NOT NULL,
	name     TEXT NOT NULL,
	PRIMARY KEY (quote_id, pos)
);
