package web

import (
	"context"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// funcs are the template helpers.
var funcs = template.FuncMap{
	"dyadURL":    dyadURL,
	"articleURL": articleURL,
	"goldstein":  func(g float64) string { return strconv.FormatFloat(g, 'f', 1, 64) },
	"mean":       func(g float64) string { return strconv.FormatFloat(g, 'f', 2, 64) },
	"pct":        func(c float64) string { return strconv.Itoa(int(c*100+0.5)) + "%" },
	"join":       strings.Join,
	"tone":       tone,
}

// dyadURL is the path of the dyad page of a and b.
func dyadURL(a, b string) string {
	return "/dyads/" + url.PathEscape(a) + "/" + url.PathEscape(b)
}

// articleURL is the path of the page of an article, each segment of its
// id escaped.
func articleURL(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return "/articles/" + strings.Join(parts, "/")
}

// tone is the CSS class of a Goldstein score: coop, conflict or neutral.
func tone(g float64) string {
	switch {
	case g > 0:
		return "coop"
	case g < 0:
		return "conflict"
	}
	return "neutral"
}

// eventRow is an event as the tables show it.
type eventRow struct {
	dyad.StoredEvent
	Name string // the CAMEO name of the code
}

func (s *site) row(ev dyad.StoredEvent) eventRow {
	r := eventRow{StoredEvent: ev}
	if c, ok := s.cb.Code(ev.CAMEO); ok {
		r.Name = c.Name
	}
	return r
}

// option is one choice of a select.
type option struct{ Value, Label string }

// searchForm is the query of the search page, as typed.
type searchForm struct {
	A, B, Root, PLOVER, Modality, From, To string
	Canonical                              bool
}

// searchPage is the data of the search page.
type searchPage struct {
	Title      string
	Form       searchForm
	Roots      []option
	PLOVERs    []string
	Modalities []string
	Error      string
	Rows       []eventRow
	Offset     int
	Prev, Next string // links to the neighbouring pages, "" when none
}

// search serves the search form and, below it, the newest events that
// match it.
func (s *site) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p := searchPage{Title: "Search events", Roots: s.roots(), PLOVERs: s.plovers(),
		Modalities: []string{dyad.Asserted, dyad.Intended, dyad.Hypothetical, dyad.Reported, dyad.Historical}}
	p.Form = searchForm{A: strings.ToUpper(strings.TrimSpace(q.Get("a"))), B: strings.ToUpper(strings.TrimSpace(q.Get("b"))),
		Root: q.Get("root"), PLOVER: q.Get("plover"), Modality: q.Get("modality"),
		From: strings.TrimSpace(q.Get("from")), To: strings.TrimSpace(q.Get("to")), Canonical: q.Get("canonical") == "1"}
	f, err := s.filter(p.Form)
	if err == nil {
		p.Offset, err = offsetParam(q.Get("offset"))
	}
	if err != nil {
		p.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "search", p)
		return
	}
	f.Limit, f.Offset = PageSize+1, p.Offset
	evs, err := s.opts.Store.Events(r.Context(), f)
	if err != nil {
		if dyad.ErrorCode(err) == dyad.EInvalid {
			p.Error = err.Error()
			s.render(w, r, http.StatusBadRequest, "search", p)
			return
		}
		s.fail(w, r, err)
		return
	}
	more := len(evs) > PageSize
	if more {
		evs = evs[:PageSize]
	}
	for _, ev := range evs {
		p.Rows = append(p.Rows, s.row(ev))
	}
	page := func(off int) string {
		v := url.Values{}
		for k, vs := range q {
			if k != "offset" && len(vs) > 0 && vs[0] != "" {
				v.Set(k, vs[0])
			}
		}
		if off > 0 {
			v.Set("offset", strconv.Itoa(off))
		}
		return "/?" + v.Encode()
	}
	if p.Offset > 0 {
		p.Prev = page(max(0, p.Offset-PageSize))
	}
	if more {
		p.Next = page(p.Offset + PageSize)
	}
	s.render(w, r, http.StatusOK, "search", p)
}

// filter checks the search form and turns it into an event filter.
func (s *site) filter(sf searchForm) (dyad.EventFilter, error) {
	f := dyad.EventFilter{A: sf.A, B: sf.B, Root: sf.Root, PLOVER: sf.PLOVER, Modality: sf.Modality, Canonical: sf.Canonical}
	if f.A == "" && f.B != "" {
		f.A, f.B = f.B, ""
	}
	for _, a := range [][2]string{{"actor a", f.A}, {"actor b", f.B}} {
		if a[1] != "" && !actorCode(a[1]) {
			return f, invalid(a[0], "%q is not an actor code (letters and digits, e.g. KOR or KORGOV)", a[1])
		}
	}
	if f.Root != "" {
		if _, ok := s.cb.Code(f.Root); !ok || len(f.Root) != 2 {
			return f, invalid("root", "%q is not a CAMEO root (01 to 20)", f.Root)
		}
	}
	if f.PLOVER != "" && !contains(s.plovers(), f.PLOVER) {
		return f, invalid("PLOVER type", "%q is not a PLOVER event type", f.PLOVER)
	}
	switch f.Modality {
	case "", dyad.Asserted, dyad.Intended, dyad.Hypothetical, dyad.Reported, dyad.Historical:
	default:
		return f, invalid("modality", "%q is not a modality", f.Modality)
	}
	var err error
	if f.From, err = dateParam("from", sf.From); err != nil {
		return f, err
	}
	if f.To, err = dateParam("to", sf.To); err != nil {
		return f, err
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, invalid("to", "%s is before from %s", sf.To, sf.From)
	}
	return f, nil
}

// roots lists the CAMEO roots with their names.
func (s *site) roots() []option {
	var out []option
	for i := 1; i <= 20; i++ {
		r := fmt.Sprintf("%02d", i)
		if c, ok := s.cb.Code(r); ok {
			out = append(out, option{r, r + " " + strings.ToLower(c.Name)})
		}
	}
	return out
}

// plovers lists the PLOVER event types of the codebook, sorted.
func (s *site) plovers() []string {
	seen := map[string]bool{}
	for i := 1; i <= 20; i++ {
		root := fmt.Sprintf("%02d", i)
		codes := []string{root}
		for j := 0; j <= 9; j++ {
			codes = append(codes, root+strconv.Itoa(j))
			for k := 0; k <= 9; k++ {
				codes = append(codes, root+strconv.Itoa(j)+strconv.Itoa(k))
			}
		}
		for _, code := range codes {
			if c, ok := s.cb.Code(code); ok && c.PLOVER != "" {
				seen[c.PLOVER] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// actorCode reports whether s looks like an actor code or prefix.
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

// dateParam parses a YYYY-MM-DD field; empty is the zero time.
func dateParam(field, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dyad.DateLayout, v)
	if err != nil {
		return time.Time{}, invalid(field, "%q is not a date (YYYY-MM-DD)", v)
	}
	return t, nil
}

func offsetParam(v string) (int, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > maxOffset {
		return 0, invalid("offset", "%q is not a whole number from 0 to %d", v, maxOffset)
	}
	return n, nil
}

// chartData is the timeline as the chart script reads it (embedded in
// the dyad page as JSON): one entry per period in each slice.
type chartData struct {
	Period string `json:"period"`
	// X is the start of each period in Unix seconds (UTC); Pad is half a
	// period, the margin the chart leaves at both ends.
	X        []int64   `json:"x"`
	Labels   []string  `json:"labels"`
	Events   []int     `json:"events"`
	Coop     []int     `json:"coop"`
	Conflict []int     `json:"conflict"`
	Neutral  []int     `json:"neutral"`
	Mean     []float64 `json:"mean"`
	Pad      int64     `json:"pad"`
}

// pointRow is one period of the timeline table.
type pointRow struct {
	Period                          string
	Events, Coop, Conflict, Neutral int
	Mean                            float64
}

// evidenceRow is one event of a dyad page with its evidence sentence,
// split around the trigger.
type evidenceRow struct {
	eventRow
	Before, Marked, After string
}

// dyadPage is the data of the dyad page.
type dyadPage struct {
	Title    string
	A, B     string
	Period   string
	Periods  []string
	Root     string
	From, To string
	// Before is the day the last-meeting question looks back from.
	Before string
	// Last is the last meeting (root 04) before Before, Previous the one
	// before it, Gap the time between them in words; nil/"" when none.
	// Novel is set when the gap is a month or more, so Last is news: "the
	// first meeting in 2 years 9 months".
	Last, Previous *eventRow
	Gap            string
	Novel          bool
	Chart          chartData
	Points         []pointRow
	Evidence       []evidenceRow
	More           bool // the evidence list was cut at EvidenceSize
	Coop, Conflict int
}

// dyad serves the page of the dyad {a} {b}.
func (s *site) dyad(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p := dyadPage{A: strings.ToUpper(r.PathValue("a")), B: strings.ToUpper(r.PathValue("b")),
		Period: q.Get("period"), Periods: []string{"day", "week", "month", "year"}, Root: q.Get("root"),
		From: q.Get("from"), To: q.Get("to")}
	if p.Period == "" {
		p.Period = "month"
	}
	if !contains(p.Periods, p.Period) {
		s.fail(w, r, invalid("period", "%q is not day, week, month or year", p.Period))
		return
	}
	f, err := s.filter(searchForm{A: p.A, B: p.B, Root: p.Root, From: p.From, To: p.To})
	if err == nil && (p.A == "" || p.B == "") {
		err = invalid("dyad", "two actors are needed")
	}
	before := s.opts.Now().UTC()
	if err == nil && q.Get("before") != "" {
		before, err = dateParam("before", q.Get("before"))
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Before = before.Format(dyad.DateLayout)
	p.Title = p.A + " – " + p.B
	ctx := r.Context()

	points, err := s.opts.Store.Timeline(ctx, f, p.Period)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Chart, p.Points = s.chart(points, p.Period)
	for _, pt := range p.Points {
		p.Coop += pt.Coop
		p.Conflict += pt.Conflict
	}

	meet := dyad.EventFilter{A: p.A, B: p.B, Root: "04"}
	if last, err := s.opts.Store.Last(ctx, meet, before); err == nil {
		row := s.row(*last)
		p.Last = &row
		if d, err := time.Parse(dyad.DateLayout, firstDay(last.Date)); err == nil {
			if prev, err := s.opts.Store.Last(ctx, meet, d); err == nil {
				row := s.row(*prev)
				p.Previous = &row
				var months int
				p.Gap, months = gap(prev.Date, last.Date)
				p.Novel = months >= 1
			} else if dyad.ErrorCode(err) != dyad.ENotFound {
				s.fail(w, r, err)
				return
			}
		}
	} else if dyad.ErrorCode(err) != dyad.ENotFound {
		s.fail(w, r, err)
		return
	}

	f.Limit = EvidenceSize + 1
	evs, err := s.opts.Store.Events(ctx, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(evs) > EvidenceSize {
		evs, p.More = evs[:EvidenceSize], true
	}
	texts := s.texts(ctx)
	for _, ev := range evs {
		row := evidenceRow{eventRow: s.row(ev)}
		row.Before, row.Marked, row.After = texts.sentence(ev)
		p.Evidence = append(p.Evidence, row)
	}
	s.render(w, r, http.StatusOK, "dyad", p)
}

// chart turns timeline points into the chart's series and the table's
// rows. An event is cooperative when the Goldstein score of its CAMEO
// root is positive, conflictual when it is negative, neutral otherwise
// (01, statements).
func (s *site) chart(points []dyad.TimelinePoint, period string) (chartData, []pointRow) {
	c := chartData{Period: period, Pad: int64(periodPad[period] / time.Second)}
	var rows []pointRow
	for _, pt := range points {
		start, ok := periodStart(pt.Period)
		if !ok {
			continue
		}
		row := pointRow{Period: pt.Period, Events: pt.Events, Mean: pt.MeanGoldstein}
		for root, n := range pt.ByRoot {
			g := 0.0
			if code, ok := s.cb.Code(root); ok {
				g = code.Goldstein
			}
			switch tone(g) {
			case "coop":
				row.Coop += n
			case "conflict":
				row.Conflict += n
			default:
				row.Neutral += n
			}
		}
		rows = append(rows, row)
		c.X = append(c.X, start.Unix())
		c.Labels = append(c.Labels, pt.Period)
		c.Events = append(c.Events, row.Events)
		c.Coop = append(c.Coop, row.Coop)
		c.Conflict = append(c.Conflict, row.Conflict)
		c.Neutral = append(c.Neutral, row.Neutral)
		c.Mean = append(c.Mean, math.Round(row.Mean*100)/100)
	}
	return c, rows
}

// periodPad is half of each period.
var periodPad = map[string]time.Duration{
	"day": 12 * time.Hour, "week": 84 * time.Hour, "month": 15 * 24 * time.Hour, "year": 183 * 24 * time.Hour,
}

// periodStart returns the first day of a timeline period: "2022-09-21",
// "2022-W38" (its Monday), "2022-09" or "2022".
func periodStart(p string) (time.Time, bool) {
	switch {
	case len(p) == 10:
		t, err := time.Parse(dyad.DateLayout, p)
		return t, err == nil
	case len(p) == 8 && p[4:6] == "-W":
		y, err1 := strconv.Atoi(p[:4])
		wk, err2 := strconv.Atoi(p[6:])
		if err1 != nil || err2 != nil || wk < 1 || wk > 53 {
			return time.Time{}, false
		}
		// The Monday of ISO week 1 is the Monday on or before 4 January.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		return monday.AddDate(0, 0, 7*(wk-1)), true
	case len(p) == 7:
		t, err := time.Parse("2006-01", p)
		return t, err == nil
	case len(p) == 4:
		t, err := time.Parse("2006", p)
		return t, err == nil
	}
	return time.Time{}, false
}

// firstDay returns the first day of an event date ("2022-09" ->
// "2022-09-01").
func firstDay(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

// gap says how long it was from date a to date b, in years and months
// ("2 years 9 months"), or in days under a month, and gives the whole
// months; "" when a date is bad or b is before a.
func gap(a, b string) (string, int) {
	ta, err1 := time.Parse(dyad.DateLayout, firstDay(a))
	tb, err2 := time.Parse(dyad.DateLayout, firstDay(b))
	if err1 != nil || err2 != nil || tb.Before(ta) {
		return "", 0
	}
	months := (tb.Year()-ta.Year())*12 + int(tb.Month()) - int(ta.Month())
	if tb.Day() < ta.Day() {
		months--
	}
	if months < 1 {
		return plural(int(tb.Sub(ta).Hours()/24), "day"), 0
	}
	y, m := months/12, months%12
	switch {
	case y == 0:
		return plural(m, "month"), months
	case m == 0:
		return plural(y, "year"), months
	}
	return plural(y, "year") + " " + plural(m, "month"), months
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

// articleTexts fetches and keeps the records and texts of the articles
// one page shows evidence from.
type articleTexts struct {
	s    *site
	ctx  context.Context
	recs map[string]*dyad.Record
	text map[string]string
}

func (s *site) texts(ctx context.Context) *articleTexts {
	return &articleTexts{s: s, ctx: ctx, recs: map[string]*dyad.Record{}, text: map[string]string{}}
}

// sentence returns the evidence sentence of ev split around its trigger,
// or just the trigger when the text is not available.
func (t *articleTexts) sentence(ev dyad.StoredEvent) (before, trigger, after string) {
	trigger = ev.Trigger.Text
	id := ev.ArticleID
	rec, ok := t.recs[id]
	if !ok {
		rec, _ = t.s.opts.Store.Article(t.ctx, id)
		t.recs[id] = rec
		if rec != nil && t.s.opts.Text != nil {
			t.text[id], _ = t.s.opts.Text(t.ctx, id)
		}
	}
	text := t.text[id]
	if rec == nil || text == "" {
		return "", trigger, ""
	}
	tr := ev.Trigger
	var span *dyad.Span
	for _, i := range ev.Sentences {
		if i >= 0 && i < len(rec.Sentences) {
			sp := rec.Sentences[i]
			if span == nil || sp.Start <= tr.Start && tr.End <= sp.End {
				span = &sp
			}
		}
	}
	if span == nil || !validSpan(text, span.Start, span.End) {
		return "", trigger, ""
	}
	if span.Start <= tr.Start && tr.Start < tr.End && tr.End <= span.End && validSpan(text, tr.Start, tr.End) {
		return text[span.Start:tr.Start], text[tr.Start:tr.End], text[tr.End:span.End]
	}
	return text[span.Start:span.End], "", ""
}

// validSpan reports whether [start, end) is a non-empty byte range of
// text that starts and ends on character boundaries.
func validSpan(text string, start, end int) bool {
	return 0 <= start && start < end && end <= len(text) &&
		utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}
