package postgres

import (
	"context"
	"strings"

	"github.com/dyadproject/dyad"
)

// likeEscape escapes the LIKE wildcards of s with a backslash.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// Quotes returns the quotes matching f, newest article first (undated
// articles last, then by article id and order in the article), one page
// of f.Limit (DefaultLimit when 0, at most MaxLimit) from f.Offset.
func (s *Store) Quotes(ctx context.Context, f dyad.QuoteFilter) ([]dyad.StoredQuote, error) {
	const op = "postgres.quotes"
	q := &query{}
	c := func(s string) { q.conds = append(q.conds, s) }
	if f.Speaker != "" {
		key := strings.ToLower(strings.TrimSpace(f.Speaker))
		if f.SpeakerExact {
			c("q.speaker_key = " + q.arg(key))
		} else {
			c("q.speaker_key LIKE " + q.arg("%"+likeEscape(key)+"%"))
		}
	}
	if f.Actor != "" {
		c(q.prefix("q.speaker_actor", f.Actor))
	}
	if f.Kind != "" {
		c("q.kind = " + q.arg(strings.ToLower(f.Kind)))
	}
	if f.ArticleID != "" {
		c("q.article_id = " + q.arg(f.ArticleID))
	}
	if !f.From.IsZero() {
		c("a.published >= " + q.arg(dayOf(f.From)))
	}
	if !f.To.IsZero() {
		c("a.published <= " + q.arg(dayOf(f.To)))
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	sql := `SELECT q.id, q.article_id, COALESCE(to_char(a.published, 'YYYY-MM-DD'), ''), a.outlet, q.text, q.start_pos, q.end_pos, q.kind,
		q.speaker, q.speaker_actor, q.speaker_entity, q.cue, q.sentence,
		COALESCE((SELECT array_agg(v.name ORDER BY v.pos) FROM quote_via v WHERE v.quote_id = q.id), '{}')
		FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE ` + q.where() + ` ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx
		LIMIT ` + q.arg(min(limit, MaxLimit)) + ` OFFSET ` + q.arg(max(f.Offset, 0))
	rows, err := s.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return nil, internal(op, err)
	}
	defer rows.Close()
	out := []dyad.StoredQuote{}
	for rows.Next() {
		var x dyad.StoredQuote
		var start, end, sentence int32
		if err := rows.Scan(&x.ID, &x.ArticleID, &x.Published, &x.Outlet, &x.Text, &start, &end, &x.Kind,
			&x.Speaker, &x.SpeakerActor, &x.SpeakerEntity, &x.Cue, &sentence, &x.Via); err != nil {
			return nil, internal(op, err)
		}
		x.Start, x.End, x.Sentence = int(start), int(end), int(sentence)
		if x.Via == nil {
			x.Via = []string{}
		}
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(op, err)
	}
	return out, nil
}

// TopDyads returns the dyads with the most events matching q.Filter, most
// events first (then by name), one page of q.Limit (DefaultLimit when 0,
// at most MaxLimit) from q.Offset.
func (s *Store) TopDyads(ctx context.Context, dq dyad.DyadQuery) ([]dyad.DyadCount, error) {
	const op = "postgres.top_dyads"
	f := dq.Filter
	f.Limit, f.Offset = 0, 0
	q := where(f)
	src, tgt := "e.source", "e.target"
	if dq.Countries {
		src, tgt = "substr(e.source, 1, 3)", "substr(e.target, 1, 3)"
	}
	x, y := src, tgt
	if !dq.Directed {
		x, y = "LEAST("+src+", "+tgt+")", "GREATEST("+src+", "+tgt+")"
	}
	limit := dq.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	sql := `SELECT ` + x + ` AS x, ` + y + ` AS y, COUNT(*), COALESCE(AVG(e.goldstein), 0),
		COALESCE(to_char(MIN(e.day), 'YYYY-MM-DD'), ''), COALESCE(to_char(MAX(e.day), 'YYYY-MM-DD'), '')
		FROM events e WHERE ` + q.where() + ` GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2
		LIMIT ` + q.arg(min(limit, MaxLimit)) + ` OFFSET ` + q.arg(max(dq.Offset, 0))
	rows, err := s.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return nil, internal(op, err)
	}
	defer rows.Close()
	out := []dyad.DyadCount{}
	for rows.Next() {
		var d dyad.DyadCount
		var n int64
		if err := rows.Scan(&d.A, &d.B, &n, &d.MeanGoldstein, &d.First, &d.Last); err != nil {
			return nil, internal(op, err)
		}
		d.Events = int(n)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(op, err)
	}
	return out, nil
}

// Novelty answers q with dyad.FindNovelty.
func (s *Store) Novelty(ctx context.Context, q dyad.NoveltyQuery) (*dyad.Novelty, error) {
	return dyad.FindNovelty(ctx, s, q)
}
