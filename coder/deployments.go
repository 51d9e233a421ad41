package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Deployments: whom a show of force faces. Test sentences in
// deployments_test.go.

// facingGroup returns the party a deployment faces, named after a
// participle "facing"/"confronting" or "opposite" in the clause after
// toks[from] ("deployed troops to positions north of Goma facing the M23
// rebels"), before any finite verb, when it is not one of the sources;
// nil when none is named.
// The party may be of the source's own country (rebels, insurgents).
func facingGroup(toks []dyad.Token, args []arg, from int, sources []arg) []arg {
	for k := from; k < len(toks) && k < from+20; k++ {
		// a list of what is deployed may hold commas ("troops, armoured
		// vehicles and attack helicopters"); a finite verb ends the clause
		if boundary(toks, k) || finite(toks[k]) {
			return nil
		}
		if !(toks[k].Tag == "VBG" && (toks[k].Lemma == "face" || toks[k].Lemma == "confront")) && toks[k].Lemma != "opposite" {
			continue
		}
		g := firstGroup(toks, args, k+1, clauseEnd(toks, k+1))
		if len(g) == 0 || g[0].first > k+3 || sameCode(sources, g[0]) {
			return nil
		}
		return g
	}
	return nil
}

// exerciseNouns name military exercises.
var exerciseNouns = map[string]bool{
	"exercise": true, "drill": true, "manoeuvre": true, "maneuver": true, "wargame": true,
	"exercises": true, "drills": true, "manoeuvres": true, "maneuvers": true, "wargames": true,
}

// exerciseVerbs are the verbs that put forces into an exercise: "send
// two frigates to NATO exercises", "take part in", "join".
var exerciseVerbs = map[string]bool{
	"send": true, "deploy": true, "dispatch": true, "join": true, "participate": true, "take": true,
}

// exerciseAt matches a verb that sends forces to, or joins, another
// party's exercise ("Canada will send two frigates to NATO exercises in
// the Baltic", "Japanese warships took part in exercises with the US
// Navy"): military cooperation (062; "will send" 0312) with the party
// that holds the exercise, named on the exercise noun ("NATO
// exercises") or after it ("exercises with India"). The exercise noun
// must follow the verb in its clause, before any finite verb; "take"
// needs "part".
func exerciseAt(toks []dyad.Token, i int, args []arg) (match, bool) {
	t := toks[i]
	if !strings.HasPrefix(t.Tag, "VB") || !exerciseVerbs[t.Lemma] || covers(args, i) {
		return match{}, false
	}
	if t.Lemma == "take" && (i+1 >= len(toks) || toks[i+1].Lemma != "part") {
		return match{}, false
	}
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		if boundary(toks, k) || finite(toks[k]) {
			return match{}, false
		}
		if !exerciseNouns[toks[k].Lemma] || !strings.HasPrefix(toks[k].Tag, "NN") {
			continue
		}
		var owner []arg
		for _, a := range args {
			if a.first > i && a.first < k && a.last >= k-2 && a.last <= k+1 && a.kind != "pronoun" {
				owner = []arg{a}
			}
		}
		if owner == nil && k+2 < len(toks) && toks[k+1].Lemma == "with" {
			if g := firstGroup(toks, args, k+2, clauseEnd(toks, k+2)); len(g) > 0 && g[0].first <= k+3 {
				owner = g
			}
		}
		if owner == nil {
			return match{}, false
		}
		p := &codebook.Pattern{Code: "062", Words: []string{t.Lemma}, Origin: "coder: forces sent to another party's exercise"}
		return match{p: p, first: i, last: i + 1, targets: owner}, true
	}
	return match{}, false
}
