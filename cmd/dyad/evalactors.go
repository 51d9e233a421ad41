package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func init() {
	register("eval-actors", "score actor resolution (country, sector) on NGEC-style actor cases", runEvalActors)
}

// goldActorCase is one line of an NGEC-style actor gold file (see
// ../shared/gold/README.md): a text, its context and date, and what its
// actor should be.
type goldActorCase struct {
	ID        string          `json:"id"`
	Kind      string          `json:"kind"`
	Text      string          `json:"text"`
	Context   string          `json:"context"`
	Date      string          `json:"date"`
	Expect    map[string]any  `json:"expect"`
	Collected bool            `json:"collected"`
	Conflict  json.RawMessage `json:"conflict"`
}

// sectorSame maps the sector codes of NGEC and PLOVER that CAMEO spells
// otherwise to CAMEO's: their MED is medical (CAMEO HLH) and their JRN
// journalists (CAMEO MED); paramilitaries are unaligned armed forces;
// SOC, civil-society organisations, are CAMEO's NGO; PRE, breakaway
// de facto states (South Ossetia, Northern Cyprus), are coded as their
// parent country's separatists (CAMEO SEP); and "unknown" is no sector.
var sectorSame = map[string]string{"JRN": "MED", "MED": "HLH", "PRM": "UAF", "SOC": "NGO", "PRE": "SEP", "UNK": ""}

// ngecToday is the date that "today" in an NGEC case stands for by
// default: NGEC's actor tests were written in 2022 and assert who held
// office then ("Nawaf Al-Ahmad Al-Jaber Al-Sabah" is Kuwait's emir, GOV),
// so reading "today" as the day the evaluation runs would score them
// against later events. Mid-2022 is used; -today overrides it.
const ngecToday = "2022-07-01"

// noSector marks sector expectations that cannot be scored ("????").
const noSector = "????"

type actorTally struct{ n, countryN, countryOK, sectorN, sectorOK, wikiN, wikiOK int }

func (t *actorTally) add(o actorTally) {
	t.n += o.n
	t.countryN += o.countryN
	t.countryOK += o.countryOK
	t.sectorN += o.sectorN
	t.sectorOK += o.sectorOK
	t.wikiN += o.wikiN
	t.wikiOK += o.wikiOK
}

func ratio(ok, n int) string {
	if n == 0 {
		return "    -"
	}
	return fmt.Sprintf("%.3f", float64(ok)/float64(n))
}

// runEvalActors resolves each case with collected: true and no conflict
// the way `dyad kb resolve` does, reading "today" as -today (ngecToday by
// default), and scores it: country where the case
// expects one, sector (code_1, compared through sectorSame) where it expects
// one, Wikipedia title where it expects one; a case expecting "none" must
// get no actor (empty country and sector). expect_not and code_2 are not
// scored.
func runEvalActors(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval-actors", "FILE")
	verbose := fs.Bool("v", false, "print every failure")
	kbDir := kbFlag(fs)
	todayFlag := fs.String("today", ngecToday, "the `date` (YYYY-MM-DD) a case's \"today\" stands for: when the cases were written (\"\" for the current date)")
	arg, err := parseOneArg(fs, args)
	if err != nil {
		return err
	}
	today, err := parseTodayFlag(*todayFlag)
	if err != nil {
		return err
	}
	f, name, closeIn, err := openArg(e, arg)
	if err != nil {
		return err
	}
	defer closeIn()
	read, err := readJSONL[goldActorCase](f, name)
	if err != nil {
		return err
	}
	var cases []goldActorCase
	for _, c := range read {
		if !c.Collected || len(c.Conflict) > 0 && string(c.Conflict) != "null" && string(c.Conflict) != "false" {
			continue
		}
		cases = append(cases, c)
	}
	kb, err := loadKB(*kbDir)
	if err != nil {
		return err
	}
	cr, err := newCaseResolver(kb)
	if err != nil {
		return err
	}
	cr.today = today
	tallies := map[string]*actorTally{}
	var failures []string
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return err
		}
		got, err := cr.resolve(actorCase{ID: c.ID, Text: c.Text, Context: c.Context, Date: c.Date})
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad eval-actors: %s: %v\n", c.ID, err)
		}
		t := tallies[c.Kind]
		if t == nil {
			t = &actorTally{}
			tallies[c.Kind] = t
		}
		t.n++
		var bad []string
		none, _ := c.Expect["none"].(bool)
		if want, ok := c.Expect["country"].(string); ok || none {
			t.countryN++
			if got.Country == want {
				t.countryOK++
			} else {
				bad = append(bad, fmt.Sprintf("country %q want %q", got.Country, want))
			}
		}
		if want, ok := c.Expect["code_1"].(string); (ok && want != noSector) || none {
			if w, same := sectorSame[want]; same {
				want = w
			}
			t.sectorN++
			if got.Sector == want {
				t.sectorOK++
			} else {
				bad = append(bad, fmt.Sprintf("sector %q want %q", got.Sector, want))
			}
		}
		if want, ok := c.Expect["wiki"].(string); ok && want != "" && c.Kind == "query_wiki" {
			t.wikiN++
			if got.Wikipedia == want {
				t.wikiOK++
			} else {
				bad = append(bad, fmt.Sprintf("wikipedia %q want %q", got.Wikipedia, want))
			}
		}
		if len(bad) > 0 {
			failures = append(failures, fmt.Sprintf("%-14s %-28s %q ctx=%q date=%q -> %s kb=%s: %s", c.Kind, c.ID, c.Text, c.Context, c.Date, got.Code, got.KB, strings.Join(bad, "; ")))
		}
	}
	kinds := make([]string, 0, len(tallies))
	for k := range tallies {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Fprintf(e.stdout, "%-20s %5s %8s %6s %8s %6s %8s %6s\n", "kind", "cases", "country", "n", "sector", "n", "wiki", "n")
	var all actorTally
	for _, k := range kinds {
		t := tallies[k]
		all.add(*t)
		fmt.Fprintf(e.stdout, "%-20s %5d %8s %6d %8s %6d %8s %6d\n", k, t.n, ratio(t.countryOK, t.countryN), t.countryN, ratio(t.sectorOK, t.sectorN), t.sectorN, ratio(t.wikiOK, t.wikiN), t.wikiN)
	}
	fmt.Fprintf(e.stdout, "%-20s %5d %8s %6d %8s %6d %8s %6d\n", "overall", all.n, ratio(all.countryOK, all.countryN), all.countryN, ratio(all.sectorOK, all.sectorN), all.sectorN, ratio(all.wikiOK, all.wikiN), all.wikiN)
	if *verbose {
		fmt.Fprintf(e.stdout, "\n%d failures:\n", len(failures))
		for _, f := range failures {
			fmt.Fprintln(e.stdout, f)
		}
	}
	return nil
}
