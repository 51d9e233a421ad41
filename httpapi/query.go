package httpapi

import (
	"errors"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dyadproject/dyad"
)

// maxParam is the longest query parameter value accepted.
const maxParam = 200

// params reads the query parameters of one request, refusing those it
// does not know and recording the first bad value.
type params struct {
	q       url.Values
	allowed map[string]bool
	err     error
}

func newParams(r *http.Request, allowed ...string) *params {
	p := &params{q: r.URL.Query(), allowed: map[string]bool{}}
	for _, a := range allowed {
		p.allowed[a] = true
	}
	var unknown []string
	for k := range p.q {
		if !p.allowed[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		p.err = invalid(unknown[0], "unknown query parameter (allowed: %s)", strings.Join(allowed, ", "))
	}
	return p
}

func (p *params) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// str returns a parameter's value: at most maxParam bytes, no control
// characters, given at most once.
func (p *params) str(name string) string {
	vs := p.q[name]
	if len(vs) == 0 {
		return ""
	}
	if len(vs) > 1 {
		p.fail(invalid(name, "given %d times", len(vs)))
		return ""
	}
	v := strings.TrimSpace(vs[0])
	if len(v) > maxParam {
		p.fail(invalid(name, "longer than %d bytes", maxParam))
		return ""
	}
	if strings.IndexFunc(v, unicode.IsControl) >= 0 {
		p.fail(invalid(name, "contains control characters"))
		return ""
	}
	return v
}

// date parses a YYYY-MM-DD parameter; absent is the zero time.
func (p *params) date(name string) time.Time {
	v := p.str(name)
	if v == "" {
		return time.Time{}
	}
	t, err := time.Parse(dyad.DateLayout, v)
	if err != nil {
		p.fail(invalid(name, "%q is not a date of the form YYYY-MM-DD", v))
	}
	return t
}

// boolean parses true/false/1/0; absent is false.
func (p *params) boolean(name string) bool {
	v := p.str(name)
	if v == "" {
		return false
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		p.fail(invalid(name, "%q is not true or false", v))
	}
	return b
}

// integer parses a whole number in [lo, hi]; absent is def.
func (p *params) integer(name string, def, lo, hi int) int {
	v := p.str(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		p.fail(invalid(name, "%q is not a whole number", v))
		return def
	}
	if n < lo || n > hi {
		p.fail(invalid(name, "%d is out of range [%d, %d]", n, lo, hi))
		return def
	}
	return n
}

// filterParams are the parameters every event query takes.
var filterParams = []string{"directed", "root", "code", "plover", "modality", "place", "from", "to", "canonical", "level", "occurred"}

// filter reads filterParams into f.
func (p *params) filter(f *dyad.EventFilter) {
	f.Directed = p.boolean("directed")
	f.Root = p.str("root")
	f.Code = p.str("code")
	f.PLOVER = p.str("plover")
	f.Modality = p.str("modality")
	f.Place = p.str("place")
	f.From = p.date("from")
	f.To = p.date("to")
	f.Canonical = p.boolean("canonical")
	f.Level = p.level(false)
	f.Occurred = p.boolean("occurred")
	if f.Root != "" && !digits(f.Root, 2, 2) {
		p.fail(invalid("root", "%q is not a two-digit CAMEO root", f.Root))
	}
	if f.Code != "" && !digits(f.Code, 2, 4) {
		p.fail(invalid("code", "%q is not a CAMEO code (2 to 4 digits)", f.Code))
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		p.fail(invalid("to", "%s is before from %s", f.To.Format(dyad.DateLayout), f.From.Format(dyad.DateLayout)))
	}
}

// dyadPath reads the actors {a} and {b} of the path.
func dyadPath(r *http.Request, f *dyad.EventFilter) error {
	for _, k := range []string{"a", "b"} {
		v := r.PathValue(k)
		if !actorCode(v) {
			return invalid(k, "%q is not an actor code (letters and digits, e.g. KOR or KORGOV)", v)
		}
	}
	f.A, f.B = r.PathValue("a"), r.PathValue("b")
	return nil
}

func digits(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func actorCode(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// eventsPage is the answer of /v1/events. Next is the offset of the next
// page, null on the last one.
type eventsPage struct {
	Events []dyad.StoredEvent `json:"events"`
	Limit  int                `json:"limit"`
	Offset int                `json:"offset"`
	Next   *int               `json:"next"`
}

// events answers GET /v1/events.
func (a *api) events(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, append([]string{"source", "target", "a", "b", "article", "limit", "offset"}, filterParams...)...)
	var f dyad.EventFilter
	f.Source, f.Target = p.str("source"), p.str("target")
	f.A, f.B = p.str("a"), p.str("b")
	f.ArticleID = p.str("article")
	p.filter(&f)
	f.Limit = p.integer("limit", DefaultLimit, 1, MaxLimit)
	f.Offset = p.integer("offset", 0, 0, MaxOffset)
	for _, k := range []string{"source", "target", "a", "b"} {
		if v := p.q.Get(k); v != "" && !actorCode(strings.TrimSpace(v)) {
			p.fail(invalid(k, "%q is not an actor code (letters and digits, e.g. KOR or KORGOV)", v))
		}
	}
	if p.err != nil {
		a.writeError(w, r, p.err)
		return
	}
	// Ask for one more than the page to know whether there is a next one.
	want := f.Limit
	f.Limit++
	evs, err := a.opts.Store.Events(r.Context(), f)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	page := eventsPage{Events: evs, Limit: want, Offset: f.Offset}
	if len(evs) > want {
		page.Events = evs[:want]
		next := f.Offset + want
		page.Next = &next
	}
	if page.Events == nil {
		page.Events = []dyad.StoredEvent{}
	}
	writeJSON(w, http.StatusOK, &page)
}

// timelineAnswer is the answer of /v1/dyads/{a}/{b}/timeline.
type timelineAnswer struct {
	A      string               `json:"a"`
	B      string               `json:"b"`
	Period string               `json:"period"`
	Points []dyad.TimelinePoint `json:"points"`
}

// periods are the accepted values of period=.
var periods = map[string]bool{"day": true, "week": true, "month": true, "year": true}

// timeline answers GET /v1/dyads/{a}/{b}/timeline.
func (a *api) timeline(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, append([]string{"period"}, filterParams...)...)
	var f dyad.EventFilter
	if err := dyadPath(r, &f); err != nil {
		a.writeError(w, r, err)
		return
	}
	p.filter(&f)
	period := p.str("period")
	if period == "" {
		period = "month"
	}
	if !periods[period] {
		p.fail(invalid("period", "%q is not day, week, month or year", period))
	}
	if p.err != nil {
		a.writeError(w, r, p.err)
		return
	}
	pts, err := a.opts.Store.Timeline(r.Context(), f, period)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	if pts == nil {
		pts = []dyad.TimelinePoint{}
	}
	writeJSON(w, http.StatusOK, &timelineAnswer{A: f.A, B: f.B, Period: period, Points: pts})
}

// eventAnswer is the answer of /last and /first.
type eventAnswer struct {
	Event *dyad.StoredEvent `json:"event"`
}

// lastFirst answers GET /v1/dyads/{a}/{b}/last?before= (last true; the
// default is tomorrow, so today's events count) and .../first?after= (the
// default is no lower bound).
func (a *api) lastFirst(last bool) http.HandlerFunc {
	bound := "after"
	if last {
		bound = "before"
	}
	return func(w http.ResponseWriter, r *http.Request) {
		p := newParams(r, append([]string{bound}, filterParams...)...)
		var f dyad.EventFilter
		if err := dyadPath(r, &f); err != nil {
			a.writeError(w, r, err)
			return
		}
		p.filter(&f)
		t := p.date(bound)
		if p.err != nil {
			a.writeError(w, r, p.err)
			return
		}
		var ev *dyad.StoredEvent
		var err error
		if last {
			if t.IsZero() {
				t = time.Now().UTC().AddDate(0, 0, 1)
			}
			ev, err = a.opts.Store.Last(r.Context(), f, t)
		} else {
			if t.IsZero() {
				t = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
			}
			ev, err = a.opts.Store.First(r.Context(), f, t)
		}
		if err == nil && ev == nil {
			err = &dyad.Error{Code: dyad.ENotFound, Err: errors.New("no matching event")}
		}
		if err != nil {
			a.writeError(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, &eventAnswer{Event: ev})
	}
}

// cut trims rows fetched with limit+1 to the page and sets Next.
func cut[T any](rows []T, limit, offset int) ([]T, *int) {
	if rows == nil {
		rows = []T{}
	}
	if len(rows) > limit {
		next := offset + limit
		return rows[:limit], &next
	}
	return rows, nil
}

// quotesPage is the answer of /v1/quotes.
type quotesPage struct {
	Quotes []dyad.StoredQuote `json:"quotes"`
	Limit  int                `json:"limit"`
	Offset int                `json:"offset"`
	Next   *int               `json:"next"`
}

// quotes answers GET /v1/quotes.
func (a *api) quotes(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "speaker", "exact", "actor", "kind", "article", "from", "to", "limit", "offset")
	var f dyad.QuoteFilter
	f.Speaker = p.str("speaker")
	f.SpeakerExact = p.boolean("exact")
	f.Actor = p.str("actor")
	f.Kind = strings.ToLower(p.str("kind"))
	f.ArticleID = p.str("article")
	f.From, f.To = p.date("from"), p.date("to")
	f.Limit = p.integer("limit", DefaultLimit, 1, MaxLimit)
	f.Offset = p.integer("offset", 0, 0, MaxOffset)
	if f.Actor != "" && !actorCode(f.Actor) {
		p.fail(invalid("actor", "%q is not an actor code (letters and digits, e.g. KOR or KORGOV)", f.Actor))
	}
	if f.Kind != "" && f.Kind != dyad.Direct && f.Kind != dyad.Partial && f.Kind != dyad.Indirect {
		p.fail(invalid("kind", "%q is not direct, partial or indirect", f.Kind))
	}
	if f.SpeakerExact && f.Speaker == "" {
		p.fail(invalid("exact", "needs speaker="))
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		p.fail(invalid("to", "%s is before from %s", f.To.Format(dyad.DateLayout), f.From.Format(dyad.DateLayout)))
	}
	if p.err != nil {
		a.writeError(w, r, p.err)
		return
	}
	limit := f.Limit
	f.Limit++
	qs, err := a.opts.Store.Quotes(r.Context(), f)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	ans := quotesPage{Limit: limit, Offset: f.Offset}
	ans.Quotes, ans.Next = cut(qs, limit, f.Offset)
	writeJSON(w, http.StatusOK, &ans)
}

// dyadsPage is the answer of /v1/dyads.
type dyadsPage struct {
	Dyads  []dyad.DyadCount `json:"dyads"`
	Limit  int              `json:"limit"`
	Offset int              `json:"offset"`
	Next   *int             `json:"next"`
}

// DefaultDyads is the page size of /v1/dyads without limit=.
const DefaultDyads = 20

// topDyads answers GET /v1/dyads: the dyads with most events matching the
// filter, a= restricting them to one actor's.
func (a *api) topDyads(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, append([]string{"a", "countries", "limit", "offset"}, filterParams...)...)
	var q dyad.DyadQuery
	q.Filter.A = p.str("a")
	p.filter(&q.Filter)
	q.Directed = q.Filter.Directed
	q.Countries = p.boolean("countries")
	q.Limit = p.integer("limit", DefaultDyads, 1, MaxLimit)
	q.Offset = p.integer("offset", 0, 0, MaxOffset)
	if q.Filter.A != "" && !actorCode(q.Filter.A) {
		p.fail(invalid("a", "%q is not an actor code (letters and digits, e.g. KOR or KORGOV)", q.Filter.A))
	}
	if p.err != nil {
		a.writeError(w, r, p.err)
		return
	}
	limit := q.Limit
	q.Limit++
	ds, err := a.opts.Store.TopDyads(r.Context(), q)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	ans := dyadsPage{Limit: limit, Offset: q.Offset}
	ans.Dyads, ans.Next = cut(ds, limit, q.Offset)
	writeJSON(w, http.StatusOK, &ans)
}

// level reads level=: leader, minister or (when allowAny) any.
func (p *params) level(allowAny bool) string {
	v := strings.ToLower(p.str("level"))
	switch {
	case v == "" || v == dyad.LevelLeader || v == dyad.LevelMinister:
	case allowAny && v == dyad.LevelAny:
	default:
		p.fail(invalid("level", "%q is not leader or minister", v))
	}
	return v
}

// dyadNovelty answers GET /v1/dyads/{a}/{b}/novelty?root=&date=&level=:
// the previous event of that root between a and b before date.
func (a *api) dyadNovelty(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "root", "date", "level")
	var f dyad.EventFilter
	if err := dyadPath(r, &f); err != nil {
		a.writeError(w, r, err)
		return
	}
	q := dyad.NoveltyQuery{A: f.A, B: f.B, Root: p.str("root"), Date: p.date("date"), Level: p.level(true)}
	if !digits(q.Root, 2, 2) {
		p.fail(invalid("root", "%q is not a two-digit CAMEO root (required)", q.Root))
	}
	if q.Date.IsZero() {
		p.fail(invalid("date", "required: the day of the event (YYYY-MM-DD)"))
	}
	a.novelty(w, r, p, q)
}

// eventNovelty answers GET /v1/events/{id}/novelty?level=: how new the
// stored event with this id is.
func (a *api) eventNovelty(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "level")
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		a.writeError(w, r, invalid("id", "%q is not an event id", r.PathValue("id")))
		return
	}
	a.novelty(w, r, p, dyad.NoveltyQuery{EventID: id, Level: p.level(true)})
}

func (a *api) novelty(w http.ResponseWriter, r *http.Request, p *params, q dyad.NoveltyQuery) {
	if p.err != nil {
		a.writeError(w, r, p.err)
		return
	}
	n, err := a.opts.Store.Novelty(r.Context(), q)
	if err != nil {
		a.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
