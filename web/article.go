package web

import (
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// Kinds of highlighted spans; each is a CSS class of the article text.
const (
	kindEntity  = "ent"
	kindTrigger = "trig"
	kindQuote   = "quote"
)

// span is one highlighted range of an article's text.
type span struct {
	start, end int
	kind       string
	label      string // shown on hover
	anchor     string // the id of the span's first segment, "" for none
}

// segment is a run of text under one set of highlights: the article text
// is cut at every span boundary so overlapping spans (a name inside a
// quote) can be drawn as nested classes.
type segment struct {
	Text    string
	Classes string // "" for plain text
	Title   string
	ID      string
}

// segments cuts text at the boundaries of the valid spans (those that
// fall inside text on character boundaries; the others are dropped) and
// returns the runs in order. Their texts add up to text.
func segments(text string, spans []span) []segment {
	var valid []span
	cuts := map[int]bool{0: true, len(text): true}
	for _, sp := range spans {
		if validSpan(text, sp.start, sp.end) {
			valid = append(valid, sp)
			cuts[sp.start], cuts[sp.end] = true, true
		}
	}
	bounds := make([]int, 0, len(cuts))
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Ints(bounds)
	// Outer spans first, so classes and titles read from outside in.
	sort.SliceStable(valid, func(i, j int) bool {
		if valid[i].start != valid[j].start {
			return valid[i].start < valid[j].start
		}
		return valid[i].end > valid[j].end
	})
	anchored := map[string]bool{}
	var out []segment
	for i := 0; i+1 < len(bounds); i++ {
		lo, hi := bounds[i], bounds[i+1]
		seg := segment{Text: text[lo:hi]}
		var classes, titles []string
		for _, sp := range valid {
			if sp.start > lo {
				break
			}
			if sp.end < hi {
				continue
			}
			if !contains(classes, sp.kind) {
				classes = append(classes, sp.kind)
			}
			if sp.label != "" && !contains(titles, sp.label) {
				titles = append(titles, sp.label)
			}
			if sp.anchor != "" && seg.ID == "" && !anchored[sp.anchor] {
				seg.ID, anchored[sp.anchor] = sp.anchor, true
			}
		}
		seg.Classes, seg.Title = strings.Join(classes, " "), strings.Join(titles, "\n")
		out = append(out, seg)
	}
	return out
}

// articleEvent is an event of the article page.
type articleEvent struct {
	dyad.Event
	Name   string
	Anchor string // the id of its trigger in the text
}

// articlePage is the data of the article page.
type articlePage struct {
	Title    string
	Rec      *dyad.Record
	HasText  bool
	Segments []segment
	Events   []articleEvent
	Counts   map[string]int // highlighted spans by kind
}

// triggerAnchor is the id of an event's trigger in the article text.
func triggerAnchor(t dyad.Trigger) string { return fmt.Sprintf("t-%d", t.Start) }

// article serves the page of one stored article.
func (s *site) article(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rec, err := s.opts.Store.Article(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := articlePage{Title: rec.Title, Rec: rec, Counts: map[string]int{}}
	if p.Title == "" {
		p.Title = "Article " + rec.ID
	}
	for _, ev := range rec.Events {
		ae := articleEvent{Event: ev, Anchor: triggerAnchor(ev.Trigger)}
		if c, ok := s.cb.Code(ev.CAMEO); ok {
			ae.Name = c.Name
		}
		p.Events = append(p.Events, ae)
	}
	var text string
	if s.opts.Text != nil {
		text, err = s.opts.Text(r.Context(), rec.ID)
		if err != nil && dyad.ErrorCode(err) != dyad.ENotFound {
			s.fail(w, r, err)
			return
		}
	}
	if text != "" {
		p.HasText = true
		var spans []span
		for _, e := range rec.Entities {
			label := e.Text + ": " + string(e.Type)
			if e.Actor != "" {
				label += " " + e.Actor
			}
			if e.Role != "" {
				label += " (" + e.Role + ")"
			}
			for _, m := range e.Mentions {
				spans = append(spans, span{start: m.Start, end: m.End, kind: kindEntity, label: label})
			}
		}
		for _, ev := range rec.Events {
			label := fmt.Sprintf("%s → %s %s", ev.Source, ev.Target, ev.CAMEO)
			spans = append(spans, span{start: ev.Trigger.Start, end: ev.Trigger.End, kind: kindTrigger,
				label: label, anchor: triggerAnchor(ev.Trigger)})
		}
		for i, q := range rec.Quotes {
			label := "quote (" + q.Kind + ")"
			if q.Speaker != "" {
				label += " by " + q.Speaker
			}
			spans = append(spans, span{start: q.Start, end: q.End, kind: kindQuote, label: label, anchor: fmt.Sprintf("q-%d", i)})
		}
		p.Segments = segments(text, spans)
		for _, seg := range p.Segments {
			for _, k := range strings.Fields(seg.Classes) {
				p.Counts[k]++
			}
		}
	}
	s.render(w, r, http.StatusOK, "article", p)
}
