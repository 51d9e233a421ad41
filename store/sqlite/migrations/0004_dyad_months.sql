-- dyad_months counts the dated events per pair of source and target
-- countries (the first three letters of their codes), month, CAMEO root
-- and PLOVER type, kept by triggers as events come and go. A month or year
-- timeline of two country codes without other filters reads it instead
-- of the events: the busiest dyads have tens of thousands of events.
CREATE TABLE dyad_months (
	sc     TEXT NOT NULL,
	tc     TEXT NOT NULL,
	month  TEXT NOT NULL,
	root   TEXT NOT NULL,
	plover TEXT NOT NULL,
	n      INTEGER NOT NULL,
	gsum   REAL NOT NULL,
	PRIMARY KEY (sc, tc, month, root, plover)
) WITHOUT ROWID;

INSERT INTO dyad_months (sc, tc, month, root, plover, n, gsum)
	SELECT substr(source, 1, 3), substr(target, 1, 3), substr(day, 1, 7), root, plover, COUNT(*), SUM(goldstein)
	FROM events WHERE day <> '' GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER events_months_insert AFTER INSERT ON events WHEN NEW.day <> '' BEGIN
	INSERT INTO dyad_months (sc, tc, month, root, plover, n, gsum)
		VALUES (substr(NEW.source, 1, 3), substr(NEW.target, 1, 3), substr(NEW.day, 1, 7), NEW.root, NEW.plover, 1, NEW.goldstein)
		ON CONFLICT (sc, tc, month, root, plover) DO UPDATE SET n = n + 1, gsum = gsum + excluded.gsum;
END;

CREATE TRIGGER events_months_delete AFTER DELETE ON events WHEN OLD.day <> '' BEGIN
	UPDATE dyad_months SET n = n - 1, gsum = gsum - OLD.goldstein
		WHERE sc = substr(OLD.source, 1, 3) AND tc = substr(OLD.target, 1, 3) AND month = substr(OLD.day, 1, 7)
		AND root = OLD.root AND plover = OLD.plover;
	DELETE FROM dyad_months
		WHERE sc = substr(OLD.source, 1, 3) AND tc = substr(OLD.target, 1, 3) AND month = substr(OLD.day, 1, 7)
		AND root = OLD.root AND plover = OLD.plover AND n <= 0;
END;

CREATE TRIGGER events_months_update AFTER UPDATE OF source, target, day, root, plover, goldstein ON events BEGIN
	UPDATE dyad_months SET n = n - 1, gsum = gsum - OLD.goldstein
		WHERE OLD.day <> '' AND sc = substr(OLD.source, 1, 3) AND tc = substr(OLD.target, 1, 3)
		AND month = substr(OLD.day, 1, 7) AND root = OLD.root AND plover = OLD.plover;
	DELETE FROM dyad_months WHERE n <= 0 AND OLD.day <> '' AND sc = substr(OLD.source, 1, 3)
		AND tc = substr(OLD.target, 1, 3) AND month = substr(OLD.day, 1, 7) AND root = OLD.root AND plover = OLD.plover;
	INSERT INTO dyad_months (sc, tc, month, root, plover, n, gsum)
		SELECT substr(NEW.source, 1, 3), substr(NEW.target, 1, 3), substr(NEW.day, 1, 7), NEW.root, NEW.plover, 1, NEW.goldstein
		WHERE NEW.day <> ''
		ON CONFLICT (sc, tc, month, root, plover) DO UPDATE SET n = n + 1, gsum = gsum + excluded.gsum;
END;
