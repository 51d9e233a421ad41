// Package sqlite is the embedded dyad.Store: one SQLite file (pure Go,
// modernc.org/sqlite) in WAL mode with a busy timeout, foreign keys on and
// one writer at a time. The schema lives in embedded migrations applied in
// order at Open.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a dyad.Store in one SQLite file. It is safe for concurrent use:
// reads run in parallel, writes one at a time.
type Store struct {
	db    *sql.DB
	mu    sync.Mutex           // held by writers
	stmts map[string]*sql.Stmt // the writers' statements, prepared once; under mu
}

var (
	_ dyad.Store       = (*Store)(nil)
	_ dyad.EventFinder = (*Store)(nil)
)

// Open opens (creating if needed) the SQLite database at path and brings
// its schema up to date.
func Open(path string) (*Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, &dyad.Error{Code: dyad.EInvalid, Op: "sqlite.open", Err: fmt.Errorf("bad database path %q", path)}
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate" +
		// Checkpoint the WAL every 10,000 pages (about 40 MB) instead of
		// 1,000: the pages every article touches (index roots, the last
		// leaves) are then copied back to the database once per
		// checkpoint, not once per few articles.
		"&_pragma=wal_autocheckpoint(10000)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	s := &Store{db: db, stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return s, nil
}

// Close releases the database.
func (s *Store) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = map[string]*sql.Stmt{}
	s.mu.Unlock()
	return s.db.Close()
}

// stmt returns the statement q of a writer's transaction tx, prepared once
// per connection. s.mu must be held.
func (s *Store) stmt(ctx context.Context, tx *sql.Tx, q string) (*sql.Stmt, error) {
	st := s.stmts[q]
	if st == nil {
		var err error
		if st, err = s.db.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
		s.stmts[q] = st
	}
	return tx.StmtContext(ctx, st), nil
}

// migrate applies the migrations newer than the stored schema version, in
// the order of their file names ("0001_init.sql", ...), each in its own
// transaction.
func (s *Store) migrate(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	var have int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&have); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return fmt.Errorf("migration %s: name does not start with a number", base)
		}
		if v <= have {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, v); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		if v == 2 && have > 0 {
			if err := s.backfillLevels(ctx); err != nil {
				return fmt.Errorf("migration %s: %w", base, err)
			}
		}
	}
	return nil
}

// backfillLevels sets the level of the events stored before migration 2
// from their articles' texts and records.
func (s *Store) backfillLevels(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT id, text, record FROM articles WHERE id IN (SELECT DISTINCT article_id FROM events)`)
	if err != nil {
		return err
	}
	type upd struct {
		level, article string
		idx            int
	}
	var ups []upd
	for rows.Next() {
		var id, text, rec string
		if err := rows.Scan(&id, &text, &rec); err != nil {
			rows.Close()
			return err
		}
		var r dyad.Record
		if json.Unmarshal([]byte(rec), &r) != nil {
			continue
		}
		for i := range r.Events {
			if l := dyad.EventLevel(text, &r, &r.Events[i]); l != "" {
				ups = append(ups, upd{l, id, i})
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, u := range ups {
		if _, err := tx.ExecContext(ctx, `UPDATE events SET level = ? WHERE article_id = ? AND idx = ?`, u.level, u.article, u.idx); err != nil {
			return err
		}
	}
	return tx.Commit()
}

func internal(op string, err error) error {
	return &dyad.Error{Code: dyad.EInternal, Op: op, Err: err}
}

// HasArticle reports whether content with this hash is stored.
func (s *Store) HasArticle(ctx context.Context, contentHash string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE content_hash = ?`, contentHash).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, internal("sqlite.has_article", err)
	}
	return true, nil
}

// SaveArticle stores a and its record r in one transaction. Content
// already stored (same dyad.HashContent) changes nothing and reports
// created false; a different content under a stored id replaces the old
// article with its entities, events and quotes. Every new event is its own
// canonical event until SetCanonical merges it.
func (s *Store) SaveArticle(ctx context.Context, a *dyad.Article, r *dyad.Record) (bool, error) {
	created, err := s.SaveArticles(ctx, []*dyad.Article{a}, []*dyad.Record{r})
	if err != nil {
		return false, err
	}
	return created[0], nil
}

// SaveArticles stores the articles as with SaveArticle, in order, in one
// transaction: created[i] reports whether articles[i] was new (content
// stored before or earlier in the batch is not). On an error nothing is
// stored. records[i] is the record of articles[i]; the slices have the
// same length.
func (s *Store) SaveArticles(ctx context.Context, articles []*dyad.Article, records []*dyad.Record) ([]bool, error) {
	const op = "sqlite.save_article"
	if len(articles) != len(records) {
		return nil, &dyad.Error{Code: dyad.EInvalid, Op: op, Err: fmt.Errorf("%d articles, %d records", len(articles), len(records))}
	}
	rows := make([]articleRow, len(articles))
	for i, a := range articles {
		row, err := newArticleRow(a, records[i])
		if err != nil {
			return nil, err
		}
		rows[i] = row
	}
	created := make([]bool, len(rows))
	if len(rows) == 0 {
		return created, nil
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal(op, err)
	}
	defer tx.Rollback()
	for i := range rows {
		if created[i], err = s.saveRow(ctx, tx, &rows[i]); err != nil {
			return nil, &dyad.Error{Code: dyad.EInternal, Op: op, Article: rows[i].id, Err: err}
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, internal(op, err)
	}
	return created, nil
}

// articleRow is an article ready to store.
type articleRow struct {
	a                   *dyad.Article
	r                   *dyad.Record
	id, hash, published string
	rec                 []byte
}

// newArticleRow checks a and r and encodes what is stored of them.
func newArticleRow(a *dyad.Article, r *dyad.Record) (articleRow, error) {
	const op = "sqlite.save_article"
	if a == nil || r == nil {
		return articleRow{}, &dyad.Error{Code: dyad.EInvalid, Op: op, Err: errors.New("nil article or record")}
	}
	id := a.ID
	if id == "" {
		id = r.ID
	}
	if id == "" {
		return articleRow{}, &dyad.Error{Code: dyad.EInvalid, Op: op, Origin: a.Origin, Err: errors.New("article without id")}
	}
	rec, err := json.Marshal(r)
	if err != nil {
		return articleRow{}, &dyad.Error{Code: dyad.EInvalid, Op: op, Article: id, Err: err}
	}
	row := articleRow{a: a, r: r, id: id, hash: dyad.HashContent(a), rec: rec}
	if !a.Published.IsZero() {
		row.published = a.Published.Format(dyad.DateLayout)
	}
	return row, nil
}

// saveRow stores one article in the writer's transaction tx (s.mu held)
// and reports whether it was new.
func (s *Store) saveRow(ctx context.Context, tx *sql.Tx, row *articleRow) (bool, error) {
	exec := func(q string, args ...any) error {
		st, err := s.stmt(ctx, tx, q)
		if err != nil {
			return err
		}
		defer st.Close()
		_, err = st.ExecContext(ctx, args...)
		return err
	}
	st, err := s.stmt(ctx, tx, `SELECT 1 FROM articles WHERE content_hash = ?`)
	if err != nil {
		return false, err
	}
	var one int
	err = st.QueryRowContext(ctx, row.hash).Scan(&one)
	st.Close()
	switch {
	case err == nil:
		return false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	if err := exec(`DELETE FROM articles WHERE id = ?`, row.id); err != nil {
		return false, err
	}
	a := row.a
	if err := exec(`INSERT INTO articles (id, content_hash, published, title, outlet, url, text, record, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		row.id, row.hash, row.published, a.Title, a.Outlet, a.URL, a.Text, string(row.rec), time.Now().UTC().Format(time.RFC3339)); err != nil {
		return false, err
	}
	if err := s.insertLayers(ctx, tx, row.id, a.Text, row.r); err != nil {
		return false, err
	}
	return true, nil
}

// insertLayers stores the entities, mentions, events and quotes of r, the
// record of an article with this text.
func (s *Store) insertLayers(ctx context.Context, tx *sql.Tx, id, text string, r *dyad.Record) error {
	ent, err := s.stmt(ctx, tx, `INSERT OR IGNORE INTO entities (article_id, entity_id, text, type, actor, kb, role) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ent.Close()
	men, err := s.stmt(ctx, tx, `INSERT INTO mentions (article_id, entity_id, start, end, sentence, actor, kind) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer men.Close()
	for _, e := range r.Entities {
		if _, err := ent.ExecContext(ctx, id, e.ID, e.Text, string(e.Type), e.Actor, e.KB, e.Role); err != nil {
			return err
		}
		for _, m := range e.Mentions {
			if _, err := men.ExecContext(ctx, id, e.ID, m.Start, m.End, m.Sentence, m.Actor, m.Kind); err != nil {
				return err
			}
		}
	}
	ev, err := s.stmt(ctx, tx, `INSERT INTO events (article_id, idx, source, target, cameo, root, goldstein,
		plover, plover_mode, date, date_precision, day, place_name, place_country, place_lat, place_lon,
		modality, negated, confidence, trigger_start, trigger_end, trigger_text, sentences,
		source_entity, target_entity, pattern, reported_by, level)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ev.Close()
	for i := range r.Events {
		e := &r.Events[i]
		var pn, pc, plat, plon any
		if p := e.Place; p != nil {
			pn, pc, plat, plon = p.Name, p.Country, p.Lat, p.Lon
		}
		sents := e.Sentences
		if sents == nil {
			sents = []int{}
		}
		sj, err := json.Marshal(sents)
		if err != nil {
			return err
		}
		if _, err := ev.ExecContext(ctx, id, i, e.Source, e.Target, e.CAMEO, e.Root, e.Goldstein,
			e.PLOVER, e.PLOVERMode, e.Date, e.DatePrecision, firstDay(e.Date), pn, pc, plat, plon,
			e.Modality, e.Negated, e.Confidence, e.Trigger.Start, e.Trigger.End, e.Trigger.Text, string(sj),
			e.SourceEntity, e.TargetEntity, e.Pattern, e.ReportedBy, dyad.EventLevel(text, r, e)); err != nil {
			return err
		}
	}
	upd, err := s.stmt(ctx, tx, `UPDATE events SET canonical = id WHERE article_id = ? AND canonical = 0`)
	if err != nil {
		return err
	}
	defer upd.Close()
	if _, err := upd.ExecContext(ctx, id); err != nil {
		return err
	}
	q, err := s.stmt(ctx, tx, `INSERT INTO quotes (article_id, idx, text, start, end, kind, speaker, speaker_actor, speaker_entity, cue, sentence, speaker_key)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer q.Close()
	via, err := s.stmt(ctx, tx, `INSERT INTO quote_via (quote_id, pos, name) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer via.Close()
	for i, x := range r.Quotes {
		res, err := q.ExecContext(ctx, id, i, x.Text, x.Start, x.End, x.Kind, x.Speaker, x.SpeakerActor, x.SpeakerEntity, x.Cue, x.Sentence, strings.ToLower(x.Speaker))
		if err != nil {
			return err
		}
		qid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for j, v := range x.Via {
			if _, err := via.ExecContext(ctx, qid, j, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// firstDay returns the first day (YYYY-MM-DD) of a normalised date
// ("2022-09-21", "2019-12", "2019", decades "201X" or "2010s"), or "" when
// the date is empty or not of these forms.
func firstDay(d string) string {
	digits := 0
	for digits < len(d) && digits < 4 && d[digits] >= '0' && d[digits] <= '9' {
		digits++
	}
	switch {
	case digits == 4:
	case digits == 3 && len(d) > 3 && (d[3] == 'X' || d[3] == 'x'):
		return d[:3] + "0-01-01"
	default:
		return ""
	}
	if len(d) >= 10 && d[4] == '-' && d[7] == '-' {
		if _, err := time.Parse(dyad.DateLayout, d[:10]); err == nil {
			return d[:10]
		}
	}
	if len(d) >= 7 && d[4] == '-' {
		if _, err := time.Parse("2006-01", d[:7]); err == nil {
			return d[:7] + "-01"
		}
	}
	return d[:4] + "-01-01"
}

// SetCanonical makes canonical the canonical event of the events with the
// given ids (reports of one real event, as dedup finds them). canonical
// should be the id of one of them; it is the row returned for the group
// by Events with EventFilter.Canonical.
func (s *Store) SetCanonical(ctx context.Context, eventIDs []int64, canonical int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("sqlite.set_canonical", err)
	}
	defer tx.Rollback()
	st, err := s.stmt(ctx, tx, `UPDATE events SET canonical = ? WHERE id = ?`)
	if err != nil {
		return internal("sqlite.set_canonical", err)
	}
	defer st.Close()
	for _, id := range eventIDs {
		if _, err := st.ExecContext(ctx, canonical, id); err != nil {
			return internal("sqlite.set_canonical", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return internal("sqlite.set_canonical", err)
	}
	return nil
}

// SetCanonicals gives each event of links (event id -> canonical event
// id, as SetCanonical) its canonical event, all in one transaction; ids
// of no stored event are ignored.
func (s *Store) SetCanonicals(ctx context.Context, links map[int64]int64) error {
	if len(links) == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("sqlite.set_canonicals", err)
	}
	defer tx.Rollback()
	st, err := s.stmt(ctx, tx, `UPDATE events SET canonical = ? WHERE id = ?`)
	if err != nil {
		return internal("sqlite.set_canonicals", err)
	}
	defer st.Close()
	for id, can := range links {
		if _, err := st.ExecContext(ctx, can, id); err != nil {
			return internal("sqlite.set_canonicals", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return internal("sqlite.set_canonicals", err)
	}
	return nil
}

// Article returns the stored record of the article with this id, or an
// ENotFound error.
func (s *Store) Article(ctx context.Context, id string) (*dyad.Record, error) {
	var rec string
	err := s.db.QueryRowContext(ctx, `SELECT record FROM articles WHERE id = ?`, id).Scan(&rec)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &dyad.Error{Code: dyad.ENotFound, Op: "sqlite.article", Article: id, Err: errors.New("no such article")}
	}
	if err != nil {
		return nil, internal("sqlite.article", err)
	}
	var r dyad.Record
	if err := json.Unmarshal([]byte(rec), &r); err != nil {
		return nil, internal("sqlite.article", err)
	}
	return &r, nil
}

// ArticleText returns the text of the stored article with this id, or an
// ENotFound error.
func (s *Store) ArticleText(ctx context.Context, id string) (string, error) {
	var text string
	err := s.db.QueryRowContext(ctx, `SELECT text FROM articles WHERE id = ?`, id).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", &dyad.Error{Code: dyad.ENotFound, Op: "sqlite.article_text", Article: id, Err: errors.New("no such article")}
	}
	if err != nil {
		return "", internal("sqlite.article_text", err)
	}
	return text, nil
}
