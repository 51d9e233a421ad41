package dyad

// Quote is something said in the article, with who said it and who passed it
// on.
type Quote struct {
	// Text is the quoted words, without the quotation marks for direct and
	// partial quotes; for indirect speech, the reported clause.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Kind is "direct" (a whole sentence or more in quotation marks),
	// "partial" (quoted words inside a sentence of the writer) or "indirect".
	Kind string `json:"kind"`
	// Speaker is the speaker as the text names them, resolved through
	// coreference ("he" -> "Lee Jae-myoung"); "" when unknown.
	Speaker       string `json:"speaker"`
	SpeakerActor  string `json:"speaker_actor"`
	SpeakerEntity string `json:"speaker_entity,omitempty"`
	// Cue is the attribution phrase ("he added", "according to Tokyo").
	Cue string `json:"cue"`
	// Via is the relay chain: who passed the words on, outermost last
	// ("Yonhap News Agency").
	Via      []string `json:"via"`
	Sentence int      `json:"sentence"`
}

// Quote kinds.
const (
	Direct   = "direct"
	Partial  = "partial"
	Indirect = "indirect"
)
