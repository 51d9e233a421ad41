package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Deliveries: relief goods and records handed over, in the passive, and
// relief goods flown, shipped or trucked to a place in the active.
// Test sentences in round7_test.go and deliveries_test.go.

// deliveryVerbs are the verbs of a passive hand-over or delivery ("were
// flown to X by Y", "have been handed to X by Y").
var deliveryVerbs = map[string]bool{
	"fly": true, "hand": true, "send": true, "deliver": true, "airlift": true, "ship": true,
	"transfer": true, "truck": true, "airdrop": true, "pass": true,
}

// aidNouns name relief goods; recordNouns documents and evidence.
var (
	aidNouns = map[string]bool{
		"aid": true, "tent": true, "blanket": true, "food": true, "medicine": true, "supply": true,
		"kit": true, "tablet": true, "water": true, "vaccine": true, "ration": true, "relief": true,
		"shelter": true, "tarpaulin": true, "generator": true,
	}
	recordNouns = map[string]bool{
		"record": true, "document": true, "file": true, "evidence": true, "data": true, "dossier": true,
		"statement": true, "information": true,
	}
)

// passiveDeliveryAt matches a passive hand-over or delivery with both
// parties named: "Tents and medical kits were flown to southern Malawi by
// UNICEF" (073, the agent to the recipient), "Bank records have been
// handed to prosecutors in Austria by their Swiss counterparts" (063
// between courts or police, else 064). The subject must name relief goods
// or records; anything else ("power", "weapons") is left to the patterns.
// Relief sent to a place no actor names ("were flown to Brazzaville by
// the Moroccan air force") goes to the place's country, unless that is
// the agent's own.
func passiveDeliveryAt(d *dyad.Doc, si, i int, args []arg) (match, bool) {
	toks := d.Sentences[si].Tokens
	if toks[i].Tag != "VBN" || !deliveryVerbs[toks[i].Lemma] || i < 2 {
		return match{}, false
	}
	be := i - 1
	if toks[be].Tag == "RB" {
		be--
	}
	if be < 1 || toks[be].Lemma != "be" {
		return match{}, false
	}
	kind := ""
	for k := clauseStart(toks, be); k < be; k++ {
		if !strings.HasPrefix(toks[k].Tag, "NN") {
			continue
		}
		switch {
		case aidNouns[toks[k].Lemma]:
			kind = "aid"
		case recordNouns[toks[k].Lemma] && kind == "":
			kind = "records"
		}
	}
	if kind == "" {
		return match{}, false
	}
	end := clauseEnd(toks, i+1)
	to, by := -1, -1
	for k := i + 1; k < end; k++ {
		switch {
		case toks[k].Lemma == "to" && to < 0 && by < 0:
			to = k
		case toks[k].Lemma == "by" && by < 0:
			by = k
		}
	}
	if to < 0 || by < 0 {
		return match{}, false
	}
	targets := firstGroup(toks, args, to+1, by)
	sources := firstGroup(toks, args, by+1, end)
	if len(targets) == 0 && kind == "aid" && len(sources) > 0 {
		// "were flown to Brazzaville on Thursday by the Moroccan air
		// force": relief flown to a place goes to its country
		if pl := placeAfter(d, si, to+1, min(by, to+3)); pl != nil && isCountry(pl.Country) && pl.Country != dyad.ActorCountry(sources[0].code) {
			targets = []arg{{first: -1, last: -1, code: pl.Country, entity: "place:" + pl.Country, kind: "place"}}
		}
	}
	if len(targets) == 0 || len(sources) == 0 || sources[0].first > by+3 || sameCode(sources, targets[0]) {
		return match{}, false
	}
	code := "073"
	if kind == "records" {
		code = "064"
		if judicial(targets[0].code) || judicial(sources[0].code) {
			code = "063"
		}
	}
	p := &codebook.Pattern{Code: code, Words: []string{toks[i].Lemma}, Origin: "coder: a passive delivery to X by Y"}
	return match{p: p, first: i, last: i + 1, sources: sources, targets: targets}, true
}

// judicial reports whether an actor code names courts, prosecutors or
// police.
func judicial(code string) bool {
	return strings.HasSuffix(code, "JUD") || strings.HasSuffix(code, "COP")
}

// aidDestination returns the party a shipment of aid is sent to when a
// list stands between the verb and its "to" phrase ("dispatched a relief
// team along with tents, water tanks and generators to Fiji"): the actor
// group right after the first "to" before the sentence's next clause
// boundary, or the country of the place named there.
func aidDestination(d *dyad.Doc, si int, args []arg, from int) []arg {
	toks := d.Sentences[si].Tokens
	for k := from; k < len(toks) && k < from+20; k++ {
		if boundary(toks, k) {
			return nil
		}
		if toks[k].Lemma != "to" || toks[k].Tag == "TO" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") {
			continue
		}
		if g := firstGroup(toks, args, k+1, len(toks)); len(g) > 0 && g[0].first <= k+2 {
			return g
		}
		if pl := placeAfter(d, si, k+1, min(len(toks), k+3)); pl != nil && isCountry(pl.Country) {
			return []arg{{first: -1, last: -1, code: pl.Country, entity: "place:" + pl.Country, kind: "place"}}
		}
		return nil
	}
	return nil
}

// ownNominals reports whether every target is a common-noun mention
// ("families", "the displaced") the actor stage gave the country of the
// first source: beneficiaries named by description, not another party.
func ownNominals(sources, targets []arg) bool {
	if len(sources) == 0 || len(targets) == 0 || !ownCountry(sources, targets) {
		return false
	}
	for _, t := range targets {
		if t.kind != "nominal" {
			return false
		}
	}
	return true
}

// activeReliefAt matches relief goods or helpers flown, shipped, trucked or
// sent by the clause's subject to a party or place ("The World Food
// Programme flew 40 tonnes of high-energy biscuits and tents to Kabul",
// "UNICEF has trucked water purification tablets and soap to Sudan"):
// humanitarian aid (073) to the party, or to the country of the place, the
// "to" phrase names. It needs the subject right before the verb, relief
// nouns in the object before "to", and a destination that is not the
// subject's own country; a bare "flew to X" is a visit, left to the
// patterns.
func activeReliefAt(d *dyad.Doc, si, i int, args []arg) (match, bool) {
	toks := d.Sentences[si].Tokens
	switch toks[i].Tag {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return match{}, false
	}
	if toks[i].Tag == "VBN" && (i == 0 || toks[i-1].Lemma != "have") {
		return match{}, false // a passive or a participle: passiveDeliveryAt
	}
	m, ok := reliefGiven(toks, i)
	if !ok {
		return match{}, false
	}
	sources := clauseSubject(toks, args, i)
	if len(sources) == 0 {
		return match{}, false
	}
	targets := aidDestination(d, si, args, i+1)
	if len(targets) == 0 || ownCountry(sources, targets) || sameCode(sources, targets[0]) {
		return match{}, false
	}
	m.p = &codebook.Pattern{Code: "073", Words: []string{toks[i].Lemma}, Origin: "coder: relief goods sent to X by the subject"}
	m.sources, m.targets = sources, targets
	return m, true
}
