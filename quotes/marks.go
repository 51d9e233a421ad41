package quotes

import (
	"github.com/dyadproject/dyad"
)

// Quotation-mark kinds of a token.
const (
	markNone = iota
	markOpen
	markClose
	markEither // a straight quote the tagger did not decide
)

// markOf returns the quotation-mark kind of a token. Only double marks count;
// single quotes nest inside double ones and double as apostrophes.
func markOf(t dyad.Token) int {
	switch t.Text {
	case "“", "``", "‘‘", "«", "„":
		return markOpen
	case "”", "''", "’’", "»":
		return markClose
	case "\"":
		switch t.Tag {
		case "``":
			return markOpen
		case "''":
			return markClose
		}
		return markEither
	}
	return markNone
}

// pos is a token position: sentence and token index.
type pos struct{ s, t int }

// qspan is a stretch of quoted text found from the quotation marks.
type qspan struct {
	open  pos // opening mark; t == -1 when the quote has no opening mark
	close pos // closing mark; t == -1 when capped at a sentence or paragraph end
	// start and end are the byte range of the quoted words, marks excluded.
	start, end int
	para       int
	// contNext: the quote is left open at the paragraph end and the next
	// paragraph opens with a quotation mark (the continuation convention);
	// contPrev: this quote is that continuation.
	contNext, contPrev bool
	chain              int // index of the first span of a continuation chain
	direct             bool
	att                *attr
}

// pairMarks finds the quoted stretches of every paragraph and flags the
// tokens inside them (marks included) in f.inq.
func (f *finder) pairMarks() {
	for p := 0; p < len(f.paras); p++ {
		lo, hi := f.paras[p][0], f.paras[p][1]
		var marks []pos
		for s := lo; s < hi; s++ {
			for t, tok := range f.sents[s].Tokens {
				if markOf(tok) != markNone {
					marks = append(marks, pos{s, t})
				}
			}
		}
		first := len(f.spans)
		open := pos{-1, -1}
		for k, m := range marks {
			kind := markOf(f.tok(m))
			if kind == markEither {
				kind = markOpen
				if open.s >= 0 {
					kind = markClose
				}
			}
			if kind == markOpen {
				switch {
				case open.s < 0:
					open = m
				case m.s > open.s:
					// The open quote ran past a sentence end and a new one
					// opens: the first was never closed; end it before.
					f.addSpan(open, pos{m.s - 1, -1}, p)
					open = m
				}
				// A second opening mark in the same sentence is a nested
				// quotation: it stays inside the outer one.
				continue
			}
			if open.s >= 0 {
				f.addSpan(open, m, p)
				open = pos{-1, -1}
				continue
			}
			// A closing mark with nothing open: the first mark of the
			// paragraph closes a quote whose opening mark is missing.
			if k == 0 && len(f.spans) == first {
				f.addSpan(pos{lo, -1}, m, p)
			}
		}
		if open.s >= 0 {
			if f.addSpan(open, pos{hi - 1, -1}, p) && p+1 < len(f.paras) && f.opensParagraph(p+1) {
				f.spans[len(f.spans)-1].contNext = true
			}
		}
	}
	// Link continuation chains.
	for i := range f.spans {
		f.spans[i].chain = i
		if i > 0 && f.spans[i-1].contNext && f.spans[i].para == f.spans[i-1].para+1 &&
			f.spans[i].open.t == 0 && f.spans[i].open.s == f.paras[f.spans[i].para][0] {
			f.spans[i].contPrev = true
			f.spans[i].chain = f.spans[i-1].chain
		}
	}
}

// opensParagraph reports whether paragraph p starts with an opening mark.
func (f *finder) opensParagraph(p int) bool {
	s := f.paras[p][0]
	if len(f.sents[s].Tokens) == 0 {
		return false
	}
	k := markOf(f.sents[s].Tokens[0])
	return k == markOpen || k == markEither
}

// addSpan records the quote from mark o to mark c. o.t == -1 starts it at
// the first token of sentence o.s; c.t == -1 ends it with sentence c.s. It
// reports whether a span was added (not when the quote holds nothing).
func (f *finder) addSpan(o, c pos, para int) bool {
	if c.s < o.s || len(f.sents[o.s].Tokens) == 0 {
		return false
	}
	var start, end int
	if o.t < 0 {
		start = f.sents[o.s].Tokens[0].Start
	} else {
		start = f.tok(o).End
	}
	if c.t < 0 {
		toks := f.sents[c.s].Tokens
		if len(toks) == 0 {
			return false
		}
		end = toks[len(toks)-1].End
	} else {
		end = f.tok(c).Start
	}
	// Flag the tokens inside.
	for s := o.s; s <= c.s; s++ {
		a, b := 0, len(f.sents[s].Tokens)
		if s == o.s && o.t >= 0 {
			a = o.t
		}
		if s == c.s && c.t >= 0 {
			b = c.t + 1
		}
		for t := a; t < b; t++ {
			f.inq[s][t] = true
		}
	}
	start, end = dyad.TrimSpace(f.text, start, end, ",;")
	if start >= end {
		return false
	}
	f.spans = append(f.spans, qspan{open: o, close: c, start: start, end: end, para: para})
	return true
}
