package clusters

import (
	_ "embed"
	"sync"
)

// glove.txt is built by `dyad train clusters --glove FILE` from GloVe 6B
// 100d (public domain, ODC PDDL 1.0; see README.md): the most frequent
// lower-case words of Wikipedia 2014 and Gigaword 5, clustered by their
// pre-trained vectors. It is a table of its own; the EWT table
// (clusters.txt, Default) is unchanged by it.
//
//go:embed glove.txt
var gloveTxt string

var gloveTable = sync.OnceValues(func() (*Table, error) {
	return Parse(gloveTxt)
})

// GloVe returns the table of the embedded glove.txt (lower-case words; look
// words up by their lower-case form), parsed once.
func GloVe() (*Table, error) { return gloveTable() }
