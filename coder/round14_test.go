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

// Laying down arms or ceasing hostilities asked of the fighting sides is
// a demand for a ceasefire (107), whether worded as an appeal or a demand.
func TestAskedCeasefire(t *testing.T) {
	runRound(t, []roundCase{
		{"The UN chief called on Ethiopia's army and Tigrayan rebels to lay down their weapons.",
			[]string{"The UN chief=IGOUNO/nominal", "Ethiopia's army=ETHMIL/nominal", "Tigrayan rebels=ETHREB/modifier"}, "IGOUNO>ETHMIL 107,IGOUNO>ETHREB 107"},
		{"The African Union urged the army and the rebels to cease hostilities immediately.",
			[]string{"The African Union=IGOAFRAFU", "the army=SDNMIL/nominal", "the rebels=SDNREB/nominal"}, "IGOAFRAFU>SDNMIL 107,IGOAFRAFU>SDNREB 107"},
		{"Kenya demanded that the rebels lay down their arms.",
			[]string{"Kenya=KEN", "the rebels=KENREB/nominal"}, "KEN>KENREB 107"},
		// laying something else is no ceasefire
		{"The bishop urged Colombians to lay flowers at the memorial.",
			[]string{"The bishop=COLREL/nominal", "Colombians=COL"}, "COLREL>COL 020"},
		{"The UN called on the rebels to lay down conditions for talks.",
			[]string{"The UN=IGOUNO", "the rebels=SDNREB/nominal"}, "IGOUNO>SDNREB 020"},
	})
}
