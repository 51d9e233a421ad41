//go:build race

package tagger

// raceEnabled is true under the race detector, whose sync.Pool drops
// pooled values on purpose, so allocation counts mean nothing there.
const raceEnabled = true
