-- dyad_weeks counts the dated events per pair of source and target
-- countries, ISO week (the day of its Monday, YYYY-MM-DD), CAMEO root and
-- PLOVER type, kept by triggers like dyad_months. A week timeline of two
-- country codes without other filters reads it instead of the events.
CREATE TABLE dyad_weeks (
	sc     TEXT NOT NULL,
	tc     TEXT NOT NULL,
	week   TEXT NOT NULL,
	root   TEXT NOT NULL,
	plover TEXT NOT NULL,
	n      INTEGER NOT NULL,
	gsum   REAL NOT NULL,
	PRIMARY KEY (sc, tc, week, root, plover)
) WITHOUT ROWID;

INSERT INTO dyad_weeks (sc, tc, week, root, plover, n, gsum)
	SELECT substr(source, 1, 3), substr(target, 1, 3),
		date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days'), root, plover, COUNT(*), SUM(goldstein)
	FROM events WHERE day <> '' GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER events_weeks_insert AFTER INSERT ON events WHEN NEW.day <> '' BEGIN
	INSERT INTO dyad_weeks (sc, tc, week, root, plover, n, gsum)
		VALUES (substr(NEW.source, 1, 3), substr(NEW.target, 1, 3),
			date(NEW.day, '-' || ((CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days'), NEW.root, NEW.plover, 1, NEW.goldstein)
		ON CONFLICT (sc, tc, week, root, plover) DO UPDATE SET n = n + 1, gsum = gsum + excluded.gsum;
END;

CREATE TRIGGER events_weeks_delete AFTER DELETE ON events WHEN OLD.day <> '' BEGIN
	UPDATE dyad_weeks SET n = n - 1, gsum = gsum - OLD.goldstein
		WHERE sc = substr(OLD.source, 1, 3) AND tc = substr(OLD.target, 1, 3)
		AND week = date(OLD.day, '-' || ((CAST(strftime('%w', OLD.day) AS INTEGER) + 6) % 7) || ' days')
		AND root = OLD.root AND plover = OLD.plover;
	DELETE FROM dyad_weeks
		WHERE sc = substr(OLD.source, 1, 3) AND tc = substr(OLD.target, 1, 3)
		AND week = date(OLD.day, '-' || ((CAST(strftime('%w', OLD.day) AS INTEGER) + 6) % 7) || ' days')
		AND root = OLD.root AND plover = OLD.plover AND n <= 0;
END;

CREATE TRIGGER events_weeks_update AFTER UPDATE OF source, target, day, root, plover, goldstein ON events BEGIN
	UPDATE dyad_weeks SET n = n - 1, gsum = gsum - OLD.goldstein
		WHERE OLD.day <> '' AND sc = substr(OLD.source, 1, 3) AND tc = substr(OLD.target, 1, 3)
		AND week = date(OLD.day, '-' || ((CAST(strftime('%w', OLD.day) AS INTEGER) + 6) % 7) || ' days')
		AND root = OLD.root AND plover = OLD.plover;
	DELETE FROM dyad_weeks WHERE n <= 0 AND OLD.day <> '' AND sc = substr(OLD.source, 1, 3)
		AND tc = substr(OLD.target, 1, 3)
		AND week = date(OLD.day, '-' || ((CAST(strftime('%w', OLD.day) AS INTEGER) + 6) % 7) || ' days')
		AND root = OLD.root AND plover = OLD.plover;
	INSERT INTO dyad_weeks (sc, tc, week, root, plover, n, gsum)
		SELECT substr(NEW.source, 1, 3), substr(NEW.target, 1, 3),
			date(NEW.day, '-' || ((CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days'), NEW.root, NEW.plover, 1, NEW.goldstein
		WHERE NEW.day <> ''
		ON CONFLICT (sc, tc, week, root, plover) DO UPDATE SET n = n + 1, gsum = gsum + excluded.gsum;
END;
