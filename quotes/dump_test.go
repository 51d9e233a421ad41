package quotes

import (
	"os"
	"testing"
)

func TestDumpSeed(t *testing.T) {
	if os.Getenv("QDUMP") == "" {
		t.Skip()
	}
	txt, _ := loadSeed(t)
	for _, q := range run(t, txt, seedEntities...) {
		t.Logf("%s s%d %q\n  speaker=%q actor=%q ent=%q cue=%q via=%q", q.Kind, q.Sentence, q.Text, q.Speaker, q.SpeakerActor, q.SpeakerEntity, q.Cue, q.Via)
	}
}
