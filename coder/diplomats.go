package coder

import (
	"github.com/dyadproject/dyad"
)

// Diplomatic acts aimed at the other country. Test sentences in
// diplomats_test.go.

// envoyNouns are the heads of a party's own diplomats that a recall or
// withdrawal moves ("recalled its ambassadors to ...").
var envoyNouns = map[string]bool{
	"ambassador": true, "envoy": true, "diplomat": true, "representative": true,
	"staff": true, "mission": true, "chargé": true, "charge": true, "consul": true,
}

// ownEnvoyTargets returns the other party of a recall or withdrawal of the
// source's own diplomats (16x) when the target found is those diplomats
// ("France recalled its ambassadors to the United States and Australia":
// the United States and Australia, not France's own envoys): the party
// after "to", "from" or "in" that follows them. ok is false when the rule
// does not apply; with ok and no party named the targets are empty.
func ownEnvoyTargets(toks []dyad.Token, args []arg, m match, sources, targets []arg, end int) (out []arg, ok bool) {
	if rootOf(m.p.Code) != "16" || m.p.Noun || len(sources) == 0 || len(targets) == 0 {
		return nil, false
	}
	own := dyad.ActorCountry(sources[0].code)
	last := -1
	for _, t := range targets {
		if t.first < m.first || dyad.ActorCountry(t.code) != own || !envoyHead(toks, t) {
			return nil, false
		}
		last = max(last, t.last)
	}
	for k := last; k < end && k < len(toks); k++ {
		switch toks[k].Lemma {
		case "to", "from", "in", "at":
		default:
			continue
		}
		g := firstGroup(toks, args, k+1, end)
		if len(g) == 0 || g[0].first > k+3 {
			break
		}
		for _, a := range g {
			if dyad.ActorCountry(a.code) != own {
				out = append(out, a)
			}
		}
		break
	}
	return out, true
}

// envoyHead reports whether the mention a is headed by a noun of
// envoyNouns (its last token, singular or plural).
func envoyHead(toks []dyad.Token, a arg) bool {
	if a.last < 1 || a.last > len(toks) {
		return false
	}
	l := toks[a.last-1].Lemma
	return envoyNouns[l]
}
