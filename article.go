// Package dyad holds the domain of dyad: articles and their analysis layers
// (sentences, tokens, entities, times, places, events, quotes), the article
// record that `dyad code` prints, and the contracts the stages share.
//
// It imports only the standard library. Stage packages (text, actors, times,
// places, coder, quotes) import it; only cmd/dyad wires them together.
package dyad

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// DateLayout is the layout of calendar dates in records and inputs.
const DateLayout = "2006-01-02"

// Article is one news story as read from the input.
type Article struct {
	ID     string
	Text   string
	Title  string
	Outlet string
	URL    string
	// Published is the publication date; the zero time when unknown.
	// Relative dates ("on Wednesday") resolve against it.
	Published time.Time
	// Origin says where the article was read ("file.jsonl:12"), for messages.
	Origin string
	// Warnings are problems met while reading it (invalid UTF-8 repaired);
	// the pipeline copies them to the Doc.
	Warnings []string
}

// Span is a byte range [Start, End) of the article text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// TrimSpace narrows the byte range [start, end) of text past white space
// at both ends, and also past the trailing runes in cut (",;" for a quote
// that ends before its attribution's comma).
func TrimSpace(text string, start, end int, cut string) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !containsRune(cut, r) {
			break
		}
		end -= n
	}
	return start, end
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// Token is one word or punctuation mark with its byte offsets in the article.
type Token struct {
	Start int
	End   int
	Text  string
	// Tag is the Penn Treebank part-of-speech tag (XPOS).
	Tag string
	// Lemma is the lower-case dictionary form ("met" -> "meet").
	Lemma string
	// Head is the index (in Sentence.Tokens) of the syntactic head, -1 for the
	// root or when no parse is available; Rel is the UD relation to it.
	Head int
	Rel  string
}

// Sentence is a span of the article with its tokens.
type Sentence struct {
	Start  int
	End    int
	Tokens []Token
}

// Doc is an article and the layers of analysis the stages add to it. Stages
// run in order and each one reads the layers before it.
type Doc struct {
	Article   *Article
	Sentences []Sentence
	Entities  []Entity
	Times     []TimeExpr
	Places    []PlaceMention
	Quotes    []Quote
	Events    []Event
	// Warnings are non-fatal problems (repaired input, unresolved names)
	// reported to the user with the article's origin.
	Warnings []string
}

// Published returns the article's publication date, the zero time if unknown.
func (d *Doc) Published() time.Time {
	if d.Article == nil {
		return time.Time{}
	}
	return d.Article.Published
}

// Text returns the article text.
func (d *Doc) Text() string {
	if d.Article == nil {
		return ""
	}
	return d.Article.Text
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Entity is something the article names: a person, organisation, country or
// place, with every mention of it in the text.
type Entity struct {
	ID   string     `json:"id"`
	Text string     `json:"text"`
	Type EntityType `json:"type"`
	// Actor is the CAMEO actor code at the article's date ("KORGOV"), "" if
	// the entity is not an actor.
	Actor string `json:"actor"`
	// KB is the id of the knowledge-base entry the entity was linked to.
	KB string `json:"kb,omitempty"`
	// Role says how the actor code was found ("President of South Korea",
	// "appositive: deputy presidential spokesperson").
	Role     string    `json:"role,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// MentionActor returns the actor code of mention m of e: the mention's own
// code when it has one ("South Korean President X": KORGOV), else the
// entity's.
func (e *Entity) MentionActor(m Mention) string {
	if m.Actor != "" {
		return m.Actor
	}
	return e.Actor
}

// EntityType is the kind of a named entity.
type EntityType string

// Entity types.
const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	GPE    EntityType = "GPE" // countries, cities and their governments
	Loc    EntityType = "LOC" // places that are not polities
	NORP   EntityType = "NORP"
)

// Mention is one place in the text where an entity is named or referred to.
type Mention struct {
	Start    int `json:"start"`
	End      int `json:"end"`
	Sentence int `json:"sentence"`
	// First and Last are the token indexes [First, Last) in the sentence.
	First int `json:"-"`
	Last  int `json:"-"`
	// Actor is the code of this mention when it differs from the entity's
	// ("South Korean President X" is KORGOV where "South Korea" is KOR).
	Actor string `json:"actor,omitempty"`
	// Kind is how the entity is mentioned: "name", "title", "pronoun",
	// "nominal" ("the two leaders"), "metonym" ("Tokyo said").
	Kind string `json:"kind,omitempty"`
}

// TimeExpr is a date, time or duration expression of the text.
type TimeExpr struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Value is the normalised value: "2022-09-21", "2019-12", "2019",
	// "P3Y" for durations; "" when it cannot be resolved.
	Value string `json:"value"`
	// Precision is "day", "week", "month", "year", "decade" or "" for
	// durations.
	Precision string `json:"precision"`
	// Kind is "date", "duration" or "time".
	Kind     string `json:"kind"`
	Sentence int    `json:"sentence"`
}

// Place is a gazetteer entry.
type Place struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// PlaceMention is a toponym of the text resolved to a place.
type PlaceMention struct {
	Place
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	// Dateline is true for the filing place at the head of the story
	// ("ANKARA (AA) -"), which is not where events happened.
	Dateline bool `json:"dateline,omitempty"`
}
