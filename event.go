package dyad

import "strings"

// Event is one coded event: who did what to whom, when and where.
type Event struct {
	Source string `json:"source"`
	Target string `json:"target"`
	// CAMEO is the event code (three or four digits); Root its first two.
	CAMEO         string  `json:"cameo"`
	Root          string  `json:"root"`
	Goldstein     float64 `json:"goldstein"`
	PLOVER        string  `json:"plover"`
	PLOVERMode    string  `json:"plover_mode"`
	Date          string  `json:"date"`
	DatePrecision string  `json:"date_precision"`
	Place         *Place  `json:"place"`
	// Sentences are the indexes of the evidence sentences, ascending.
	Sentences []int   `json:"sentences"`
	Trigger   Trigger `json:"trigger"`
	Negated   bool    `json:"negated"`
	// Modality is one of the Modality constants: asserted, intended
	// (plans, vows, agrees to), hypothetical (conditionals), reported (in a
	// quote or reported speech; ReportedBy says whose), historical (dated
	// more than a month before publication).
	Modality   string  `json:"modality"`
	Confidence float64 `json:"confidence"`
	// SourceEntity and TargetEntity are the ids of the entities the actors
	// were read from, "" when absent.
	SourceEntity string `json:"source_entity,omitempty"`
	TargetEntity string `json:"target_entity,omitempty"`
	// Pattern is the codebook pattern that fired, for explanations.
	Pattern string `json:"pattern,omitempty"`
	// ReportedBy is the speaker of the quote or reported speech the event
	// was read from (their actor code, else their name as written).
	ReportedBy string `json:"reported_by,omitempty"`
}

// Trigger is the word or phrase that evoked an event.
type Trigger struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Modalities of an event.
const (
	Asserted     = "asserted"
	Intended     = "intended"
	Hypothetical = "hypothetical"
	Reported     = "reported"
	Historical   = "historical"
)

// Date precisions. PrecisionPublication marks an event dated by the
// publication date because its clause has no date of its own.
const (
	PrecisionDay         = "day"
	PrecisionMonth       = "month"
	PrecisionYear        = "year"
	PrecisionDecade      = "decade"
	PrecisionPublication = "publication"
)

// ActorCountry returns the country part of a CAMEO actor code: the first
// three letters ("KORGOV" -> "KOR", "IGOUNO" -> "IGO", "---REB" -> "---"),
// or "" for an empty or malformed code.
func ActorCountry(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[:3]
}

// ActorRole returns the first role of a CAMEO actor code ("KORGOVMIL" ->
// "GOV"), or "" if it has none. For IGO codes the role is the body
// ("IGOUNO" -> "UNO").
func ActorRole(code string) string {
	if len(code) < 6 {
		return ""
	}
	return code[3:6]
}

// JoinActor builds an actor code from a country and roles, skipping empty
// parts: JoinActor("KOR", "GOV") == "KORGOV".
func JoinActor(country string, roles ...string) string {
	var b strings.Builder
	b.WriteString(country)
	for _, r := range roles {
		b.WriteString(r)
	}
	return b.String()
}
