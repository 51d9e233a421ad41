package conllu

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

const sample = `# sent_id = a-1
# text = Peru's envoy met.
1-2	Peru's	_	_	_	_	_	_	_	_
1	Peru	Peru	PROPN	NNP	_	3	nmod:poss	_	_
2	's	's	PART	POS	_	1	case	_	_
3	envoy	envoy	NOUN	NN	_	4	nsubj	_	_
4	met	meet	VERB	VBD	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Second
1	Second	second	ADJ	JJ	_	0	root	_	_
`

func TestRoundTrip(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample), "s.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 || len(ss[0].Words) != 5 || len(ss[0].Lines) != 6 {
		t.Fatalf("got %d sentences; first has %d words, %d lines", len(ss), len(ss[0].Words), len(ss[0].Lines))
	}
	s := ss[0]
	if s.ID() != "a-1" || s.Text() != "Peru's envoy met." || s.Words[3].Head != 0 || s.Words[0].Head != 3 {
		t.Errorf("fields: %q %q %+v", s.ID(), s.Text(), s.Words)
	}
	if s.SpaceAfter(3) || !s.SpaceAfter(2) {
		t.Error("SpaceAfter")
	}
	var b bytes.Buffer
	for _, s := range ss {
		if err := Write(&b, s); err != nil {
			t.Fatal(err)
		}
	}
	if b.String() != sample+"\n" {
		t.Errorf("round trip:\n%s", b.String())
	}
}

func TestErrors(t *testing.T) {
	in := "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\n\n1\tC\tc\tX\tX\t_\t0\troot\t_\t_\n\n1\tD\td\tX\tX\t_\t5\troot\t_\t_\n"
	rd := NewReader(strings.NewReader(in), "bad.conllu")
	_, err := rd.Next()
	if err == nil || !strings.Contains(err.Error(), "bad.conllu:2: want 10") {
		t.Errorf("first: %v", err)
	}
	s, err := rd.Next()
	if err != nil || s.Words[0].Form != "C" {
		t.Errorf("second: %v %+v", err, s)
	}
	if _, err := rd.Next(); err == nil || !strings.Contains(err.Error(), "head 5") {
		t.Errorf("third: %v", err)
	}
	if _, err := rd.Next(); !errors.Is(err, io.EOF) {
		t.Errorf("end: %v", err)
	}
}

func TestEWT(t *testing.T) {
	f, err := os.Open("../../../shared/corpora/ud-english-ewt/en_ewt-ud-test.conllu")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	ss, err := ReadAll(f, "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2077 {
		t.Errorf("EWT test: %d sentences, want 2077", len(ss))
	}
}

func FuzzReader(f *testing.F) {
	f.Add(sample)
	f.Add("1\tx\n\n#c\n1-3\t_\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		rd := NewReader(strings.NewReader(in), "f")
		for i := 0; i < 10000; i++ {
			s, err := rd.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				continue
			}
			for k, w := range s.Words {
				if w.ID != k+1 || w.Head > len(s.Words) {
					t.Fatalf("bad sentence %+v", s.Words)
				}
			}
		}
	})
}
