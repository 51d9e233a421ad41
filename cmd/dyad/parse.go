package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/text/conllu"
	"github.com/dyadproject/dyad/text/parser"
	"github.com/dyadproject/dyad/text/tagger"
)

func init() {
	register("parse", "print the tokens, tags, lemmas and dependency parse of a text as CoNLL-U (--tokenized: of a CoNLL-U file's words)", runParse)
}

// nerHook, when set (by the named-entity stage's file), returns each
// word's entity label ("B-PER", "I-ORG", "O" ...); dyad parse writes every
// non-empty label into MISC as NER=label. Nil: no entity labels.
var nerHook func(words []string, upos, xpos []string) []string

// parseTools are the models dyad parse runs.
type parseTools struct {
	tagger *tagger.Tagger
	parser *parser.Parser
}

func runParse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "parse", "FILE|-")
	tokenized := fs.Bool("tokenized", false, "read CoNLL-U and keep its sentences and words; fill in lemma, UPOS, XPOS, head and relation")
	arg, err := parseOneArg(fs, args)
	if err != nil {
		return err
	}
	in, name, closeIn, err := openArg(e, arg)
	if err != nil {
		return err
	}
	defer closeIn()
	t, err := newParseTools()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	if *tokenized {
		err = parseCoNLLU(ctx, t, in, name, out)
	} else {
		err = parseRaw(ctx, t, in, out)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// newParseTools loads the built-in tagger and parser.
func newParseTools() (*parseTools, error) {
	tg, err := tagger.Default()
	if err != nil {
		return nil, err
	}
	p, err := parser.Default()
	if err != nil {
		return nil, err
	}
	return &parseTools{tagger: tg, parser: p}, nil
}

// fill tags, lemmatizes and parses the words of s in place. xpos, when not
// nil, overrides the tagger's Penn tags (the text stage's own).
func (t *parseTools) fill(s *conllu.Sentence, xpos []string) {
	words := make([]string, len(s.Words))
	for i, w := range s.Words {
		words[i] = w.Form
	}
	upos, tx := t.tagger.Tag(words)
	if xpos == nil {
		xpos = tx
	}
	heads, rels := t.parser.Parse(words, upos, xpos)
	var ner []string
	if nerHook != nil {
		ner = nerHook(words, upos, xpos)
	}
	for i := range s.Words {
		w := &s.Words[i]
		w.UPOS, w.XPOS = upos[i], xpos[i]
		w.Lemma = udLemma(w.Form, t.tagger.Lemma(w.Form, xpos[i]), upos[i], xpos[i], i == 0)
		w.Head, w.Deprel = heads[i], rels[i]
		w.Feats, w.Deps = "", ""
		if i < len(ner) && ner[i] != "" {
			w.Misc = addMisc(w.Misc, "NER="+ner[i])
		}
	}
	// Lines hold the same words among multiword tokens and empty nodes.
	for j := range s.Lines {
		if id := s.Lines[j].ID; id > 0 && id <= len(s.Words) {
			s.Lines[j] = s.Words[id-1]
		}
	}
}

// addMisc appends kv to a MISC field.
func addMisc(misc, kv string) string {
	if misc == "" || misc == "_" {
		return kv
	}
	return misc + "|" + kv
}

// parseCoNLLU fills in the sentences of a CoNLL-U input and writes them.
func parseCoNLLU(ctx context.Context, t *parseTools, in io.Reader, name string, out io.Writer) error {
	rd := conllu.NewReader(in, name)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := rd.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		t.fill(s, nil)
		if err := conllu.Write(out, s); err != nil {
			return err
		}
	}
}

// parseRaw splits raw text into sentences and tokens with the text stage,
// hyphenated compounds split as UD does (WithEWTHyphens), and writes them
// parsed.
func parseRaw(ctx context.Context, t *parseTools, in io.Reader, out io.Writer) error {
	b, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	an, err := rawAnalyzer()
	if err != nil {
		return err
	}
	doc := string(b)
	for n, sent := range an.Analyze(doc) {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := conllu.Write(out, t.rawSentence(doc, n, sent)); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	return nil
}

// rawAnalyzer is the text stage dyad parse reads raw text with: hyphenated
// compounds split as UD English EWT does.
func rawAnalyzer() (*text.Analyzer, error) {
	an, err := text.New()
	if err != nil {
		return nil, err
	}
	return an.WithEWTHyphens(), nil
}

// rawSentence turns sentence n of doc, as the text stage found it, into a
// tagged and parsed CoNLL-U sentence whose words are sent's tokens in
// order.
func (t *parseTools) rawSentence(doc string, n int, sent dyad.Sentence) *conllu.Sentence {
	s := &conllu.Sentence{Comments: []string{
		"sent_id = " + strconv.Itoa(n+1),
		"text = " + strings.Join(strings.Fields(doc[sent.Start:sent.End]), " "),
	}}
	xpos := make([]string, len(sent.Tokens))
	for i, tk := range sent.Tokens {
		w := conllu.Word{ID: i + 1, Form: conlluField(tk.Text)}
		if i+1 < len(sent.Tokens) && sent.Tokens[i+1].Start == tk.End {
			w.Misc = "SpaceAfter=No"
		}
		s.Words = append(s.Words, w)
		xpos[i] = tk.Tag
	}
	// UD writes a word and the clitics written onto it ("do" "n't",
	// "Google" "'s", "it" "s") as one multiword token: a range line with
	// the surface form and the space after it, then the words.
	for i := 0; i < len(s.Words); {
		j := i + 1
		for j < len(s.Words) && text.Clitic(sent.Tokens, j) {
			j++
		}
		if j > i+1 {
			mw := conllu.Word{Range: strconv.Itoa(i+1) + "-" + strconv.Itoa(j), Head: -1,
				Form: conlluField(doc[sent.Tokens[i].Start:sent.Tokens[j-1].End])}
			if strings.Contains(s.Words[j-1].Misc, "SpaceAfter=No") {
				mw.Misc = "SpaceAfter=No"
			}
			for k := i; k < j; k++ {
				s.Words[k].Misc = ""
			}
			s.Lines = append(s.Lines, mw)
		}
		s.Lines = append(s.Lines, s.Words[i:j]...)
		i = j
	}
	if len(s.Lines) == len(s.Words) {
		s.Lines = nil
	}
	t.fill(s, xpos)
	return s
}

// conlluField makes s fit a CoNLL-U field: no tabs or line breaks.
func conlluField(s string) string {
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Join(strings.Fields(s), "")
	}
	if s == "" {
		s = "_"
	}
	return s
}
