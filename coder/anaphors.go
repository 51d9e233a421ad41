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

// toldCraftNouns head a definite noun phrase that names an aircraft or vessel
// already told ("the plane", "the ship").
var toldCraftNouns = map[string]bool{
	"plane": true, "aircraft": true, "jet": true, "bomber": true, "fighter": true, "drone": true,
	"helicopter": true, "ship": true, "vessel": true, "boat": true, "tanker": true, "warship": true,
	"airliner": true, "trawler": true,
}

// craftAnaphors returns args with a mention for each definite craft noun
// phrase in sentence si that is the subject of its clause and names no
// party ("The Turkish military said the plane had violated Turkish
// airspace"): the target of the last act of force or seizure (17-20) coded
// in one of the three sentences before whose object names a craft ("shot
// down a Russian Su-24 bomber": Russia's plane). Without such an event, or
// with several of different countries, args are returned unchanged.
func craftAnaphors(d *dyad.Doc, si int, args []arg, events []dyad.Event) []arg {
	toks := d.Sentences[si].Tokens
	var last *dyad.Event
	for i := len(events) - 1; i >= 0; i-- {
		e := &events[i]
		if len(e.Sentences) == 0 || e.Sentences[0] >= si || e.Sentences[0] < si-3 || e.Target == "" {
			continue
		}
		if r := rootOf(e.CAMEO); r != "17" && r != "18" && r != "19" && r != "20" || !craftObject(d, e) {
			continue
		}
		if last != nil && dyad.ActorCountry(last.Target) != dyad.ActorCountry(e.Target) {
			return args
		}
		if last == nil {
			last = e
		}
	}
	if last == nil {
		return args
	}
	var out []arg
	for k := 0; k+2 < len(toks); k++ {
		if strings.ToLower(toks[k].Text) != "the" || !toldCraftNouns[toks[k+1].Lemma] || !strings.HasPrefix(toks[k+1].Tag, "NN") || covers(args, k) || covers(args, k+1) {
			continue
		}
		if v := k + 2; !(finite(toks[v]) || toks[v].Tag == "MD") {
			continue
		}
		c := dyad.ActorCountry(last.Target)
		out = append(out, arg{first: k, last: k + 2, code: c, entity: "anaphor:" + c, kind: "anaphor"})
	}
	if len(out) == 0 {
		return args
	}
	out = append(append([]arg(nil), args...), out...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].first < out[j].first })
	return out
}

// craftObject reports whether a craft noun stands within six words after
// the trigger of e, in its sentence ("shot down a Russian Su-24 bomber").
func craftObject(d *dyad.Doc, e *dyad.Event) bool {
	si := e.Sentences[0]
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	toks := d.Sentences[si].Tokens
	for k, tk := range toks {
		if tk.Start < e.Trigger.End {
			continue
		}
		for j := k; j < len(toks) && j < k+6; j++ {
			if toldCraftNouns[toks[j].Lemma] && strings.HasPrefix(toks[j].Tag, "NN") {
				return true
			}
		}
		return false
	}
	return false
}
