// Package dedup merges reports of the same real event by different articles
// into canonical events.
//
// A report is one coded event of one article. Two reports are taken to be
// the same real event when all of these hold (each rule is an Options field
// with a default):
//
//   - Direction and actors: the same source country and the same target
//     country (dyad.ActorCountry), in the same direction. A->B and B->A stay
//     apart, as the record has one event per direction. First roles
//     (dyad.ActorRole) must be equal, except that a code without a role
//     ("KOR") joins one with a role ("KORGOV") unless Options.StrictRoles.
//     A canonical event keeps the most specific role seen per side, so a
//     cluster that holds KORGOV refuses KORMIL even if it began as KOR.
//     When source and target share a country (PRKGOV->PRK, a domestic
//     event), roles must be equal, or A->B and B->A would meet.
//     Reports with an empty source or target never merge.
//   - Codes: the same CAMEO root, and compatible codes: equal, one a prefix
//     of the other ("084" and "0841"), or one the root's generic code
//     ("040" joins "044"; "190" joins "195"). Two different specific codes
//     ("041" telephone and "044" meeting) stay apart. A canonical event
//     keeps the most specific code seen, so after "044" joins "040", "041"
//     no longer can.
//   - Polarity: the same negation and the same modality class. Asserted,
//     reported and historical are one class (a fact told directly, through
//     a quote, or as past); intended and hypothetical are classes of their
//     own. A denial or a plan never merges with the event itself.
//   - Dates: every report stands for an interval of days. A day date is one
//     day; a publication-precision date (the event was dated by its
//     article's publication) is the PublicationLag days before it up to the
//     day itself, since news tells of events a day or two late; a month
//     date (YYYY-MM) is the month. Intervals longer than MaxSpan days (years,
//     decades) never merge. A report joins a canonical event when the gap
//     between its interval and the canonical event's interval (its most
//     precise report's) is at most DayWindow days when both are
//     day-precise or publication-dated, and zero (overlap) when either is a
//     month. Unparseable dates never merge.
//   - Places: compatible when either is unknown (no place, or a place with
//     no country), or the countries are equal and, when both have
//     coordinates and different names, they lie within PlaceKm kilometres.
//     A canonical event keeps the first known place it saw.
//
// Cluster orders reports most precise date first, then by date and id, so
// day-dated reports found the canonical events and coarser reports attach
// to the nearest. Index applies the same rules incrementally in arrival
// order (see Index). Both are deterministic; near-linear in the number of
// reports as long as one dyad, root and polarity holds a bounded number of
// canonical events per month.
package dedup

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// Report is one coded event of one article, as the dedup step sees it. ID
// is unique among the reports given to one Cluster call or one Index (the
// store's event id).
type Report struct {
	ID        int64
	ArticleID string
	Outlet    string
	Published time.Time
	Event     dyad.Event
}

// Canonical is one real event and every report of it.
type Canonical struct {
	// ID is the smallest report id of Reports (for Index: the id of the
	// report that founded it; see Index).
	ID int64 `json:"id"`
	// Reports are the ids of the member reports, ascending.
	Reports []int64 `json:"reports"`
	// Sources is the number of distinct articles among the reports;
	// Outlets the number of distinct non-empty outlets.
	Sources int `json:"sources"`
	Outlets int `json:"outlets"`
	// Event is a representative: the event of the report with the most
	// specific code (then asserted before reported or historical, then
	// the highest confidence, then the smallest id), with the most
	// specific actor codes, the most precise date and a place if any
	// report has one. Its Sentences and Trigger refer to the article of
	// the report it was taken from.
	Event dyad.Event `json:"event"`
}

// Options are the merge rules. The zero value of a field means its
// default (see DefaultOptions); a negative DayWindow or PublicationLag
// means zero days, and a negative PlaceKm turns the distance check off.
type Options struct {
	// DayWindow is the largest gap in days between two day-precise (or
	// publication-dated) reports of one event. Default 2.
	DayWindow int
	// PublicationLag is how many days before its article's publication
	// an event dated by that publication may have happened. Default 2.
	PublicationLag int
	// MaxSpan is the longest date interval, in days, that may merge;
	// longer ones (years, decades) stay alone. Default 31.
	MaxSpan int
	// PlaceKm is the largest distance between two named places of one
	// event, in kilometres. Default 250.
	PlaceKm float64
	// StrictRoles keeps an actor code without a role ("KOR") apart from
	// one with a role ("KORGOV") of the same country. Default false.
	StrictRoles bool
}

// DefaultOptions returns the default rules.
func DefaultOptions() Options {
	return Options{DayWindow: 2, PublicationLag: 2, MaxSpan: 31, PlaceKm: 250}
}

// norm fills defaults into o.
func (o Options) norm() Options {
	d := DefaultOptions()
	switch {
	case o.DayWindow == 0:
		o.DayWindow = d.DayWindow
	case o.DayWindow < 0:
		o.DayWindow = 0
	}
	switch {
	case o.PublicationLag == 0:
		o.PublicationLag = d.PublicationLag
	case o.PublicationLag < 0:
		o.PublicationLag = 0
	}
	if o.MaxSpan <= 0 {
		o.MaxSpan = d.MaxSpan
	}
	if o.PlaceKm == 0 {
		o.PlaceKm = d.PlaceKm
	}
	return o
}

// Cluster groups reports into canonical events by the package rules. The
// result is ordered by canonical id; every report is in exactly one
// canonical event. reports is not modified; duplicate ids are kept as
// given (the caller should not pass them).
func Cluster(reports []Report, opts Options) []Canonical {
	order := make([]int, len(reports))
	ivs := make([]interval, len(reports))
	for i := range reports {
		order[i] = i
		ivs[i] = dateInterval(reports[i].Event, opts.norm())
	}
	slices.SortFunc(order, func(a, b int) int {
		ia, ib := ivs[a], ivs[b]
		if c := precisionRank(ia) - precisionRank(ib); c != 0 {
			return c
		}
		if ia.lo != ib.lo {
			return cmp.Compare(ia.lo, ib.lo)
		}
		return cmp.Compare(reports[a].ID, reports[b].ID)
	})
	x := NewIndex(opts)
	for _, i := range order {
		x.Add(reports[i])
	}
	out := x.Clusters()
	for i := range out {
		out[i].ID = out[i].Reports[0]
	}
	slices.SortFunc(out, func(a, b Canonical) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Index keeps canonical events in memory, grouped by source country,
// target country, root and polarity, and sorted by date within a group, so
// that Add costs about the number of canonical events of its group within
// a month of its date.
//
// Add applies the rules in arrival order: a report joins the best
// compatible canonical event (the smallest date gap, then the most
// reports, then the smallest id) or founds a new one whose id is the
// report's id. The id returned by Add never changes afterwards, so a store
// can write it beside the report at once. When reports are added in
// ascending id order (as a store assigns them), that id is also the
// smallest of the canonical event, and rebuilding an Index after a restart
// by adding the stored reports in id order gives the same canonical ids.
// Cluster may group coarse-dated reports differently, since it sees them
// all before choosing.
//
// An Index is not safe for concurrent use; a store calls it from its one
// writer.
type Index struct {
	opts   Options
	groups map[groupKey][]*cluster // sorted by cluster.anchor
	byID   map[int64]*cluster
	all    []*cluster // creation order
}

// NewIndex returns an empty Index with the given rules.
func NewIndex(opts Options) *Index {
	return &Index{
		opts:   opts.norm(),
		groups: map[groupKey][]*cluster{},
		byID:   map[int64]*cluster{},
	}
}

// Len returns the number of canonical events.
func (x *Index) Len() int { return len(x.all) }

// Add files r and returns the id of its canonical event. Adding a report
// id twice files it again (the caller should not).
func (x *Index) Add(r Report) (canonical int64) {
	iv := dateInterval(r.Event, x.opts)
	k, ok := keyOf(r.Event)
	if !ok || !iv.ok || iv.hi-iv.lo+1 > x.opts.MaxSpan {
		return x.found(r, iv, k, false).id
	}
	list := x.groups[k]
	// Candidates have an anchor start no earlier than maxGap+MaxSpan days
	// before r's start: anything earlier ends too soon to touch r.
	from := iv.lo - x.opts.DayWindow - x.opts.MaxSpan
	to := iv.hi + x.opts.DayWindow
	i := sort.Search(len(list), func(i int) bool { return list[i].iv.lo >= from })
	var best *cluster
	bestGap := 0
	for ; i < len(list) && list[i].iv.lo <= to; i++ {
		c := list[i]
		gap, ok := x.fits(c, r.Event, iv)
		if !ok {
			continue
		}
		if best == nil || gap < bestGap ||
			gap == bestGap && (len(c.reports) > len(best.reports) ||
				len(c.reports) == len(best.reports) && c.id < best.id) {
			best, bestGap = c, gap
		}
	}
	if best == nil {
		return x.found(r, iv, k, true).id
	}
	x.join(best, k, r, iv)
	return best.id
}

// Canonical returns the canonical event with this id, and false if there
// is none.
func (x *Index) Canonical(id int64) (Canonical, bool) {
	c, ok := x.byID[id]
	if !ok {
		return Canonical{}, false
	}
	return c.canonical(), true
}

// Clusters returns every canonical event, in the order they were founded.
func (x *Index) Clusters() []Canonical {
	out := make([]Canonical, len(x.all))
	for i, c := range x.all {
		out[i] = c.canonical()
	}
	return out
}

// groupKey is the blocking key: reports in different groups never merge.
type groupKey struct {
	src, tgt string // countries
	root     string
	polarity string
}

func keyOf(e dyad.Event) (groupKey, bool) {
	s, t := dyad.ActorCountry(e.Source), dyad.ActorCountry(e.Target)
	root := e.Root
	if root == "" && len(e.CAMEO) >= 2 {
		root = e.CAMEO[:2]
	}
	if s == "" || t == "" || root == "" {
		return groupKey{}, false
	}
	return groupKey{src: s, tgt: t, root: root, polarity: polarity(e)}, true
}

// polarity is the class of negation and modality that must agree.
func polarity(e dyad.Event) string {
	p := "fact"
	switch e.Modality {
	case dyad.Intended, dyad.Hypothetical:
		p = e.Modality
	}
	if e.Negated {
		p = "not-" + p
	}
	return p
}

// cluster is one canonical event under construction.
type cluster struct {
	id       int64
	iv       interval // the most precise member's date interval
	srcRole  string   // most specific first role seen, "" if none
	tgtRole  string
	code     string // most specific code seen
	place    *dyad.Place
	reports  []Report
	articles map[string]bool
	outlets  map[string]bool
}

func (x *Index) found(r Report, iv interval, k groupKey, index bool) *cluster {
	c := &cluster{
		id:       r.ID,
		iv:       iv,
		srcRole:  dyad.ActorRole(r.Event.Source),
		tgtRole:  dyad.ActorRole(r.Event.Target),
		code:     r.Event.CAMEO,
		articles: map[string]bool{},
		outlets:  map[string]bool{},
	}
	if knownPlace(r.Event.Place) {
		c.place = r.Event.Place
	}
	c.add(r)
	x.all = append(x.all, c)
	if _, dup := x.byID[c.id]; !dup {
		x.byID[c.id] = c
	}
	if index {
		list := x.groups[k]
		i := sort.Search(len(list), func(i int) bool { return list[i].iv.lo > iv.lo })
		x.groups[k] = slices.Insert(list, i, c)
	}
	return c
}

func (c *cluster) add(r Report) {
	c.reports = append(c.reports, r)
	key := r.ArticleID
	if key == "" {
		key = "#" + strconv.FormatInt(r.ID, 10) // an unnamed article counts once per report
	}
	c.articles[key] = true
	if r.Outlet != "" {
		c.outlets[r.Outlet] = true
	}
}

// fits reports whether e (dated iv) may join c, and the date gap.
func (x *Index) fits(c *cluster, e dyad.Event, iv interval) (int, bool) {
	gap := iv.gap(c.iv)
	limit := 0
	if iv.precise && c.iv.precise {
		limit = x.opts.DayWindow
	}
	if gap > limit {
		return 0, false
	}
	// Within one country (KORGOV->KOROPP) a missing role could be either
	// side, so A->B and B->A would meet: roles must then be equal.
	strict := x.opts.StrictRoles || dyad.ActorCountry(e.Source) == dyad.ActorCountry(e.Target)
	if !roleFits(strict, c.srcRole, dyad.ActorRole(e.Source)) ||
		!roleFits(strict, c.tgtRole, dyad.ActorRole(e.Target)) {
		return 0, false
	}
	if !CompatibleCodes(c.code, e.CAMEO) {
		return 0, false
	}
	if !x.placeFits(c.place, e.Place) {
		return 0, false
	}
	return gap, true
}

func roleFits(strict bool, have, r string) bool {
	if have == r {
		return true
	}
	if strict {
		return false
	}
	return have == "" || r == ""
}

func (x *Index) placeFits(have, p *dyad.Place) bool {
	if !knownPlace(have) || !knownPlace(p) {
		return true
	}
	if have.Country != p.Country {
		return false
	}
	if x.opts.PlaceKm < 0 || strings.EqualFold(have.Name, p.Name) {
		return true
	}
	if !hasCoords(have) || !hasCoords(p) {
		return true
	}
	return km(have.Lat, have.Lon, p.Lat, p.Lon) <= x.opts.PlaceKm
}

func (x *Index) join(c *cluster, k groupKey, r Report, iv interval) {
	c.add(r)
	if c.srcRole == "" {
		c.srcRole = dyad.ActorRole(r.Event.Source)
	}
	if c.tgtRole == "" {
		c.tgtRole = dyad.ActorRole(r.Event.Target)
	}
	if moreSpecific(r.Event.CAMEO, c.code) {
		c.code = r.Event.CAMEO
	}
	if c.place == nil && knownPlace(r.Event.Place) {
		c.place = r.Event.Place
	}
	if iv.narrower(c.iv) {
		// Re-sort the group: the anchor moved.
		list := x.groups[k]
		if i := slices.Index(list, c); i >= 0 {
			list = slices.Delete(list, i, i+1)
		}
		c.iv = iv
		j := sort.Search(len(list), func(j int) bool { return list[j].iv.lo > iv.lo })
		x.groups[k] = slices.Insert(list, j, c)
	}
}

// CompatibleCodes reports whether two CAMEO codes may describe one event:
// the same root, and equal, one a prefix of the other, or one the root's
// generic code ("040", or the bare root "04").
func CompatibleCodes(a, b string) bool {
	if len(a) < 2 || len(b) < 2 || a[:2] != b[:2] {
		return false
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	return generic(a) || generic(b)
}

// generic reports whether code is a root's unspecified code ("04", "040").
func generic(code string) bool {
	return len(code) == 2 || len(code) == 3 && code[2] == '0'
}

// specificity ranks codes: generic < three-digit < four-digit.
func specificity(code string) int {
	if generic(code) {
		return 0
	}
	return len(code)
}

func moreSpecific(a, b string) bool { return specificity(a) > specificity(b) }

func knownPlace(p *dyad.Place) bool { return p != nil && p.Country != "" }

func hasCoords(p *dyad.Place) bool { return p.Lat != 0 || p.Lon != 0 }

// km is the great-circle distance in kilometres.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// interval is a closed range of days (days since 1970-01-01).
type interval struct {
	lo, hi  int
	precise bool // a day date or a publication date
	ok      bool
	prec    int // precisionRank
}

func (a interval) gap(b interval) int {
	switch {
	case a.hi < b.lo:
		return b.lo - a.hi
	case b.hi < a.lo:
		return a.lo - b.hi
	}
	return 0
}

// narrower reports whether a is a better anchor than b.
func (a interval) narrower(b interval) bool {
	if a.prec != b.prec {
		return a.prec < b.prec
	}
	return a.hi-a.lo < b.hi-b.lo
}

func precisionRank(iv interval) int { return iv.prec }

// Precision ranks, most precise first.
const (
	rankDay = iota
	rankPublication
	rankMonth
	rankCoarse
	rankNone
)

// dateInterval reads the event's date as an interval of days.
func dateInterval(e dyad.Event, o Options) interval {
	d := e.Date
	switch {
	case len(d) >= 10:
		t, err := time.Parse(dyad.DateLayout, d[:10])
		if err != nil {
			return interval{prec: rankNone}
		}
		day := int(t.Unix() / 86400)
		switch e.DatePrecision {
		case dyad.PrecisionMonth:
			return monthInterval(t)
		case dyad.PrecisionYear:
			return yearInterval(t.Year(), 1)
		case dyad.PrecisionDecade:
			return yearInterval(t.Year()/10*10, 10)
		case dyad.PrecisionPublication:
			return interval{lo: day - o.PublicationLag, hi: day, precise: true, ok: true, prec: rankPublication}
		}
		return interval{lo: day, hi: day, precise: true, ok: true, prec: rankDay}
	case len(d) == 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return interval{prec: rankNone}
		}
		return monthInterval(t)
	case len(d) == 4:
		t, err := time.Parse("2006", d)
		if err != nil {
			return interval{prec: rankNone}
		}
		if e.DatePrecision == dyad.PrecisionDecade {
			return yearInterval(t.Year()/10*10, 10)
		}
		return yearInterval(t.Year(), 1)
	}
	return interval{prec: rankNone}
}

// yearInterval is n years from the first of January of year.
func yearInterval(year, n int) interval {
	first := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	lo := int(first.Unix() / 86400)
	hi := int(first.AddDate(n, 0, 0).Unix()/86400) - 1
	return interval{lo: lo, hi: hi, ok: true, prec: rankCoarse}
}

func monthInterval(t time.Time) interval {
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	lo := int(first.Unix() / 86400)
	hi := int(first.AddDate(0, 1, 0).Unix()/86400) - 1
	return interval{lo: lo, hi: hi, ok: true, prec: rankMonth}
}

// canonical builds the exported view of c.
func (c *cluster) canonical() Canonical {
	out := Canonical{
		ID:      c.id,
		Reports: make([]int64, len(c.reports)),
		Sources: len(c.articles),
		Outlets: len(c.outlets),
	}
	for i, r := range c.reports {
		out.Reports[i] = r.ID
	}
	slices.Sort(out.Reports)
	out.Event = representative(c.reports)
	return out
}

// representative picks and completes the event that stands for reports.
func representative(rs []Report) dyad.Event {
	base := 0
	for i := 1; i < len(rs); i++ {
		if betterBase(rs[i], rs[base]) {
			base = i
		}
	}
	e := rs[base].Event
	e.Sentences = slices.Clone(e.Sentences)
	if e.Root == "" && len(e.CAMEO) >= 2 {
		e.Root = e.CAMEO[:2]
	}
	// Most specific actor codes of the same country.
	for _, r := range rs {
		if len(r.Event.Source) > len(e.Source) && dyad.ActorCountry(r.Event.Source) == dyad.ActorCountry(e.Source) {
			e.Source = r.Event.Source
		}
		if len(r.Event.Target) > len(e.Target) && dyad.ActorCountry(r.Event.Target) == dyad.ActorCountry(e.Target) {
			e.Target = r.Event.Target
		}
	}
	// Most precise date: the best rank, then the date most reports give,
	// then the earliest.
	best := rankNone + 1
	count := map[string]int{}
	for _, r := range rs {
		iv := dateInterval(r.Event, DefaultOptions())
		if iv.prec < best {
			best = iv.prec
			clear(count)
		}
		if iv.prec == best {
			count[r.Event.Date]++
		}
	}
	date := ""
	for d, n := range count {
		if date == "" || n > count[date] || n == count[date] && d < date {
			date = d
		}
	}
	for _, r := range rs {
		if r.Event.Date == date && dateInterval(r.Event, DefaultOptions()).prec == best {
			e.Date, e.DatePrecision = r.Event.Date, r.Event.DatePrecision
			break
		}
	}
	// A place if any: the named place most reports give.
	if !knownPlace(e.Place) {
		places := map[string]int{}
		var pick *dyad.Place
		for _, r := range rs {
			p := r.Event.Place
			if !knownPlace(p) {
				continue
			}
			k := p.Country + "|" + p.Name
			places[k]++
			if pick == nil || places[k] > places[pick.Country+"|"+pick.Name] {
				pick = p
			}
		}
		if pick != nil {
			p := *pick
			e.Place = &p
		}
	} else {
		p := *e.Place
		e.Place = &p
	}
	return e
}

// betterBase orders candidate base reports: the most specific code, then
// asserted before other modalities, then the highest confidence, then the
// smallest id.
func betterBase(a, b Report) bool {
	if sa, sb := specificity(a.Event.CAMEO), specificity(b.Event.CAMEO); sa != sb {
		return sa > sb
	}
	aa, ba := a.Event.Modality == dyad.Asserted, b.Event.Modality == dyad.Asserted
	if aa != ba {
		return aa
	}
	if a.Event.Confidence != b.Event.Confidence {
		return a.Event.Confidence > b.Event.Confidence
	}
	return a.ID < b.ID
}
