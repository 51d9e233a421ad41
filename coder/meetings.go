package coder

import (
	"slices"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/codebook"
)

// Meetings: talks beside other events and talks a host holds between
// parties. Test sentences in round6_test.go and round7_test.go.

// meetingAfter returns the sources of a meeting verb in a gerund after
// "after" or "before" ("President X said after meeting his Namibian
// counterpart", "signed the accord after meeting Y"): the meeting is an
// event of the subject of the clause the phrase stands in, beside
// whatever that clause codes. It returns nil for any other use of the
// verb or when no subject is found.
func meetingAfter(toks []dyad.Token, args []arg, p *codebook.Pattern, i int) []arg {
	if p.Noun || rootOf(p.Code) != "04" || toks[i].Tag != "VBG" || i < 2 {
		return nil
	}
	switch toks[i].Lemma {
	case "meet", "host", "visit":
	default:
		return nil
	}
	switch toks[i-1].Lemma {
	case "after", "before":
	default:
		return nil
	}
	if g := firstGroup(toks, args, i+1, clauseEnd(toks, i+1)); len(g) == 0 || g[0].first > i+4 {
		// "after meeting on Monday" names no partner here
		return nil
	}
	return clauseSubject(toks, args, i-1)
}

// hostedBetween rewrites the events of a host's pattern with talks
// ("X hosted talks between A and B", "hosted negotiations between"): the
// parties named after "between" negotiate with each other (046, both
// ways) and the host mediates (045 to each). It returns evs unchanged for
// any other pattern, without "between", or with fewer than two parties.
func (c *Coder) hostedBetween(toks []dyad.Token, m match, evs []dyad.Event) []dyad.Event {
	if m.p.Noun || m.p.Code != "043" || toks[m.first].Lemma != "host" || len(evs) < 2 {
		return evs
	}
	talks := false
	for _, w := range m.p.Words[1:] {
		switch w {
		case "talk", "talks", "negotiation", "negotiations", "meeting", "dialogue":
			talks = true
		}
	}
	if !talks {
		return evs
	}
	end := clauseEnd(toks, m.last)
	if !slices.ContainsFunc(toks[m.last:end], func(t dyad.Token) bool { return t.Lemma == "between" }) {
		return evs
	}
	type party struct{ code, entity string }
	var parties []party
	for _, ev := range evs {
		if ev.Target == "" || ev.Negated || slices.Contains(parties, party{ev.Target, ev.TargetEntity}) {
			continue
		}
		parties = append(parties, party{ev.Target, ev.TargetEntity})
	}
	if len(parties) < 2 {
		return evs
	}
	out := make([]dyad.Event, 0, len(evs)+len(parties)*(len(parties)-1))
	for _, ev := range evs {
		ev.CAMEO = "045"
		ev.Pattern += " (the host mediates between the parties)"
		c.fill(&ev)
		out = append(out, ev)
	}
	base := evs[0]
	for _, a := range parties {
		for _, b := range parties {
			if a.code == b.code {
				continue
			}
			out = append(out, c.derived(base, a.code, a.entity, b.code, b.entity, "046", "the parties' talks"))
		}
	}
	return out
}
