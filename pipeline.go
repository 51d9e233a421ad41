package dyad

import (
	"fmt"
	"runtime/debug"
)

// Stage adds one layer of analysis to a Doc. A stage reads the layers of the
// stages before it and must not change them, except that the actors stage
// may add mentions found by later resolution.
//
// Process must be safe for concurrent use on different Docs; it returns an
// error only when the article cannot be analysed at all.
type Stage interface {
	Name() string
	Process(d *Doc) error
}

// Coder turns one article into its analysed Doc.
type Coder interface {
	Code(a *Article) (*Doc, error)
}

// Pipeline runs stages in order. It is a Coder and is safe for concurrent
// use when its stages are.
type Pipeline struct {
	Stages []Stage
}

var _ Coder = (*Pipeline)(nil)

// Code runs every stage on the article. A panic inside a stage is turned into
// an error naming the stage and the article, so one bad article never stops
// a batch.
func (p *Pipeline) Code(a *Article) (d *Doc, err error) {
	d = &Doc{Article: a, Warnings: append([]string(nil), a.Warnings...)}
	for _, s := range p.Stages {
		if err := runStage(s, d); err != nil {
			return d, err
		}
	}
	return d, nil
}

func runStage(s Stage, d *Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &Error{Code: EInternal, Op: s.Name(), Article: d.Article.ID, Origin: d.Article.Origin,
				Err: fmt.Errorf("panic: %v\n%s", r, debug.Stack())}
		}
	}()
	if err := s.Process(d); err != nil {
		return &Error{Code: EInvalid, Op: s.Name(), Article: d.Article.ID, Origin: d.Article.Origin, Err: err}
	}
	return nil
}
