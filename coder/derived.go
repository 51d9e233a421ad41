package coder

import (
	"github.com/dyadproject/dyad"
)

// derived events: those a construction adds around another.

// derived returns a copy of ev between other parties and with another
// code, found by a construction around it: the pattern names why, the
// evidence sentences are ev's (copied), and the code's facts are filled in.
func (c *Coder) derived(ev dyad.Event, source, sourceEntity, target, targetEntity, code, why string) dyad.Event {
	r := ev
	r.Source, r.SourceEntity = source, sourceEntity
	r.Target, r.TargetEntity = target, targetEntity
	r.CAMEO = code
	r.Pattern = ev.Pattern + " (" + why + ")"
	r.Sentences = append([]int(nil), ev.Sentences...)
	c.fill(&r)
	return r
}
