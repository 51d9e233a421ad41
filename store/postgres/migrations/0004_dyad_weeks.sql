-- dyad_weeks counts the dated events per pair of source and target
-- countries, ISO week (the date of its Monday), CAMEO root and PLOVER
-- type. SaveArticle keeps it with dyad_months, in the same key order. A
-- week timeline of two country codes without other filters reads it
-- instead of the events.
CREATE TABLE dyad_weeks (
	sc     TEXT COLLATE "C" NOT NULL,
	tc     TEXT COLLATE "C" NOT NULL,
	week   DATE NOT NULL,
	root   TEXT COLLATE "C" NOT NULL,
	plover TEXT NOT NULL,
	n      BIGINT NOT NULL,
	gsum   DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (sc, tc, week, root, plover)
);
INSERT INTO dyad_weeks (sc, tc, week, root, plover, n, gsum)
	SELECT left(source, 3), left(target, 3), date_trunc('week', day)::date, root, plover, COUNT(*), SUM(goldstein)
	FROM events WHERE day IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
