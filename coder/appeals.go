package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

// Appeals: who an appeal is made to. Test sentences in appeals_test.go.

// beneficiaryRoles are the roles of the people aid is asked for.
var beneficiaryRoles = map[string]bool{"REF": true, "CVL": true}

// forBeneficiaries drops from the targets of an appeal (02x) the people
// the help is asked for, named as a common noun in a "for" phrase after
// the trigger ("appealed for urgent humanitarian aid for some 8,000
// refugees stranded near the border"): they are no addressee. It reports
// whether any was dropped; with none left the appeal names no addressee.
func forBeneficiaries(toks []dyad.Token, m match, targets []arg) ([]arg, bool) {
	var kept []arg
	dropped := false
	for _, t := range targets {
		if t.first >= m.first && t.kind == "nominal" && beneficiaryRoles[dyad.ActorRole(t.code)] && afterFor(toks, t.first, m.first) {
			dropped = true
			continue
		}
		kept = append(kept, t)
	}
	return kept, dropped
}

// afterFor reports whether the mention starting at toks[i] stands in a
// "for" phrase ("for some 8,000 migrants", "for the displaced") that
// begins after toks[from].
func afterFor(toks []dyad.Token, i, from int) bool {
	for k := i - 1; k > from && k >= i-4; k-- {
		if toks[k].Lemma == "for" {
			return true
		}
		switch toks[k].Tag {
		case "DT", "JJ", "CD", "RB", "PDT":
		default:
			return false
		}
	}
	// the mention may hold its own determiner or quantity ("some 8,000
	// migrants"): "for" right before it
	return i > 0 && i-1 > from && toks[i-1].Lemma == "for"
}

// aidAskedNouns are what an appeal "for" asks when it asks for aid.
var aidAskedNouns = map[string]bool{"aid": true, "assistance": true, "help": true, "relief": true}

// reliefGoods are the goods of humanitarian relief: an appeal for them is
// an appeal for humanitarian aid (0233).
var reliefGoods = map[string]bool{
	"water": true, "food": true, "fodder": true, "medicine": true, "medicines": true,
	"tent": true, "tents": true, "blanket": true, "blankets": true, "vaccine": true,
	"vaccines": true, "supplies": true, "shelter": true,
}

// aidKinds give the CAMEO code of an appeal for aid by the modifier of the
// aid noun: economic (0231), military (0232), humanitarian (0233).
var aidKinds = map[string]string{
	"economic": "0231", "financial": "0231", "budget": "0231", "budgetary": "0231",
	"military": "0232", "defence": "0232", "defense": "0232", "security": "0232",
	"humanitarian": "0233", "emergency": "0233", "food": "0233", "medical": "0233", "disaster": "0233",
}

// aidAppeal rewrites a general appeal (020) of a verb whose addressee
// stands between it and a "for" phrase of aid ("would ask Australia and
// New Zealand for emergency assistance", "appealed to Japan for food
// aid") as an appeal for aid: 023, or its subcode by the aid's modifier.
// The "for" phrase must follow within the clause with no verb before it;
// an appeal already coded more finely keeps its code.
func (c *Coder) aidAppeal(toks []dyad.Token, m match, evs []dyad.Event) {
	if m.p.Noun || len(evs) == 0 || m.p.Code != "020" {
		return
	}
	end := min(len(toks), m.last+12)
	code := ""
	for k := m.last; k < end && code == ""; k++ {
		t := toks[k]
		if boundary(toks, k) || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "TO" {
			return
		}
		if t.Lemma != "for" {
			continue
		}
		kind := "023"
		for j := k + 1; j < len(toks) && j <= k+9; j++ {
			w := toks[j]
			if aidAskedNouns[w.Lemma] && strings.HasPrefix(w.Tag, "NN") {
				code = kind
				break
			}
			if reliefGoods[w.Lemma] && strings.HasPrefix(w.Tag, "NN") && (kind == "0233" || j+1 >= len(toks) || !strings.HasPrefix(toks[j+1].Tag, "NN")) {
				// "for emergency fodder and veterinary supplies",
				// "for bottled water": relief goods are humanitarian aid
				code = "0233"
				break
			}
			if kc, ok := aidKinds[w.Lemma]; ok {
				kind = kc
				continue
			}
			if (w.Lemma == "and" || w.Text == ",") && j > k+1 {
				continue // a list of the goods asked for
			}
			if !strings.HasPrefix(w.Tag, "JJ") && w.Tag != "DT" && w.Tag != "RB" && w.Tag != "VBN" && !strings.HasPrefix(w.Tag, "NN") {
				break
			}
		}
		if code == "" {
			return // "for" something else ("for talks", "for the release")
		}
	}
	if code == "" {
		return
	}
	c.recode(evs, "020", code, "for aid")
}

// askedActs map the verb of what an appeal or a demand asks the target to
// do to the subcode of the appeal (02x) and of the demand (10x): "urged
// the captors to free him" 0253, "demanded that Manila withdraw its
// vessels" 106. objects, when set, are the nouns one of which must follow
// the verb within six tokens ("lift the sanctions", "reverse its
// decision").
var askedActs = map[string]struct {
	appeal, demand string
	objects        []string
}{
	"free":      {"0253", "1053", nil},
	"release":   {"0253", "1053", nil},
	"withdraw":  {"0256", "106", nil},
	"pull":      {"0256", "106", []string{"troop", "troops", "force", "forces", "soldier", "soldiers", "vessel", "vessels", "ship", "ships", "unit", "units", "back", "out"}},
	"remove":    {"0256", "106", []string{"troop", "troops", "force", "forces", "soldier", "soldiers", "vessel", "vessels", "ship", "ships", "base", "bases"}},
	"lift":      {"0254", "1054", []string{"sanction", "sanctions", "embargo", "blockade", "boycott", "tariff", "tariffs"}},
	"ease":      {"0254", "1054", []string{"sanction", "sanctions", "embargo", "blockade", "boycott", "tariff", "tariffs"}},
	"reverse":   {"0242", "1042", []string{"decision", "policy", "plan", "law", "ban", "increase", "rule", "order", "move"}},
	"scrap":     {"0242", "1042", []string{"decision", "policy", "plan", "law", "ban", "increase", "rule", "order", "tax", "reform"}},
	"revoke":    {"0242", "1042", []string{"decision", "policy", "plan", "law", "ban", "rule", "order", "decree"}},
	"rescind":   {"0242", "1042", []string{"decision", "policy", "plan", "law", "ban", "rule", "order", "decree"}},
	"resign":    {"0241", "1041", nil},
	"step":      {"0241", "1041", []string{"down", "aside"}},
	"negotiate": {"026", "108", nil},
	"resume":    {"026", "108", []string{"talk", "talks", "negotiation", "negotiations", "dialogue"}},
	// laying down arms or ceasing fire asked of the fighting sides is a
	// demand for a ceasefire (107) however it is worded ("called on the
	// army and the rebels to lay down their weapons")
	"lay": {"107", "107", []string{"weapon", "weapons", "arm", "arms"}},
	// money paid for a loss is economic aid asked for ("demanded that
	// France compensate the fishermen", "urged Tokyo to pay reparations")
	"compensate": {"0231", "1031", nil},
	"pay":        {"0231", "1031", []string{"compensation", "reparation", "reparations", "damages"}},
	"cease":      {"107", "107", []string{"fire", "fighting", "hostility", "hostilities"}},
}

// askedSubcode rewrites a general appeal (020) or demand (100) by what it
// asks the target to do, the first base-form verb after the trigger (after
// "to" or in a that-clause): see askedActs. Any other verb, or none before
// the clause's end, leaves the code as it was.
func (c *Coder) askedSubcode(toks []dyad.Token, m match, evs []dyad.Event) {
	if m.p.Noun || len(evs) == 0 || m.p.Code != "020" && m.p.Code != "100" {
		return
	}
	code := ""
	for k := m.last; k < len(toks) && k < m.last+20; k++ {
		t := toks[k]
		if t.Text == "." || t.Text == ";" || t.Text == ":" || t.Tag == "VBD" {
			return
		}
		// (the tagger may read a that-clause's verb as VBZ, "that the
		// United States reverse", or an infinitive as an adjective, "to
		// free him")
		// or "that President Ruto resign", "step down" as nouns)
		nounVerb := t.Lemma == "resign" || t.Lemma == "step" && k+1 < len(toks) && (toks[k+1].Lemma == "down" || toks[k+1].Lemma == "aside")
		if t.Tag != "VB" && t.Tag != "VBP" && t.Tag != "VBZ" && (toks[k-1].Lemma != "to" || !strings.HasPrefix(t.Tag, "JJ")) && !nounVerb {
			continue
		}
		a, ok := askedActs[t.Lemma]
		if !ok {
			return
		}
		if a.objects != nil {
			found := false
			for j := k + 1; j < len(toks) && j <= k+6 && !found; j++ {
				found = slices.Contains(a.objects, strings.ToLower(toks[j].Text)) || slices.Contains(a.objects, toks[j].Lemma)
			}
			if !found {
				return
			}
		}
		code = a.appeal
		if m.p.Code == "100" {
			code = a.demand
		}
		break
	}
	if code == "" {
		return
	}
	for i := range evs {
		if evs[i].CAMEO != m.p.Code {
			continue
		}
		evs[i].CAMEO = code
		evs[i].Pattern += " (what is asked)"
		c.fill(&evs[i])
	}
}

// coupRulers are the head nouns of the rulers a coup installed ("the
// junta", "the military rulers", "the putschists", "coup leaders").
var coupRulers = map[string]bool{"junta": true, "putschist": true, "putschists": true}

// coupPower reports whether toks[from:to] tell of a coup: the noun "coup"
// or power seized, taken or grabbed ("where soldiers seized power").
func coupPower(toks []dyad.Token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		switch toks[k].Lemma {
		case "coup", "putsch":
			return true
		case "power":
			// "seized power", "power was seized"
			for _, j := range []int{k - 1, k + 2} {
				if j > 0 && j < len(toks) && j < to {
					switch toks[j].Lemma {
					case "seize", "take", "grab", "snatch":
						return true
					}
				}
			}
		}
	}
	return false
}

// juntaCountries recodes rulers installed by a coup that the actor stage
// gave the country of the party speaking about them ("Sweden cut aid to
// Guinea, where power was seized last month, calling on the military
// rulers to free the opposition leaders": the rulers are Guinea's
// military, not Sweden's government): a nominal mention of "the junta",
// "the putschists", "the military rulers" or "coup leaders", with no
// country word of its own, after another country named earlier in the
// sentence and a coup told between them, takes that country with the
// role MIL.
func juntaCountries(toks []dyad.Token, args []arg) {
	for i := range args {
		a := &args[i]
		if a.kind != "nominal" || namesCountry(toks, *a) || !isJunta(toks, *a) {
			continue
		}
		own := dyad.ActorCountry(a.code)
		for j := i - 1; j >= 0; j-- {
			b := args[j]
			if !isCountry(b.code) || b.code == own {
				continue
			}
			if coupPower(toks, b.last, a.first) {
				a.code = b.code + "MIL"
			}
			break
		}
	}
}

// isJunta reports whether the mention a names rulers installed by a coup.
func isJunta(toks []dyad.Token, a arg) bool {
	for k := a.first; k < a.last && k < len(toks); k++ {
		l := toks[k].Lemma
		switch {
		case coupRulers[l]:
			return true
		case (l == "ruler" || l == "leader") && k > a.first:
			if p := toks[k-1].Lemma; p == "military" || p == "coup" {
				return true
			}
		}
	}
	return false
}

// ownForcesOrdered drops from evs the demands (100) of an order to act
// ("ordered the army to step up patrols", "instructed police to") that a
// government gives its own country's armed forces, police or
// intelligence: a command inside one state, no demand between parties.
func ownForcesOrdered(m match, evs []dyad.Event) []dyad.Event {
	if m.p.Code != "100" || len(m.p.Words) < 2 || m.p.Words[len(m.p.Words)-1] != "to" {
		return evs
	}
	switch m.p.Words[0] {
	case "order", "instruct", "command":
	default:
		return evs
	}
	out := evs[:0]
	for _, ev := range evs {
		sc, tc := dyad.ActorCountry(ev.Source), dyad.ActorCountry(ev.Target)
		switch dyad.ActorRole(ev.Target) {
		case "MIL", "COP", "SPY":
			if sc != "" && sc == tc && dyad.ActorRole(ev.Source) == "GOV" {
				continue
			}
		}
		out = append(out, ev)
	}
	return out
}

// selfDemands drops from evs the demands and appeals (02, 10),
// accusations (11) and sanctions (16) a state directs at itself: a
// country or its government as source and the same country or its
// government as target ("Kyrgyzstan ..., insisting that negotiators meet
// in Bishkek", the negotiators read as its own; "freezing any assets",
// no owner named). A demand of a state's government by its people,
// opposition or other organs is no such event and stays, and so do
// coercion and force (a state of siege declared over the country).
func selfDemands(evs []dyad.Event) []dyad.Event {
	out := evs[:0]
	for _, ev := range evs {
		if r := ev.Root; r == "10" || r == "02" || r == "16" || r == "11" {
			sc, tc := dyad.ActorCountry(ev.Source), dyad.ActorCountry(ev.Target)
			if sc != "" && sc == tc && stateItself(ev.Source) && stateItself(ev.Target) {
				continue
			}
		}
		out = append(out, ev)
	}
	return out
}

// stateItself reports whether an actor code is a country or its
// government, with no other role.
func stateItself(code string) bool {
	return len(code) == 3 || len(code) == 6 && dyad.ActorRole(code) == "GOV"
}
