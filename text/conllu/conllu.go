// Package conllu reads and writes CoNLL-U, the format of Universal
// Dependencies treebanks: one word per line with ten tab-separated fields,
// sentences separated by blank lines, comments starting with "#".
//
// Multiword tokens ("1-2") and empty nodes ("8.1") are kept as they are
// read, so a sentence writes back unchanged; Words holds the ordinary
// words only, which is what taggers and parsers work on.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one line of a sentence.
type Word struct {
	// ID is the word index (1-based); for multiword tokens and empty
	// nodes it is 0 and Range holds the original ID field.
	ID     int
	Range  string
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root, -1 when "_"
	Deprel string
	Deps   string
	Misc   string
}

// Sentence is one sentence with its comments.
type Sentence struct {
	Comments []string // without the leading "# "
	// Lines are all word lines in order, multiword tokens and empty nodes
	// included; Words are the ordinary words only (Words[i].ID == i+1).
	Lines []Word
	Words []Word
	// Line is the line number of the sentence's first line in the input.
	Line int
}

// Text returns the sentence's "# text = " comment, or "" if it has none.
func (s *Sentence) Text() string { return s.comment("text") }

// ID returns the sentence's "# sent_id = " comment, or "".
func (s *Sentence) ID() string { return s.comment("sent_id") }

func (s *Sentence) comment(key string) string {
	for _, c := range s.Comments {
		if k, v, ok := strings.Cut(c, "="); ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// SpaceAfter reports whether word i (0-based, in Words) is followed by a
// space in the original text (no "SpaceAfter=No" in its Misc field, nor in
// that of a multiword token ending at it).
func (s *Sentence) SpaceAfter(i int) bool {
	if strings.Contains(s.Words[i].Misc, "SpaceAfter=No") {
		return false
	}
	for _, l := range s.Lines {
		if l.ID == 0 && strings.Contains(l.Misc, "SpaceAfter=No") {
			if a, b, ok := strings.Cut(l.Range, "-"); ok {
				lo, _ := strconv.Atoi(a)
				hi, _ := strconv.Atoi(b)
				if hi == i+1 && lo <= hi {
					return false
				}
			}
		}
	}
	return true
}

// Reader reads sentences from CoNLL-U input.
type Reader struct {
	r    *bufio.Reader
	name string
	line int
}

// NewReader returns a Reader; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 1<<16), name: name}
}

// maxLine bounds one input line.
const maxLine = 1 << 20

// Next returns the next sentence, or io.EOF. A malformed line is an error
// naming the file and line; the sentence it belongs to is skipped and the
// next call goes on after it.
func (rd *Reader) Next() (*Sentence, error) {
	var s *Sentence
	var bad error
	for {
		text, err := rd.readLine()
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		eof := errors.Is(err, io.EOF)
		if eof && text == "" {
			if s != nil {
				return rd.finish(s, bad)
			}
			return nil, io.EOF
		}
		if strings.TrimSpace(text) == "" {
			if s != nil {
				return rd.finish(s, bad)
			}
			continue
		}
		if s == nil {
			s = &Sentence{Line: rd.line}
		}
		if strings.HasPrefix(text, "#") {
			s.Comments = append(s.Comments, strings.TrimSpace(strings.TrimPrefix(text, "#")))
		} else if w, err := parseWord(text); err != nil {
			if bad == nil {
				bad = fmt.Errorf("conllu: %s:%d: %w", rd.name, rd.line, err)
			}
		} else {
			s.Lines = append(s.Lines, w)
			if w.ID > 0 {
				if w.ID != len(s.Words)+1 && bad == nil {
					bad = fmt.Errorf("conllu: %s:%d: word id %d, want %d", rd.name, rd.line, w.ID, len(s.Words)+1)
				}
				s.Words = append(s.Words, w)
			}
		}
		if eof {
			return rd.finish(s, bad)
		}
	}
}

func (rd *Reader) finish(s *Sentence, bad error) (*Sentence, error) {
	if bad != nil {
		return nil, bad
	}
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return nil, fmt.Errorf("conllu: %s:%d: head %d of word %d is past the sentence's %d words", rd.name, s.Line, w.Head, w.ID, len(s.Words))
		}
	}
	return s, nil
}

func (rd *Reader) readLine() (string, error) {
	var b []byte
	for {
		chunk, isPrefix, err := rd.r.ReadLine()
		if err != nil {
			if len(b) > 0 && errors.Is(err, io.EOF) {
				break
			}
			return "", err
		}
		if len(b)+len(chunk) > maxLine {
			return "", fmt.Errorf("conllu: %s:%d: line longer than %d bytes", rd.name, rd.line+1, maxLine)
		}
		b = append(b, chunk...)
		if !isPrefix {
			break
		}
	}
	rd.line++
	return strings.TrimRight(string(b), "\r"), nil
}

func parseWord(line string) (Word, error) {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return Word{}, fmt.Errorf("want 10 tab-separated fields, have %d", len(f))
	}
	w := Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Deprel: f[7], Deps: f[8], Misc: f[9], Head: -1}
	if strings.ContainsAny(f[0], "-.") {
		w.Range = f[0]
		return w, nil
	}
	id, err := strconv.Atoi(f[0])
	if err != nil || id < 1 {
		return Word{}, fmt.Errorf("id %q: want a positive number, a range or a decimal", f[0])
	}
	w.ID = id
	if f[6] != "_" {
		h, err := strconv.Atoi(f[6])
		if err != nil || h < 0 {
			return Word{}, fmt.Errorf("head %q: want a number", f[6])
		}
		w.Head = h
	}
	return w, nil
}

// ReadAll reads every sentence of r, stopping at the first error.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Write writes s in CoNLL-U, followed by a blank line.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		bw.WriteString("# ")
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	lines := s.Lines
	if lines == nil {
		lines = s.Words
	}
	for _, l := range lines {
		id := l.Range
		if l.ID > 0 {
			id = strconv.Itoa(l.ID)
		}
		head := "_"
		if l.Head >= 0 && l.ID > 0 {
			head = strconv.Itoa(l.Head)
		}
		fields := []string{id, l.Form, l.Lemma, l.UPOS, l.XPOS, l.Feats, head, l.Deprel, l.Deps, l.Misc}
		for i, f := range fields {
			if i > 0 {
				bw.WriteByte('\t')
			}
			if f == "" {
				f = "_"
			}
			bw.WriteString(f)
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	return bw.Flush()
}
