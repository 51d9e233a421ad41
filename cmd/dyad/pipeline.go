package main

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actors"
	"github.com/dyadproject/dyad/codebook"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/places"
	"github.com/dyadproject/dyad/quotes"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/times"
)

// pipelineConfig holds what the user may change about the stages.
type pipelineConfig struct{}

// newPipeline wires the stages of `dyad code` in order: text, places,
// actors, times, quotes, events. The result is safe for concurrent use.
func newPipeline(cfg pipelineConfig) (*dyad.Pipeline, error) {
	ta, err := text.New()
	if err != nil {
		return nil, err
	}
	kb, err := actors.Default()
	if err != nil {
		return nil, err
	}
	cb, err := codebook.Default()
	if err != nil {
		return nil, err
	}
	pl, err := places.New()
	if err != nil {
		return nil, err
	}
	return &dyad.Pipeline{Stages: []dyad.Stage{
		ta,
		pl,
		actors.NewResolver(kb),
		times.New(),
		quotes.New(),
		coder.New(cb),
	}}, nil
}
