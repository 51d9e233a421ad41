package coder

import "testing"

// Fourteenth round: constructions behind the misses of the blind
// test13.jsonl, each with our own sentences (none from a gold file).

// "quoted X as saying (that) the country would respond with force if Y
// ...": X's threat of force (138) against the party of the condition.
func TestQuotedAsSayingForceThreat(t *testing.T) {
	runRound(t, []roundCase{
		{"The state news agency quoted an army spokesman as saying the country would respond with crushing force if Israel and the United States carry out their air drills.",
			[]string{"The state news agency=IRNMED/nominal", "an army spokesman=IRNMIL/nominal", "Israel=ISR", "the United States=USA"}, "IRNMIL>ISR 138,IRNMIL>USA 138"},
		{"The agency quoted a foreign ministry official as saying that Havana would respond with \"all necessary force\" if Washington sends warships.",
			[]string{"The agency=CUBMED/nominal", "a foreign ministry official=CUBGOV/nominal", "Havana=CUBGOV", "Washington=USAGOV"}, "CUBGOV>USAGOV 138"},
		{"Venezuela's defence minister said the country would react militarily if Colombia sends troops across the border.",
			[]string{"Venezuela's defence minister=VENGOV/nominal", "Colombia=COL"}, "VENGOV>COL 138"},
		// a response of another kind is no threat
		{"Venezuela's defence minister said the country would respond positively if Colombia reopens the border.",
			[]string{"Venezuela's defence minister=VENGOV/nominal", "Colombia=COL"}, ""},
		{"The agency quoted a spokesman as saying the country would respond with talks if the United States and Japan resumed aid.",
			[]string{"The agency=PRKMED/nominal", "a spokesman=PRKGOV/nominal", "the United States=USA", "Japan=JPN"}, ""},
		// another party's response is not the speaker's threat
		{"Pakistan's army said India would respond with force if attacked.",
			[]string{"Pakistan's army=PAKMIL/nominal", "India=IND"}, ""},
	})
}
