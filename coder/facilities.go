package coder

import (
	"github.com/dyadproject/dyad"
)

// Facilities named as parties. Test sentences in realnews_test.go.

// facilityNouns head the names of places the actor stage reads as parties
// of the country of the place ("the Guantanamo naval base": CUBMIL).
var facilityNouns = map[string]bool{
	"base": true, "airbase": true, "airport": true, "port": true, "facility": true, "camp": true,
	"compound": true, "prison": true, "plant": true,
	"installation": true, "airfield": true, "outpost": true, "headquarters": true,
}

// forceRoot reports whether the CAMEO root r is an act of force done to a
// place: a show of force, coercion, assault, fighting or mass violence.
func forceRoot(r string) bool {
	return r == "15" || r == "17" || r == "18" || r == "19" || r == "20"
}

// withoutFacilities returns args without the mentions headed by a facility
// noun that cannot be a party of the event at m: any, after "by" (a base
// "occupies" nothing: "the territory occupied by the Guantanamo naval
// base"), and all of them for an event that is no act of force (a demand
// for the return of territory is not made of the base). Facilities hit by
// force stay targets ("struck the air base").
func withoutFacilities(toks []dyad.Token, args []arg, m match) []arg {
	force := forceRoot(rootOf(m.p.Code))
	drop := func(a arg) bool {
		if a.kind == "name" || a.first < 0 || a.last > len(toks) || a.last <= a.first || !facilityNouns[toks[a.last-1].Lemma] {
			return false
		}
		if !force {
			return true
		}
		k := a.first - 1
		for k >= 0 && toks[k].Tag == "DT" {
			k--
		}
		return k >= 0 && toks[k].Lemma == "by"
	}
	var out []arg
	for _, a := range args {
		if !drop(a) {
			out = append(out, a)
		}
	}
	if len(out) == len(args) {
		return args
	}
	return out
}
