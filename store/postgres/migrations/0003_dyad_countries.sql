-- A dyad of country codes ("USA", "CHN") or codes starting with them
-- ("KORGOV") is looked up by the countries of its actors: the query adds
-- left(source, 3) = ... to its prefix range, which this index answers
-- without visiting the table.
CREATE INDEX events_countries ON events (left(source, 3), left(target, 3), day) INCLUDE (source, target, root, plover, goldstein);

-- dyad_months counts the dated events per pair of source and target
-- countries (the first three letters of their codes), month, CAMEO root
-- and PLOVER type. SaveArticle keeps it, adding each article's counts in
-- key order so that concurrent writers lock its rows in one order. A
-- month or year timeline of two country codes without other filters reads
-- it instead of the events.
CREATE TABLE dyad_months (
	sc     TEXT COLLATE "C" NOT NULL,
	tc     TEXT COLLATE "C" NOT NULL,
	month  DATE NOT NULL,
	root   TEXT COLLATE "C" NOT NULL,
	plover TEXT NOT NULL,
	n      BIGINT NOT NULL,
	gsum   DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (sc, tc, month, root, plover)
);
INSERT INTO dyad_months (sc, tc, month, root, plover, n, gsum)
	SELECT left(source, 3), left(target, 3), date_trunc('month', day)::date, root, plover, COUNT(*), SUM(goldstein)
	FROM events WHERE day IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
