package quotes

import (
	"fmt"
	"os"
	"testing"
)

func TestTags(t *testing.T) {
	s := os.Getenv("QTAGS")
	if s == "" {
		t.Skip()
	}
	for i, se := range newDoc(t, s).Sentences {
		fmt.Printf("== %d: ", i)
		for _, k := range se.Tokens {
			fmt.Printf("%s/%s/%s ", k.Text, k.Tag, k.Lemma)
		}
		fmt.Println()
	}
}
