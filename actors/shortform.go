package actors

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// shortForms gives a name the KB lacks that is the end of the name of an
// international body or organisation named before in the article to that
// body: "General Assembly" or "the Assembly" after "the U.N. General
// Assembly", "Security Council" after "the UN Security Council", "the
// Commission" after "the European Commission". Any of the body's names
// counts ("International Monetary Fund" for "IMF"), and the short form must
// be shorter than it. A short form before any such name stays unknown, and
// so does one owned or qualified by another name ("Russia's Security
// Council", "the Russian Security Council").
func (r *Resolver) shortForms(d *dyad.Doc, hits [][]hit) {
	var seen []*Entry
	for si := range hits {
		for k := range hits[si] {
			h := &hits[si][k]
			if h.entry != nil {
				if h.entry.Kind == KindIGO || h.entry.Kind == KindOrg {
					seen = append(seen, h.entry)
				}
				continue
			}
			if h.unknown != dyad.Org && (h.unknown != "" || h.last-h.first != 1) {
				continue
			}
			if h.first > 0 && h.first <= len(d.Sentences[si].Tokens) && d.Sentences[si].Tokens[h.first-1].Tag == "POS" || qualified(hits[si], h.first) {
				continue
			}
			if e := bodyEndingWith(seen, strings.Fields(strings.ToLower(h.text))); e != nil {
				h.entry, h.form, h.unknown = e, FormName, ""
			}
		}
	}
}

// qualified reports whether a name of hs ends right before token i.
func qualified(hs []hit, i int) bool {
	for _, h := range hs {
		if h.last == i {
			return true
		}
	}
	return false
}

// bodyEndingWith returns the most recent of the bodies one of whose names
// ends with the words w and has more words than w, nil if none.
func bodyEndingWith(bodies []*Entry, w []string) *Entry {
	if len(w) == 0 {
		return nil
	}
	for i := len(bodies) - 1; i >= 0; i-- {
		for _, n := range bodies[i].Names {
			f := strings.Fields(strings.ToLower(n))
			if len(f) > len(w) && slicesEqual(f[len(f)-len(w):], w) {
				return bodies[i]
			}
		}
	}
	return nil
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// bodyNoun returns the actor of "the assembly", "the council", "the
// 193-member assembly": a phrase of "the", modifiers that are no names, and
// a common noun that ends the name of a body named before in the article
// (the most recent one). ok is false when no such body was named.
func (st *docState) bodyNoun(toks []dyad.Token, first, last int) (actorRef, bool) {
	h := toks[last-1]
	if h.Tag != "NN" && h.Tag != "NNP" || last-first < 2 {
		return actorRef{}, false
	}
	e := bodyEndingWith(st.bodies, []string{h.Lemma})
	if e == nil {
		return actorRef{}, false
	}
	a := actorRef{key: e.ID, etype: dyad.Org, text: e.Name, kb: e.ID, kind: "nominal"}
	a.code, a.role = e.CodeAt(st.date)
	return a, true
}
