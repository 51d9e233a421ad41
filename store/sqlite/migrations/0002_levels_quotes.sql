-- level is the rank of an event's actors as the text names them
-- (dyad.EventLevel: "leader", "minister" or ''); events stored before this
-- migration are given theirs from their records when the store opens.
ALTER TABLE events ADD COLUMN level TEXT NOT NULL DEFAULT '';

-- speaker_key is the speaker in lower case, for case-insensitive searches
-- by name; published days of articles order and bound quote searches.
ALTER TABLE quotes ADD COLUMN speaker_key TEXT NOT NULL DEFAULT '';
UPDATE quotes SET speaker_key = lower(speaker);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX articles_published ON articles(published);
