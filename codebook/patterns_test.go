package codebook

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestEveryCodeHasAPattern checks that every three- and four-digit CAMEO
// code is evoked by at least one pattern (the two-digit roots need none).
func TestEveryCodeHasAPattern(t *testing.T) {
	cb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, ps := range cb.patterns {
		for _, p := range ps {
			covered[p.Code] = true
		}
	}
	var missing []string
	for code := range cb.codes {
		if len(code) > 2 && !covered[code] {
			missing = append(missing, code+" "+cb.codes[code].Name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%d codes have no pattern:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

// TestPatternShapes checks conventions the loader does not: a trigger is
// a single lemma (no "to" as trigger), intent patterns belong to 03 or to
// codes an intention may carry, and cond patterns are threats.
func TestPatternShapes(t *testing.T) {
	cb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for lemma, ps := range cb.patterns {
		for _, p := range ps {
			if lemma == "to" || lemma == "the" || lemma == "a" {
				t.Errorf("%s: %s: trigger %q is a function word", p.Origin, p, lemma)
			}
			if p.Cond && p.Code[:2] != "13" {
				t.Errorf("%s: %s: cond flag on code %s, want a threat (13x)", p.Origin, p, p.Code)
			}
			if p.NegCode != "" && p.NegCode[:2] != "12" && p.NegCode[:2] != "13" {
				t.Errorf("%s: %s: neg=%s, want a rejection (12x)", p.Origin, p, p.NegCode)
			}
		}
	}
}

// TestBundledSynonymsHaveLemmas checks that every row of the bundled
// synonyms.tsv names a lemma with multi-word patterns to copy.
func TestBundledSynonymsHaveLemmas(t *testing.T) {
	cb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	b, err := data.ReadFile("data/synonyms.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var errs []error
	rows := 0
	scanTSV("synonyms.tsv", bytes.NewReader(b), func(line int, f []string) error {
		rows++
		if len(cb.Patterns(f[0])) == 0 || len(cb.Patterns(f[1])) == 0 {
			return fmt.Errorf("%q -> %q copies no pattern", f[0], f[1])
		}
		return nil
	}, &errs)
	if rows == 0 {
		t.Error("no synonyms read")
	}
	for _, err := range errs {
		t.Error(err)
	}
}
