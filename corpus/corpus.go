// Package corpus embeds the bundled sample corpus, so commands such as
// `dyad demo` work from the binary alone. corpus/sample.jsonl is a
// byte-for-byte copy of testdata/corpus/sample.jsonl (85 articles, JSON
// Lines in the input format of `dyad code`; see testdata/README.md and
// testdata/corpus/SOURCES.md); a test keeps the two in step.
package corpus

import _ "embed"

// sample holds sample.jsonl.
//
//go:embed sample.jsonl
var sample []byte

// Sample returns the sample corpus as JSON Lines, one article a line. The
// slice is a fresh copy; callers may keep or change it.
func Sample() []byte {
	return append([]byte(nil), sample...)
}
