// Package postgres is the dyad.Store for shared and larger deployments: a
// PostgreSQL database reached through a pgx connection pool. The schema
// lives in embedded migrations applied in order at Open; it has the same
// tables and semantics as store/sqlite and passes the same conformance
// suite (store/storetest).
package postgres

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a dyad.Store in a PostgreSQL database. It is safe for
// concurrent use; writers of the same article id or content serialise on
// transaction-scoped advisory locks, others run in parallel.
type Store struct {
	pool *pgxpool.Pool
}

var (
	_ dyad.Store       = (*Store)(nil)
	_ dyad.EventFinder = (*Store)(nil)
)

// migrateLock is the advisory lock key that serialises migrations of
// concurrent Opens.
const migrateLock = 0x64796164 // "dyad"

// Open connects to the database at url ("postgres://user@host:port/db?...";
// any pgx connection string; runtime parameters such as search_path pass
// through) and brings its schema up to date.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, &dyad.Error{Code: dyad.EInvalid, Op: "postgres.open", Err: errors.New("bad connection string")}
	}
	// The filters' actor prefixes are byte ranges whose selectivity a
	// generic plan of a prepared statement cannot see; plan each query
	// for its arguments unless the URL says otherwise.
	if _, ok := cfg.ConnConfig.RuntimeParams["plan_cache_mode"]; !ok {
		cfg.ConnConfig.RuntimeParams["plan_cache_mode"] = "force_custom_plan"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	s := &Store{pool: pool}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	return s, nil
}

// Close releases the pool's connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migrate applies the migrations newer than the stored schema version, in
// the order of their file names ("0001_init.sql", ...), each in its own
// transaction, under an advisory lock.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return err
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrateLock))
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	var have int
	if err := conn.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&have); err != nil {
		return err
	}
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
		err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			// The simple protocol runs a script of several statements.
			if _, err := tx.Exec(ctx, string(body), pgx.QueryExecModeSimpleProtocol); err != nil {
				return fmt.Errorf("migration %s: %w", base, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, v); err != nil {
				return err
			}
			if v == 2 && have > 0 {
				return backfillLevels(ctx, tx)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// backfillLevels sets the level of the events stored before migration 2
// from their articles' texts and records.
func backfillLevels(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, `SELECT id, text, record::text FROM articles WHERE id IN (SELECT DISTINCT article_id FROM events)`)
	if err != nil {
		return err
	}
	b := &pgx.Batch{}
	for rows.Next() {
		var id, text string
		var rec []byte
		if err := rows.Scan(&id, &text, &rec); err != nil {
			rows.Close()
			return err
		}
		var r dyad.Record
		if json.Unmarshal(rec, &r) != nil {
			continue
		}
		for i := range r.Events {
			if l := dyad.EventLevel(text, &r, &r.Events[i]); l != "" {
				b.Queue(`UPDATE events SET level = $1 WHERE article_id = $2 AND idx = $3`, l, id, i)
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if b.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, b).Close()
}

func internal(op string, err error) error {
	return &dyad.Error{Code: dyad.EInternal, Op: op, Err: err}
}

// HasArticle reports whether content with this hash is stored.
func (s *Store) HasArticle(ctx context.Context, contentHash string) (bool, error) {
	var has bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = $1)`, contentHash).Scan(&has)
	if err != nil {
		return false, internal("postgres.has_article", err)
	}
	return has, nil
}

// lockKey is the advisory lock key of a string.
func lockKey(kind, v string) int64 {
	h := fnv.New64a()
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(v))
	return int64(h.Sum64())
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

// articleRow is an article ready to store.
type articleRow struct {
	a         *dyad.Article
	r         *dyad.Record
	id, hash  string
	rec       []byte
	published *time.Time
}

// newArticleRow checks a and r and encodes what is stored of them.
func newArticleRow(a *dyad.Article, r *dyad.Record) (articleRow, error) {
	const op = "postgres.save_article"
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
	// PostgreSQL's text and jsonb hold no NUL characters.
	if strings.ContainsRune(a.Text+a.Title+a.Outlet+a.URL, 0) || bytes.Contains(rec, []byte(`\u0000`)) {
		return articleRow{}, &dyad.Error{Code: dyad.EInvalid, Op: op, Article: id, Origin: a.Origin, Err: errors.New("text with a NUL character")}
	}
	row := articleRow{a: a, r: r, id: id, hash: dyad.HashContent(a), rec: rec}
	if !a.Published.IsZero() {
		p := a.Published
		row.published = &p
	}
	return row, nil
}

// SaveArticles stores the articles as with SaveArticle, in order, in one
// transaction: created[i] reports whether articles[i] was new (content
// stored before or earlier in the batch is not). On an error nothing is
// stored. records[i] is the record of articles[i]; the slices have the
// same length.
func (s *Store) SaveArticles(ctx context.Context, articles []*dyad.Article, records []*dyad.Record) ([]bool, error) {
	const op = "postgres.save_article"
	if len(articles) != len(records) {
		return nil, &dyad.Error{Code: dyad.EInvalid, Op: op, Err: fmt.Errorf("%d articles, %d records", len(articles), len(records))}
	}
	rows := make([]articleRow, len(articles))
	var keys []int64
	for i, a := range articles {
		row, err := newArticleRow(a, records[i])
		if err != nil {
			return nil, err
		}
		rows[i] = row
		keys = append(keys, lockKey("id", row.id), lockKey("hash", row.hash))
	}
	created := make([]bool, len(rows))
	if len(rows) == 0 {
		return created, nil
	}

	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, internal(op, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// Lock the ids and the contents, in key order so that two writers
	// never wait for each other's later locks; the month counts are
	// changed at the end, in key order too.
	slices.Sort(keys)
	keys = slices.Compact(keys)
	lb := &pgx.Batch{}
	for _, k := range keys {
		lb.Queue(`SELECT pg_advisory_xact_lock($1)`, k)
	}
	if err := tx.SendBatch(ctx, lb).Close(); err != nil {
		return nil, internal(op, err)
	}
	deltas := map[monthKey]monthDelta{}
	for i := range rows {
		row := &rows[i]
		var has bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = $1)`, row.hash).Scan(&has); err != nil {
			return nil, &dyad.Error{Code: dyad.EInternal, Op: op, Article: row.id, Err: err}
		}
		if has {
			continue
		}
		if err := addMonths(ctx, tx, deltas, row.id, row.r); err != nil {
			return nil, &dyad.Error{Code: dyad.EInternal, Op: op, Article: row.id, Err: err}
		}
		a := row.a
		b := &pgx.Batch{}
		b.Queue(`DELETE FROM articles WHERE id = $1`, row.id)
		b.Queue(`INSERT INTO articles (id, content_hash, published, title, outlet, url, text, record)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			row.id, row.hash, row.published, a.Title, a.Outlet, a.URL, a.Text, string(row.rec))
		queueLayers(b, row.id, a.Text, row.r)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return nil, &dyad.Error{Code: dyad.EInternal, Op: op, Article: row.id, Err: err}
		}
		created[i] = true
	}
	b := &pgx.Batch{}
	queueMonths(b, deltas)
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return nil, internal(op, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, internal(op, err)
	}
	return created, nil
}

// queueLayers queues the inserts of the entities, mentions, events and
// quotes of r, the record of an article with this text.
func queueLayers(b *pgx.Batch, id, text string, r *dyad.Record) {
	for _, e := range r.Entities {
		b.Queue(`INSERT INTO entities (article_id, entity_id, text, type, actor, kb, role)
			VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
			id, e.ID, e.Text, string(e.Type), e.Actor, e.KB, e.Role)
		for _, m := range e.Mentions {
			b.Queue(`INSERT INTO mentions (article_id, entity_id, start_pos, end_pos, sentence, actor, kind)
				VALUES ($1, $2, $3, $4, $5, $6, $7)`, id, e.ID, m.Start, m.End, m.Sentence, m.Actor, m.Kind)
		}
	}
	for i := range r.Events {
		e := &r.Events[i]
		var pn, pc *string
		var plat, plon *float64
		if p := e.Place; p != nil {
			pn, pc, plat, plon = &p.Name, &p.Country, &p.Lat, &p.Lon
		}
		sents := make([]int32, len(e.Sentences))
		for j, x := range e.Sentences {
			sents[j] = int32(x)
		}
		b.Queue(`INSERT INTO events (article_id, idx, source, target, cameo, root, goldstein,
			plover, plover_mode, date, date_precision, day, place_name, place_country, place_lat, place_lon,
			modality, negated, confidence, trigger_start, trigger_end, trigger_text, sentences,
			source_entity, target_entity, pattern, reported_by, level)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
			$17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28)`,
			id, i, e.Source, e.Target, e.CAMEO, e.Root, e.Goldstein,
			e.PLOVER, e.PLOVERMode, e.Date, e.DatePrecision, firstDay(e.Date), pn, pc, plat, plon,
			e.Modality, e.Negated, e.Confidence, e.Trigger.Start, e.Trigger.End, e.Trigger.Text, sents,
			e.SourceEntity, e.TargetEntity, e.Pattern, e.ReportedBy, dyad.EventLevel(text, r, e))
	}
	if len(r.Events) > 0 {
		b.Queue(`UPDATE events SET canonical = id WHERE article_id = $1 AND canonical = 0`, id)
	}
	for i, x := range r.Quotes {
		b.Queue(`INSERT INTO quotes (article_id, idx, text, start_pos, end_pos, kind, speaker, speaker_actor, speaker_entity, cue, sentence, speaker_key)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
			id, i, x.Text, x.Start, x.End, x.Kind, x.Speaker, x.SpeakerActor, x.SpeakerEntity, x.Cue, x.Sentence, strings.ToLower(x.Speaker))
		for j, v := range x.Via {
			b.Queue(`INSERT INTO quote_via (quote_id, pos, name)
				SELECT id, $3, $4 FROM quotes WHERE article_id = $1 AND idx = $2`, id, i, j, v)
		}
	}
}

// firstDay returns the first day of a normalised date ("2022-09-21",
// "2019-12", "2019", decades "201X" or "2010s"), or nil when the date is
// empty or not of these forms; the same days as store/sqlite.
func firstDay(d string) *time.Time {
	digits := 0
	for digits < len(d) && digits < 4 && d[digits] >= '0' && d[digits] <= '9' {
		digits++
	}
	var t time.Time
	var err error
	switch {
	case digits == 4:
		t, err = time.Parse("2006", d[:4])
		if len(d) >= 10 && d[4] == '-' && d[7] == '-' {
			if x, xerr := time.Parse(dyad.DateLayout, d[:10]); xerr == nil {
				return &x
			}
		}
		if len(d) >= 7 && d[4] == '-' {
			if x, xerr := time.Parse("2006-01", d[:7]); xerr == nil {
				return &x
			}
		}
	case digits == 3 && len(d) > 3 && (d[3] == 'X' || d[3] == 'x'):
		t, err = time.Parse("2006", d[:3]+"0")
	default:
		return nil
	}
	if err != nil {
		return nil
	}
	return &t
}

// SetCanonical makes canonical the canonical event of the events with the
// given ids (reports of one real event, as dedup finds them). canonical
// should be the id of one of them; it is the row returned for the group
// by Events with EventFilter.Canonical.
func (s *Store) SetCanonical(ctx context.Context, eventIDs []int64, canonical int64) error {
	if len(eventIDs) == 0 {
		return nil
	}
	if _, err := s.pool.Exec(ctx, `UPDATE events SET canonical = $1 WHERE id = ANY($2)`, canonical, eventIDs); err != nil {
		return internal("postgres.set_canonical", err)
	}
	return nil
}

// SetCanonicals gives each event of links (event id -> canonical event
// id, as SetCanonical) its canonical event, in one statement; ids of no
// stored event are ignored.
func (s *Store) SetCanonicals(ctx context.Context, links map[int64]int64) error {
	if len(links) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(links))
	cans := make([]int64, 0, len(links))
	for id, can := range links {
		ids = append(ids, id)
		cans = append(cans, can)
	}
	if _, err := s.pool.Exec(ctx, `UPDATE events e SET canonical = v.can
		FROM unnest($1::bigint[], $2::bigint[]) AS v(id, can) WHERE e.id = v.id`, ids, cans); err != nil {
		return internal("postgres.set_canonicals", err)
	}
	return nil
}

// Article returns the stored record of the article with this id, or an
// ENotFound error.
func (s *Store) Article(ctx context.Context, id string) (*dyad.Record, error) {
	var rec []byte
	err := s.pool.QueryRow(ctx, `SELECT record::text FROM articles WHERE id = $1`, id).Scan(&rec)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, &dyad.Error{Code: dyad.ENotFound, Op: "postgres.article", Article: id, Err: errors.New("no such article")}
	}
	if err != nil {
		return nil, internal("postgres.article", err)
	}
	var r dyad.Record
	if err := json.Unmarshal(rec, &r); err != nil {
		return nil, internal("postgres.article", err)
	}
	return &r, nil
}

// ArticleText returns the text of the stored article with this id, or an
// ENotFound error.
func (s *Store) ArticleText(ctx context.Context, id string) (string, error) {
	var text string
	err := s.pool.QueryRow(ctx, `SELECT text FROM articles WHERE id = $1`, id).Scan(&text)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", &dyad.Error{Code: dyad.ENotFound, Op: "postgres.article_text", Article: id, Err: errors.New("no such article")}
	}
	if err != nil {
		return "", internal("postgres.article_text", err)
	}
	return text, nil
}
