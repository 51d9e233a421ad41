-- A dyad of country codes ("USA", "CHN") or codes starting with them
-- ("KORGOV") is looked up by the countries of its actors: the query adds
-- substr(source, 1, 3) = ? to its prefix range, which this index answers
-- in both directions and, covering what a timeline counts, without
-- reading the table.
CREATE INDEX events_countries ON events(substr(source, 1, 3), substr(target, 1, 3), day, source, target, root, plover, goldstein);
