package coder

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// Attack nouns that point back to an attack told before. Test sentences in
// realnews_test.go.

// anaphorNouns head a definite noun phrase that names an attack already
// told ("the strike", "the attack").
var anaphorNouns = map[string]bool{
	"strike": true, "airstrike": true, "attack": true, "raid": true, "bombing": true,
	"shelling": true, "assault": true, "offensive": true, "bombardment": true,
}

// attackAnaphors returns args with a mention for each definite attack noun
// phrase in sentence si that is the subject of its clause and names no
// party ("The Syrian army said the strike killed several people"): the
// source of the last attack (18-20) coded in one of the three sentences
// before, with a named or nominal source, so that the clause reading takes
// the attackers as the agent, not the speaker. With no such attack, or
// attacks by parties of several countries there, args are returned
// unchanged.
func attackAnaphors(d *dyad.Doc, si int, args []arg, events []dyad.Event) []arg {
	toks := d.Sentences[si].Tokens
	var last *dyad.Event
	for i := len(events) - 1; i >= 0; i-- {
		e := &events[i]
		if len(e.Sentences) == 0 || e.Sentences[0] >= si || e.Sentences[0] < si-3 {
			continue
		}
		if r := rootOf(e.CAMEO); r != "18" && r != "19" && r != "20" || e.Source == "" || strings.HasPrefix(e.SourceEntity, "implied:") || strings.HasPrefix(e.SourceEntity, "place:") {
			continue
		}
		if last != nil && dyad.ActorCountry(last.Source) != dyad.ActorCountry(e.Source) {
			return args // attacks by several sides: which one is meant?
		}
		if last == nil {
			last = e
		}
	}
	if last == nil {
		return args
	}
	var out []arg
	for k := 0; k+1 < len(toks); k++ {
		if l := strings.ToLower(toks[k].Text); l != "the" && l != "this" && l != "that" {
			continue
		}
		h := k + 1
		for h < len(toks) && (toks[h].Tag == "JJ" || toks[h].Tag == "NN" && h+1 < len(toks) && strings.HasPrefix(toks[h+1].Tag, "NN")) {
			h++ // "the air strike", "the deadly attack"
		}
		if h >= len(toks) || !anaphorNouns[toks[h].Lemma] || !strings.HasPrefix(toks[h].Tag, "NN") || covers(args, k) || covers(args, h) {
			continue
		}
		// the subject of a verb: a finite verb or auxiliary right after
		v := h + 1
		if v >= len(toks) || !(finite(toks[v]) || toks[v].Tag == "MD") {
			continue
		}
		out = append(out, arg{first: k, last: h + 1, code: last.Source, entity: last.SourceEntity, kind: "anaphor"})
	}
	if len(out) == 0 {
		return args
	}
	out = append(append([]arg(nil), args...), out...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].first < out[j].first })
	return out
}
