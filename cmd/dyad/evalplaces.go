package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actors"
	"github.com/dyadproject/dyad/places"
	"github.com/dyadproject/dyad/text"
)

func init() {
	register("eval-places", "score toponym resolution (country, place, precision) on a JSONL test set", runEvalPlaces)
}

// placeCase is one line of a toponym test set
// (places/testdata/toponyms.jsonl): a text, its publication date
// (YYYY-MM-DD, optional), a toponym that occurs in it, and the expected
// country (ISO 3166-1 alpha-3, "" for regions between countries) and
// gazetteer place name. A case with no place says that the toponym is not
// a place there ("Jordan said", "Paris Hilton").
type placeCase struct {
	Text      string `json:"text"`
	Published string `json:"published"`
	Toponym   string `json:"toponym"`
	Country   string `json:"country"`
	Place     string `json:"place"`
}

// runEvalPlaces runs the text and places stages (in the order of `dyad
// code`; -actors runs the actors stage first, giving the places stage the
// entities' countries) over each case and reports: country accuracy and
// place accuracy over the cases with a place (a toponym not found counts
// as wrong), recall, and the precision of found toponyms (found mentions
// of the cases' toponyms whose country is right, over all such mentions,
// the non-place cases' included).
func runEvalPlaces(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval-places", "FILE")
	verbose := fs.Bool("v", false, "print every failure")
	withActors := fs.Bool("actors", false, "run the actors stage before places")
	arg, err := parseOneArg(fs, args)
	if err != nil {
		return err
	}
	f, err := os.Open(arg)
	if err != nil {
		return err
	}
	defer f.Close()
	ta, err := text.New()
	if err != nil {
		return err
	}
	pl, err := places.New()
	if err != nil {
		return err
	}
	stages := []dyad.Stage{ta}
	if *withActors {
		kb, err := actors.Default()
		if err != nil {
			return err
		}
		stages = append(stages, actors.NewResolver(kb))
	}
	stages = append(stages, pl)

	var n, countryOK, placeOK, found, nonPlace, falsePos, mentions, mentionsOK int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c placeCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return fmt.Errorf("%s:%d: %w", arg, line, err)
		}
		if c.Text == "" || c.Toponym == "" {
			return fmt.Errorf("%s:%d: text and toponym are required", arg, line)
		}
		a := &dyad.Article{ID: fmt.Sprint(line), Text: c.Text}
		if c.Published != "" {
			if a.Published, err = time.Parse("2006-01-02", c.Published); err != nil {
				return fmt.Errorf("%s:%d: published: %w", arg, line, err)
			}
		}
		d := &dyad.Doc{Article: a}
		for _, s := range stages {
			if err := s.Process(d); err != nil {
				return fmt.Errorf("%s:%d: %s: %w", arg, line, s.Name(), err)
			}
		}
		var got *dyad.PlaceMention
		for i := range d.Places {
			if d.Places[i].Text == c.Toponym {
				got = &d.Places[i]
				break
			}
		}
		if got != nil {
			mentions++
		}
		if c.Place == "" {
			nonPlace++
			if got != nil {
				falsePos++
				if *verbose {
					fmt.Fprintf(e.stdout, "%d: %q is no place, got %s/%s\n", line, c.Toponym, got.Name, got.Country)
				}
			}
			continue
		}
		n++
		if got == nil {
			if *verbose {
				fmt.Fprintf(e.stdout, "%d: %q not found (want %s/%s)\n", line, c.Toponym, c.Place, c.Country)
			}
			continue
		}
		found++
		cOK := got.Country == c.Country
		pOK := cOK && places.Normalize(got.Name) == places.Normalize(c.Place)
		if cOK {
			countryOK++
			mentionsOK++
		}
		if pOK {
			placeOK++
		}
		if !pOK && *verbose {
			fmt.Fprintf(e.stdout, "%d: %q -> %s/%s, want %s/%s\n", line, c.Toponym, got.Name, got.Country, c.Place, c.Country)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "cases      %d with a place, %d without\n", n, nonPlace)
	fmt.Fprintf(e.stdout, "country    %s (%d/%d)\n", ratio(countryOK, n), countryOK, n)
	fmt.Fprintf(e.stdout, "place      %s (%d/%d)\n", ratio(placeOK, n), placeOK, n)
	fmt.Fprintf(e.stdout, "recall     %s (%d/%d)\n", ratio(found, n), found, n)
	fmt.Fprintf(e.stdout, "precision  %s (%d/%d found toponyms right; %d non-places matched)\n",
		ratio(mentionsOK, mentions), mentionsOK, mentions, falsePos)
	return nil
}
