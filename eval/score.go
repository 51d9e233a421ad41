package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// levelNames name the three scoring levels, in order.
var levelNames = [3]string{"country+root", "+first role", "full code"}

// Report is the score of one gold file. Its fields are exported with JSON
// tags for machines; Print writes it for people.
type Report struct {
	Gold   string `json:"gold"`
	Kind   string `json:"kind"`
	Scheme string `json:"scheme"`
	// Dated is true when some gold event has a date: level 1 (and so every
	// level) then also requires the predicted date to start with it.
	Dated bool `json:"dated"`
	// Items, GoldEvents and Optional count the gold; Predicted counts the
	// predicted events of the gold's items before deduplication.
	Items      int `json:"items"`
	GoldEvents int `json:"gold_events"`
	Optional   int `json:"optional_events"`
	Predicted  int `json:"predicted_events"`
	// Levels are the scores at levels 1, 2 and 3.
	Levels []LevelScore `json:"levels"`
	// Roots are the level-1 counts per CAMEO root, ascending: a true
	// positive counts for the predicted root, a false positive for the
	// predicted root, a false negative for the gold event's first root.
	Roots []RootScore `json:"roots"`
	// DyadFound counts the gold events whose (source country, target
	// country) dyad some prediction of the item has; RootRight those of them
	// for which one of those predictions has an acceptable root.
	DyadFound int `json:"dyad_found"`
	RootRight int `json:"root_right"`
	// Confusion is the gold root x predicted root matrix over the gold
	// events of DyadFound, as cells sorted by count (descending), then gold
	// root, then predicted root. A gold event with a right root adds one to
	// its diagonal cell; otherwise it adds one to (first gold root, r) for
	// each distinct root r predicted on its dyad.
	Confusion []Confusion `json:"confusion"`
	// UnknownIDs are prediction ids that match no gold item, sorted.
	UnknownIDs []string `json:"unknown_ids,omitempty"`
}

// Counts are true positives, false positives and false negatives with the
// precision, recall and F1 they give (0 when undefined).
type Counts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// LevelScore is the score at one level (1, 2 or 3).
type LevelScore struct {
	Level int    `json:"level"`
	Name  string `json:"name"`
	Counts
}

// RootScore is the level-1 score of one CAMEO root.
type RootScore struct {
	Root string `json:"root"`
	Counts
}

// Confusion is one cell of the root confusion matrix.
type Confusion struct {
	Gold  string `json:"gold"`
	Pred  string `json:"pred"`
	Count int    `json:"count"`
}

func (c *Counts) finish() {
	c.Precision, c.Recall, c.F1 = 0, 0, 0
	if c.TP+c.FP > 0 {
		c.Precision = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		c.Recall = float64(c.TP) / float64(c.TP+c.FN)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

// Score compares predictions (keyed by Item.ID) with the gold.
//
// For each item and level, the predicted events are first deduplicated by
// their level key (level 1: source country, target country, root; level 2:
// the same plus the first role of each actor; level 3: the full actor codes
// and the CAMEO code, or the PLOVER type when g.Scheme is PLOVER; in an item
// whose gold events carry dates, the predicted date too), and so are the
// gold events (by the same fields, with their root list, date, codes and
// PLOVER type), since both are compared as sets. They are then
// matched one to one with the gold events, as a maximum matching (augmenting
// paths), which counts at least as many pairs as any greedy order. A
// prediction matches a gold event at level 1 when the countries
// (dyad.ActorCountry) are equal, its root (Root, or the first two digits of
// CAMEO) is one of the gold roots and, when the gold event has a date, the
// predicted date starts with it; at level 2 when also the first roles
// (dyad.ActorRole) are equal; at level 3 when also the full actor codes are
// equal and the CAMEO code is one of the gold codes (for PLOVER gold: the
// PLOVER type is the gold type, case-insensitive). A gold event with neither
// codes nor a PLOVER type is matched at level 3 by its roots.
//
// Matched predictions are true positives, unmatched gold events false
// negatives. Left-over predictions that match an optional gold event (one to
// one) are not counted; the rest are false positives, so predictions for an
// item without gold events are all false positives. An item with no entry in
// preds has predicted nothing. Counts are summed over items (micro average).
func Score(g *Gold, preds map[string][]dyad.Event) *Report {
	r := &Report{Gold: g.Path, Kind: g.Kind, Scheme: g.Scheme, Items: len(g.Items)}
	var levels [3]Counts
	roots := map[string]*Counts{}
	rootCounts := func(root string) *Counts {
		if root == "" {
			root = "-"
		}
		c := roots[root]
		if c == nil {
			c = &Counts{}
			roots[root] = c
		}
		return c
	}
	conf := map[[2]string]int{}
	known := map[string]bool{}
	for _, it := range g.Items {
		known[it.ID] = true
		ps := preds[it.ID]
		r.GoldEvents += len(it.Events)
		r.Optional += len(it.Optional)
		r.Predicted += len(ps)
		dated := itemDated(it)
		r.Dated = r.Dated || dated
		for l := 1; l <= 3; l++ {
			u := dedup(ps, l, g.Scheme, dated)
			gold, opt := dedupGold(it.Events, l, g.Scheme), dedupGold(it.Optional, l, g.Scheme)
			goldMatch, predState := matchItem(gold, opt, u, l, g.Scheme)
			c := &levels[l-1]
			for _, m := range goldMatch {
				if m >= 0 {
					c.TP++
				} else {
					c.FN++
				}
			}
			for _, s := range predState {
				if s == predFalse {
					c.FP++
				}
			}
			if l != 1 {
				continue
			}
			for gi, m := range goldMatch {
				if m >= 0 {
					rootCounts(predRoot(u[m])).TP++
				} else {
					rootCounts(goldLabel(gold[gi])).FN++
				}
			}
			for pi, s := range predState {
				if s == predFalse {
					rootCounts(predRoot(u[pi])).FP++
				}
			}
		}
		confuse(it, ps, conf, r)
	}
	for l, c := range levels {
		c.finish()
		r.Levels = append(r.Levels, LevelScore{Level: l + 1, Name: levelNames[l], Counts: c})
	}
	for root, c := range roots {
		c.finish()
		r.Roots = append(r.Roots, RootScore{Root: root, Counts: *c})
	}
	sort.Slice(r.Roots, func(i, j int) bool { return r.Roots[i].Root < r.Roots[j].Root })
	for k, n := range conf {
		r.Confusion = append(r.Confusion, Confusion{Gold: k[0], Pred: k[1], Count: n})
	}
	sort.Slice(r.Confusion, func(i, j int) bool {
		a, b := r.Confusion[i], r.Confusion[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Gold != b.Gold {
			return a.Gold < b.Gold
		}
		return a.Pred < b.Pred
	})
	for id := range preds {
		if !known[id] {
			r.UnknownIDs = append(r.UnknownIDs, id)
		}
	}
	sort.Strings(r.UnknownIDs)
	return r
}

// Prediction states after matching.
const (
	predFalse    = iota // a false positive
	predTrue            // matched a gold event
	predOptional        // matched an optional event: not counted
)

// matchItem matches the deduplicated predictions u of an item with its gold
// and optional events at a level. It returns, per gold event, the index of
// its prediction or -1, and per prediction its state.
func matchItem(gold, opt []GoldEvent, u []dyad.Event, level int, scheme string) (goldMatch, predState []int) {
	predState = make([]int, len(u))
	goldMatch = assign(gold, u, level, scheme, predState, predTrue)
	assign(opt, u, level, scheme, predState, predOptional)
	return goldMatch, predState
}

// assign finds a maximum one-to-one matching between the gold events and
// the predictions still in state predFalse, marks the matched predictions
// with state and returns the prediction index of each gold event (-1 when
// unmatched).
func assign(gold []GoldEvent, u []dyad.Event, level int, scheme string, state []int, mark int) []int {
	gm := make([]int, len(gold))
	pm := make([]int, len(u))
	for i := range pm {
		pm[i] = -1
	}
	ok := make([][]bool, len(gold))
	for gi, g := range gold {
		gm[gi] = -1
		ok[gi] = make([]bool, len(u))
		for pi, p := range u {
			ok[gi][pi] = state[pi] == predFalse && matches(g, p, level, scheme)
		}
	}
	var try func(gi int, seen []bool) bool
	try = func(gi int, seen []bool) bool {
		for pi := range u {
			if !ok[gi][pi] || seen[pi] {
				continue
			}
			seen[pi] = true
			if pm[pi] < 0 || try(pm[pi], seen) {
				pm[pi], gm[gi] = gi, pi
				return true
			}
		}
		return false
	}
	for gi := range gold {
		try(gi, make([]bool, len(u)))
	}
	for pi, gi := range pm {
		if gi >= 0 {
			state[pi] = mark
		}
	}
	return gm
}

// matches reports whether prediction p matches gold event g at a level.
func matches(g GoldEvent, p dyad.Event, level int, scheme string) bool {
	if dyad.ActorCountry(p.Source) != dyad.ActorCountry(g.Source) ||
		dyad.ActorCountry(p.Target) != dyad.ActorCountry(g.Target) ||
		!slices.Contains(g.Roots, predRoot(p)) ||
		(g.Date != "" && !strings.HasPrefix(p.Date, g.Date)) {
		return false
	}
	if level >= 2 && (dyad.ActorRole(p.Source) != dyad.ActorRole(g.Source) ||
		dyad.ActorRole(p.Target) != dyad.ActorRole(g.Target)) {
		return false
	}
	if level < 3 {
		return true
	}
	if p.Source != g.Source || p.Target != g.Target {
		return false
	}
	switch {
	case scheme == SchemePLOVER && g.PLOVER != "":
		return strings.EqualFold(p.PLOVER, g.PLOVER)
	case len(g.Codes) > 0:
		return slices.Contains(g.Codes, p.CAMEO)
	case g.PLOVER != "":
		return strings.EqualFold(p.PLOVER, g.PLOVER)
	}
	return true
}

// dedup keeps the first prediction of each level key.
func dedup(ps []dyad.Event, level int, scheme string, dated bool) []dyad.Event {
	seen := map[string]bool{}
	var out []dyad.Event
	for _, p := range ps {
		k := levelKey(p, level, scheme, dated)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

// dedupGold keeps the first gold event of each level key, so that gold
// events that differ only in what a level ignores ("ISR" -> "PSECVL" and
// "ISR" -> "PSEGZACVL" at level 1) count once there.
func dedupGold(gs []GoldEvent, level int, scheme string) []GoldEvent {
	seen := map[string]bool{}
	var out []GoldEvent
	for _, g := range gs {
		src, tgt := dyad.ActorCountry(g.Source), dyad.ActorCountry(g.Target)
		switch level {
		case 2:
			src += "/" + dyad.ActorRole(g.Source)
			tgt += "/" + dyad.ActorRole(g.Target)
		case 3:
			src, tgt = g.Source, g.Target
		}
		k := []string{src, tgt, strings.Join(g.Roots, "|"), g.Date}
		if level == 3 {
			k = append(k, strings.Join(g.Codes, "|"), strings.ToUpper(g.PLOVER))
		}
		key := strings.Join(k, "\x00")
		if !seen[key] {
			seen[key] = true
			out = append(out, g)
		}
	}
	return out
}

func levelKey(p dyad.Event, level int, scheme string, dated bool) string {
	src, tgt := dyad.ActorCountry(p.Source), dyad.ActorCountry(p.Target)
	switch level {
	case 2:
		src += "/" + dyad.ActorRole(p.Source)
		tgt += "/" + dyad.ActorRole(p.Target)
	case 3:
		src, tgt = p.Source, p.Target
	}
	k := []string{src, tgt, predRoot(p)}
	if level == 3 {
		if scheme == SchemePLOVER {
			k = append(k, strings.ToUpper(p.PLOVER))
		} else {
			k = append(k, p.CAMEO)
		}
	}
	if dated {
		k = append(k, p.Date)
	}
	return strings.Join(k, "\x00")
}

// predRoot is the root of a predicted event: Root, or the first two digits
// of its CAMEO code.
func predRoot(p dyad.Event) string {
	if p.Root != "" {
		return p.Root
	}
	if len(p.CAMEO) >= 2 {
		return p.CAMEO[:2]
	}
	return ""
}

// goldLabel is the root that names a gold event in per-root tables.
func goldLabel(g GoldEvent) string {
	if len(g.Roots) == 0 {
		return "-"
	}
	return g.Roots[0]
}

func itemDated(it Item) bool {
	for _, evs := range [][]GoldEvent{it.Events, it.Optional} {
		for _, e := range evs {
			if e.Date != "" {
				return true
			}
		}
	}
	return false
}

// confuse adds an item's gold events to the confusion matrix.
func confuse(it Item, ps []dyad.Event, conf map[[2]string]int, r *Report) {
	dyads := map[[2]string][]string{}
	for _, p := range ps {
		k := [2]string{dyad.ActorCountry(p.Source), dyad.ActorCountry(p.Target)}
		root := predRoot(p)
		if root == "" {
			root = "-"
		}
		if !slices.Contains(dyads[k], root) {
			dyads[k] = append(dyads[k], root)
		}
	}
	for _, g := range it.Events {
		rs := dyads[[2]string{dyad.ActorCountry(g.Source), dyad.ActorCountry(g.Target)}]
		if len(rs) == 0 {
			continue
		}
		r.DyadFound++
		right := ""
		for _, root := range rs {
			if slices.Contains(g.Roots, root) {
				right = root
				break
			}
		}
		if right != "" {
			r.RootRight++
			conf[[2]string{right, right}]++
			continue
		}
		for _, root := range rs {
			conf[[2]string{goldLabel(g), root}]++
		}
	}
}

// JSON returns the report as one line of JSON.
func (r *Report) JSON() ([]byte, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return b, nil
}

// maxConfusions is how many off-diagonal confusion pairs Print shows.
const maxConfusions = 15

// Print writes the report as readable tables: the counts, the three levels,
// the per-root scores and the most frequent root confusions.
func (r *Report) Print(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "gold %s (%s): %d items, %d gold events", r.Gold, r.Kind, r.Items, r.GoldEvents)
	if r.Optional > 0 {
		fmt.Fprintf(&b, " (+%d optional)", r.Optional)
	}
	fmt.Fprintf(&b, ", %d predicted events\n", r.Predicted)
	if r.Dated {
		b.WriteString("levels include dates: a gold event with a date needs a predicted date that starts with it\n")
	}
	if n := len(r.UnknownIDs); n > 0 {
		show := r.UnknownIDs[:min(n, 5)]
		fmt.Fprintf(&b, "warning: %d predicted ids match no gold item: %s", n, strings.Join(show, ", "))
		if n > len(show) {
			b.WriteString(", ...")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%-24s %s\n", "level", countHead)
	for _, l := range r.Levels {
		name := fmt.Sprintf("%d %s", l.Level, l.Name)
		if l.Level == 3 {
			name += " (" + r.Scheme + ")"
		}
		fmt.Fprintf(&b, "%-24s %s\n", name, countCols(l.Counts))
	}
	if len(r.Roots) > 0 {
		fmt.Fprintf(&b, "\n%-24s %s\n", "root (level 1)", countHead)
		for _, rs := range r.Roots {
			fmt.Fprintf(&b, "%-24s %s\n", rs.Root, countCols(rs.Counts))
		}
	}
	fmt.Fprintf(&b, "\ndyad predicted for %d of %d gold events; root right for %d of them\n",
		r.DyadFound, r.GoldEvents, r.RootRight)
	var pairs []string
	for _, c := range r.Confusion {
		if c.Gold == c.Pred {
			continue
		}
		if len(pairs) == maxConfusions {
			break
		}
		pairs = append(pairs, fmt.Sprintf("%s->%s %d", c.Gold, c.Pred, c.Count))
	}
	if len(pairs) > 0 {
		b.WriteString("root confusions (gold->predicted count):\n")
		for i := 0; i < len(pairs); i += 5 {
			b.WriteString("  " + strings.Join(pairs[i:min(i+5, len(pairs))], "   ") + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

const countHead = "   TP    FP    FN      P      R     F1"

func countCols(c Counts) string {
	return fmt.Sprintf("%5d %5d %5d %6.3f %6.3f %6.3f", c.TP, c.FP, c.FN, c.Precision, c.Recall, c.F1)
}
