package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/text/conllu"
	"github.com/dyadproject/dyad/text/tagger"
)

func init() {
	registerTextEval(10, "tokens", evalTokens)
	registerTextEval(20, "tags", evalTags)
}

// rawDoc is one EWT document rebuilt as raw text, with the gold spans of
// its words and sentences.
type rawDoc struct {
	text      string
	words     []dyad.Span
	sentences []dyad.Span
	// refs[i] names the gold word of words[i].
	refs []wordRef
	// tokens are the spans of the surface tokens: a multiword token
	// ("don't" = "do" + "n't") is one.
	tokens []dyad.Span
}

// wordRef names a word of a CoNLL-U file: the index of its sentence and
// its 1-based ID there.
type wordRef struct{ sent, id int }

// rebuildRaw rebuilds the raw text of the documents of a CoNLL-U file:
// tokens joined as SpaceAfter says, sentences of a paragraph joined by a
// space, paragraphs ("# newpar") by a blank line, documents ("# newdoc")
// apart. Words inside a multiword token get the spans of their forms when
// these spell the token, else the token's span.
func rebuildRaw(ss []*conllu.Sentence) []rawDoc {
	var docs []rawDoc
	var b strings.Builder
	var cur rawDoc
	flush := func() {
		if b.Len() > 0 {
			cur.text = b.String()
			docs = append(docs, cur)
		}
		b.Reset()
		cur = rawDoc{}
	}
	for si, s := range ss {
		newdoc, newpar := false, false
		for _, c := range s.Comments {
			newdoc = newdoc || strings.HasPrefix(c, "newdoc")
			newpar = newpar || strings.HasPrefix(c, "newpar")
		}
		if newdoc {
			flush()
		}
		if b.Len() > 0 {
			if newpar {
				b.WriteString("\n\n")
			} else if !strings.HasSuffix(b.String(), " ") {
				b.WriteString(" ")
			}
		}
		start := b.Len()
		skipTo := 0
		for li, l := range s.Lines {
			if l.ID == 0 {
				lo, hi, ok := parseRange(l.Range)
				if !ok {
					continue // empty node
				}
				ts := b.Len()
				b.WriteString(l.Form)
				cur.tokens = append(cur.tokens, dyad.Span{Start: ts, End: b.Len()})
				var forms strings.Builder
				for _, w := range s.Lines[li+1:] {
					if w.ID >= lo && w.ID <= hi {
						forms.WriteString(w.Form)
					}
				}
				pos := ts
				for _, w := range s.Lines[li+1:] {
					if w.ID < lo || w.ID > hi {
						continue
					}
					if forms.String() == l.Form {
						cur.words = append(cur.words, dyad.Span{Start: pos, End: pos + len(w.Form)})
						cur.refs = append(cur.refs, wordRef{si, w.ID})
						pos += len(w.Form)
					} else if w.ID == lo {
						cur.words = append(cur.words, dyad.Span{Start: ts, End: b.Len()})
						cur.refs = append(cur.refs, wordRef{si, w.ID})
					}
				}
				skipTo = hi
				if s.SpaceAfter(hi - 1) {
					b.WriteString(" ")
				}
				continue
			}
			if l.ID <= skipTo {
				continue
			}
			ws := b.Len()
			b.WriteString(l.Form)
			cur.words = append(cur.words, dyad.Span{Start: ws, End: b.Len()})
			cur.refs = append(cur.refs, wordRef{si, l.ID})
			cur.tokens = append(cur.tokens, dyad.Span{Start: ws, End: b.Len()})
			if s.SpaceAfter(l.ID - 1) {
				b.WriteString(" ")
			}
		}
		end := len(strings.TrimRight(b.String(), " "))
		cur.sentences = append(cur.sentences, dyad.Span{Start: start, End: end})
	}
	flush()
	return docs
}

func parseRange(r string) (lo, hi int, ok bool) {
	a, c, found := strings.Cut(r, "-")
	if !found {
		return 0, 0, false
	}
	if _, err := fmt.Sscan(a, &lo); err != nil {
		return 0, 0, false
	}
	if _, err := fmt.Sscan(c, &hi); err != nil {
		return 0, 0, false
	}
	return lo, hi, lo <= hi
}

func evalTokens(ctx context.Context, e *env, corpora string) error {
	test, err := readEWT(corpora, "test")
	if err != nil {
		return err
	}
	a, err := text.New()
	if err != nil {
		return err
	}
	docs := rebuildRaw(test)
	fmt.Fprintf(e.stdout, "tokens and sentences from raw text, EWT test (%d documents)\n", len(docs))
	fmt.Fprintf(e.stdout, "  %-36s %7s %7s %7s\n", "", "P", "R", "F1")
	pr := func(name string, g, p, h int) {
		P, R := float64(h)/float64(max(p, 1)), float64(h)/float64(max(g, 1))
		F := 0.0
		if P+R > 0 {
			F = 2 * P * R / (P + R)
		}
		fmt.Fprintf(e.stdout, "  %-36s %7.4f %7.4f %7.4f\n", name, P, R, F)
	}
	// dyad's default keeps hyphenated compounds whole, as its later stages
	// read them; EWT splits them. Both are scored.
	for _, v := range []struct {
		name string
		a    *text.Analyzer
	}{{"default (hyphenated words whole)", a}, {"EWT hyphens (WithEWTHyphens)", a.WithEWTHyphens()}} {
		var tg, tp, th, sg, sp, sh int
		for _, d := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			ss := v.a.Analyze(d.text)
			var w, s []dyad.Span
			for _, x := range ss {
				s = append(s, dyad.Span{Start: x.Start, End: x.End})
				for _, t := range x.Tokens {
					w = append(w, dyad.Span{Start: t.Start, End: t.End})
				}
			}
			tg, tp, th = tg+len(d.words), tp+len(w), th+hits(d.words, w)
			sg, sp, sh = sg+len(d.sentences), sp+len(s), sh+hits(d.sentences, s)
		}
		fmt.Fprintf(e.stdout, "  %s (%d sentences, %d words)\n", v.name, sg, tg)
		pr("tokens (words)", tg, tp, th)
		pr("sentence spans", sg, sp, sh)
	}
	var ntok, nsent int
	for _, d := range docs {
		for _, x := range a.Analyze(d.text) {
			nsent++
			ntok += len(x.Tokens)
		}
	}
	el := medianTime(5, func() {
		for _, d := range docs {
			a.Analyze(d.text)
		}
	})
	fmt.Fprintf(e.stdout, "  text stage: %.0f tokens/s, %.0f sentences/s (split, tokenize, tag, lemma; one core, median of 5 runs)\n",
		float64(ntok)/el.Seconds(), float64(nsent)/el.Seconds())
	return nil
}

func hits(gold, pred []dyad.Span) int {
	g := make(map[dyad.Span]bool, len(gold))
	for _, s := range gold {
		g[s] = true
	}
	n := 0
	for _, s := range pred {
		if g[s] {
			n++
			delete(g, s)
		}
	}
	return n
}

// tagScores scores an Analyzer's tags and lemmas on gold words.
func tagScores(ctx context.Context, a *text.Analyzer, ss []*conllu.Sentence) (xpos, lemma, lemmaOpen float64, wps float64, err error) {
	var n, x, l, no, lo int
	var all [][]dyad.Token
	for _, s := range ss {
		if err := ctx.Err(); err != nil {
			return 0, 0, 0, 0, err
		}
		toks := make([]dyad.Token, len(s.Words))
		pos := 0
		for i, w := range s.Words {
			toks[i] = dyad.Token{Start: pos, End: pos + len(w.Form), Text: w.Form, Head: -1}
			pos += len(w.Form)
			if s.SpaceAfter(i) {
				pos++
			}
		}
		a.Tag(toks)
		all = append(all, toks)
		for i, w := range s.Words {
			n++
			if toks[i].Tag == w.XPOS {
				x++
			}
			ok := toks[i].Lemma == strings.ToLower(w.Lemma)
			if ok {
				l++
			}
			if tagger.Lemmatized(w.XPOS) {
				no++
				if ok {
					lo++
				}
			}
		}
	}
	el := medianTime(5, func() {
		for _, toks := range all {
			a.Tag(toks)
		}
	})
	return float64(x) / float64(max(n, 1)), float64(l) / float64(max(n, 1)), float64(lo) / float64(max(no, 1)),
		float64(n) / el.Seconds(), nil
}

func evalTags(ctx context.Context, e *env, corpora string) error {
	test, err := readEWT(corpora, "test")
	if err != nil {
		return err
	}
	ours, err := text.New()
	if err != nil {
		return err
	}
	prose, err := text.NewProse()
	if err != nil {
		return err
	}
	tg, err := tagger.Default()
	if err != nil {
		return err
	}
	sc := tagger.Evaluate(tg, test)
	ox, ol, olo, ow, err := tagScores(ctx, ours, test)
	if err != nil {
		return err
	}
	px, pl, plo, pw, err := tagScores(ctx, prose, test)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "tags and lemmas, EWT test, gold tokenization (%d words)\n", sc.Words)
	fmt.Fprintf(e.stdout, "  %-34s %9s %9s\n", "", "dyad", "prose")
	fmt.Fprintf(e.stdout, "  %-34s %9.4f %9s\n", "UPOS (tagger)", sc.UPOS, "-")
	fmt.Fprintf(e.stdout, "  %-34s %9.4f %9s\n", "XPOS (tagger)", sc.XPOS, "-")
	fmt.Fprintf(e.stdout, "  %-34s %9.4f %9.4f\n", "XPOS (text stage)", ox, px)
	fmt.Fprintf(e.stdout, "  %-34s %9.4f %9.4f\n", "lemma, all words (lower case)", ol, pl)
	fmt.Fprintf(e.stdout, "  %-34s %9.4f %9.4f\n", "lemma, verbs and plural nouns", olo, plo)
	fmt.Fprintf(e.stdout, "  %-34s %9.0f %9.0f\n", "words/s (tag + lemma, median of 5)", ow, pw)
	return nil
}

// medianTime runs f n times and returns the median duration: the machine is
// shared, and one run can be slowed by others.
func medianTime(n int, f func()) time.Duration {
	ds := make([]time.Duration, n)
	for i := range ds {
		began := time.Now()
		f()
		ds[i] = time.Since(began)
	}
	slices.Sort(ds)
	return ds[n/2]
}
