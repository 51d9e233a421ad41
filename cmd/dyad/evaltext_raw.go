package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/text"
)

func init() {
	registerTextEval(35, "raw", evalRaw)
}

// rawScore counts one CoNLL 2018 measure: words predicted, words in the
// gold standard, and aligned words that are right.
type rawScore struct{ pred, gold, right int }

func (s rawScore) f1() float64 {
	if s.pred == 0 || s.gold == 0 || s.right == 0 {
		return 0
	}
	p, r := float64(s.right)/float64(s.pred), float64(s.right)/float64(s.gold)
	return 100 * 2 * p * r / (p + r)
}

// evalRaw scores dyad parse on EWT test from raw text, the way the CoNLL
// 2018 shared task did: predicted words are aligned to gold words by their
// character spans, and tags, lemmas and heads count as right only on
// aligned words (a head is right when it is aligned to the gold head, or
// both are the root); each measure is the F1 of right words over predicted
// and gold words. LAS compares the relation without its subtype.
func evalRaw(ctx context.Context, e *env, corpora string) error {
	test, err := readEWT(corpora, "test")
	if err != nil {
		return err
	}
	t, err := newParseTools()
	if err != nil {
		return err
	}
	an, err := rawAnalyzer()
	if err != nil {
		return err
	}
	var toks, words, sents, upos, xpos, lemma, uas, las rawScore
	for _, d := range rebuildRaw(test) {
		if err := ctx.Err(); err != nil {
			return err
		}
		goldAt := make(map[dyad.Span]int, len(d.words))
		goldIdx := make(map[wordRef]int, len(d.words))
		for i, sp := range d.words {
			goldAt[sp] = i
			goldIdx[d.refs[i]] = i
		}
		goldSent := make(map[dyad.Span]bool, len(d.sentences))
		for _, sp := range d.sentences {
			goldSent[sp] = true
		}
		toks.gold += len(d.tokens)
		goldTok := make(map[dyad.Span]bool, len(d.tokens))
		for _, sp := range d.tokens {
			goldTok[sp] = true
		}
		sents.gold += len(d.sentences)
		words.gold += len(d.words)
		// align[j] is the gold word of predicted word j, or -1; head[j]
		// the predicted word heading j, or -1 for the root.
		var align, head []int
		var pred []predWord
		for n, sent := range an.Analyze(d.text) {
			sents.pred++
			if goldSent[dyad.Span{Start: sent.Start, End: sent.End}] {
				sents.right++
			}
			s := t.rawSentence(d.text, n, sent)
			for i := 0; i < len(sent.Tokens); {
				j := i + 1
				for j < len(sent.Tokens) && text.Clitic(sent.Tokens, j) {
					j++
				}
				toks.pred++
				if goldTok[dyad.Span{Start: sent.Tokens[i].Start, End: sent.Tokens[j-1].End}] {
					toks.right++
				}
				i = j
			}
			base := len(align)
			for i, w := range s.Words {
				tk := sent.Tokens[i]
				g, ok := goldAt[dyad.Span{Start: tk.Start, End: tk.End}]
				if !ok {
					g = -1
				}
				align = append(align, g)
				h := -1
				if w.Head > 0 {
					h = base + w.Head - 1
				}
				head = append(head, h)
				pred = append(pred, predWord{w.UPOS, w.XPOS, w.Lemma, w.Deprel})
			}
		}
		words.pred += len(align)
		for j, g := range align {
			if g < 0 {
				continue
			}
			words.right++
			ref := d.refs[g]
			gw := test[ref.sent].Words[ref.id-1]
			p := pred[j]
			if p.upos == gw.UPOS {
				upos.right++
			}
			if p.xpos == gw.XPOS {
				xpos.right++
			}
			if p.lemma == gw.Lemma {
				lemma.right++
			}
			gh := -1
			if gw.Head > 0 {
				var ok bool
				if gh, ok = goldIdx[wordRef{ref.sent, gw.Head}]; !ok {
					continue // the gold head has no span of its own
				}
			}
			if (head[j] < 0 && gh < 0) || (head[j] >= 0 && gh >= 0 && align[head[j]] == gh) {
				uas.right++
				if baseRel(p.deprel) == baseRel(gw.Deprel) {
					las.right++
				}
			}
		}
	}
	for _, s := range []*rawScore{&upos, &xpos, &lemma, &uas, &las} {
		s.pred, s.gold = words.pred, words.gold
	}
	fmt.Fprintf(e.stdout, "dyad parse from raw text, EWT test, CoNLL 2018 measures (F1 over aligned words, %%)\n")
	fmt.Fprintf(e.stdout, "  %-10s %8s %8s %8s\n", "", "gold", "dyad", "F1")
	for _, r := range []struct {
		name string
		s    rawScore
	}{{"sentences", sents}, {"tokens", toks}, {"words", words}, {"UPOS", upos}, {"XPOS", xpos}, {"lemmas", lemma}, {"UAS", uas}, {"LAS", las}} {
		fmt.Fprintf(e.stdout, "  %-10s %8d %8d %8.2f\n", r.name, r.s.gold, r.s.pred, r.s.f1())
	}
	// The shared task's per-treebank results for en_ewt (Zeman et al.
	// 2018; universaldependencies.org/conll18 results pages, as also
	// tabulated in the Orange-OpenSource/UDParse documentation).
	fmt.Fprintf(e.stdout, "  reference, CoNLL 2018 shared task, en_ewt (UD 2.2 test), best system: UPOS 95.94 (LATTICE), LAS 84.57 (HIT-SCIR)\n")
	return nil
}

// predWord is what dyad parse says of one word.
type predWord struct{ upos, xpos, lemma, deprel string }

// baseRel is a relation without its subtype ("nsubj:pass" -> "nsubj").
func baseRel(r string) string {
	base, _, _ := strings.Cut(r, ":")
	return base
}
