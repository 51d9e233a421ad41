package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
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
	const op = "sqlite.quotes"
	var conds []string
	var args []any
	if f.Speaker != "" {
		key := strings.ToLower(strings.TrimSpace(f.Speaker))
		if f.SpeakerExact {
			conds = append(conds, "q.speaker_key = ?")
			args = append(args, key)
		} else {
			conds = append(conds, `q.speaker_key LIKE ? ESCAPE '\'`)
			args = append(args, "%"+likeEscape(key)+"%")
		}
	}
	if f.Actor != "" {
		lo, hi := prefixRange(f.Actor)
		if hi == "" {
			conds = append(conds, "q.speaker_actor >= ?")
			args = append(args, lo)
		} else {
			conds = append(conds, "q.speaker_actor >= ? AND q.speaker_actor < ?")
			args = append(args, lo, hi)
		}
	}
	if f.Kind != "" {
		conds = append(conds, "q.kind = ?")
		args = append(args, strings.ToLower(f.Kind))
	}
	if f.ArticleID != "" {
		conds = append(conds, "q.article_id = ?")
		args = append(args, f.ArticleID)
	}
	if !f.From.IsZero() {
		conds = append(conds, "a.published >= ?")
		args = append(args, f.From.Format(dyad.DateLayout))
	}
	if !f.To.IsZero() {
		conds = append(conds, "a.published <> '' AND a.published <= ?")
		args = append(args, f.To.Format(dyad.DateLayout))
	}
	w := "1"
	if len(conds) > 0 {
		w = strings.Join(conds, " AND ")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	args = append(args, min(limit, MaxLimit), max(f.Offset, 0))
	rows, err := s.db.QueryContext(ctx, `SELECT q.id, q.article_id, a.published, a.outlet, q.text, q.start, q.end, q.kind,
		q.speaker, q.speaker_actor, q.speaker_entity, q.cue, q.sentence,
		(SELECT json_group_array(name) FROM (SELECT v.name FROM quote_via v WHERE v.quote_id = q.id ORDER BY v.pos))
		FROM quotes q JOIN articles a ON a.id = q.article_id
		WHERE `+w+` ORDER BY a.published = '', a.published DESC, q.article_id, q.idx LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, internal(op, err)
	}
	defer rows.Close()
	out := []dyad.StoredQuote{}
	for rows.Next() {
		var x dyad.StoredQuote
		var via string
		if err := rows.Scan(&x.ID, &x.ArticleID, &x.Published, &x.Outlet, &x.Text, &x.Start, &x.End, &x.Kind,
			&x.Speaker, &x.SpeakerActor, &x.SpeakerEntity, &x.Cue, &x.Sentence, &via); err != nil {
			return nil, internal(op, err)
		}
		if err := json.Unmarshal([]byte(via), &x.Via); err != nil {
			return nil, internal(op, err)
		}
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
func (s *Store) TopDyads(ctx context.Context, q dyad.DyadQuery) ([]dyad.DyadCount, error) {
	const op = "sqlite.top_dyads"
	f := q.Filter
	f.Limit, f.Offset = 0, 0
	w, args := where(f)
	src, tgt := "e.source", "e.target"
	if q.Countries {
		src, tgt = "substr(e.source, 1, 3)", "substr(e.target, 1, 3)"
	}
	x, y := src, tgt
	if !q.Directed {
		x = "CASE WHEN " + src + " <= " + tgt + " THEN " + src + " ELSE " + tgt + " END"
		y = "CASE WHEN " + src + " <= " + tgt + " THEN " + tgt + " ELSE " + src + " END"
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	args = append(args, min(limit, MaxLimit), max(q.Offset, 0))
	rows, err := s.db.QueryContext(ctx, `SELECT `+x+` AS x, `+y+` AS y, COUNT(*), AVG(e.goldstein),
		COALESCE(MIN(NULLIF(e.day, '')), ''), COALESCE(MAX(NULLIF(e.day, '')), '')
		FROM events e WHERE `+w+` GROUP BY x, y ORDER BY 3 DESC, x, y LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, internal(op, err)
	}
	defer rows.Close()
	out := []dyad.DyadCount{}
	for rows.Next() {
		var d dyad.DyadCount
		var mean sql.NullFloat64
		if err := rows.Scan(&d.A, &d.B, &d.Events, &mean, &d.First, &d.Last); err != nil {
			return nil, internal(op, err)
		}
		d.MeanGoldstein = mean.Float64
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
