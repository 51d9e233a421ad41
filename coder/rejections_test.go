package coder

import "testing"

// Rejections (coder/README.md, eighth round): a proposal by another party
// that the subject will not accept, ... Our own sentences, none from a
// gold or fresh file.
func TestRejections(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		// a proposal by another party not accepted: rejected, toward its author
		{"Kenya's president said the government would not accept a proposal by neighbouring Uganda to build a joint oil pipeline.",
			[]string{"Kenya=KEN/possessor", "president=KENGOV/nominal", "the government=KENGOV/nominal", "neighbouring Uganda=UGA"},
			"KENGOV>UGA 125 neg"},
		{"The Malian junta will not accept a plan by Algeria for new elections.",
			[]string{"The Malian junta=MLIMIL/nominal", "Algeria=DZA"}, "MLIMIL>DZA 127 neg"},
		{"Chile refused to accept the proposal from Bolivia.",
			[]string{"Chile=CHL", "Bolivia=BOL"}, "CHL>BOL 120"},
		// accepted: an agreement
		{"Peru accepted a proposal by Chile to extend the fishing agreement.",
			[]string{"Peru=PER", "Chile=CHL"}, "PER>CHL 030"},
		// no author named: nothing
		{"The ministry said it would not accept the proposal.",
			[]string{"The ministry=PERGOV/nominal"}, ""},
		// a charge the accused rejects in a clause of its own: its denial
		{"Serbia's president accused Croatia on Monday of blocking fuel deliveries; Croatia's foreign ministry rejected the charge hours later as baseless.",
			[]string{"Serbia's president=SRBGOV/nominal", "Croatia=HRV", "Croatia's foreign ministry=HRVGOV/nominal"},
			"HRVGOV>SRBGOV 016,SRBGOV>HRV 112"},
		{"Ghana accused Togo of harbouring rebels, but Togo's government denied the allegations on Tuesday.",
			[]string{"Ghana=GHA", "Togo=TGO", "rebels=TGOREB/nominal", "Togo's government=TGOGOV/nominal"},
			"GHA>TGO 112,TGOGOV>GHA 016"},
		{"Peru accused Bolivia of smuggling fuel; La Paz swiftly dismissed the accusations.",
			[]string{"Peru=PER", "Bolivia=BOL", "La Paz=BOLGOV"},
			"BOLGOV>PER 016,PER>BOL 1121"},
		// the charge called untrue
		{"Kosovo accused Serbia of arming militants, and Belgrade called the charge absurd.",
			[]string{"Kosovo=XKX", "Serbia=SRB", "militants=SRBREB/nominal", "Belgrade=SRBGOV"}, "SRBGOV>XKX 016,XKX>SRB 112"},
		{"Kosovo accused Serbia of arming militants; Serbia's foreign minister said the accusations were completely false.",
			[]string{"Kosovo=XKX", "Serbia=SRB", "militants=SRBREB/nominal", "Serbia's foreign minister=SRBGOV/nominal"}, "SRBGOV>XKX 016,XKX>SRB 112"},
		// called serious, or said by the accuser: no denial
		{"Kosovo accused Serbia of arming militants, and Belgrade called the charge serious.",
			[]string{"Kosovo=XKX", "Serbia=SRB", "militants=SRBREB/nominal", "Belgrade=SRBGOV"}, "XKX>SRB 112"},
		// no accusation before it: the rejection as before
		{"Croatia's foreign ministry rejected the charge hours later as baseless.",
			[]string{"Croatia's foreign ministry=HRVGOV/nominal"}, ""},
		// a rejection of something else after an accusation: no denial
		{"Ghana accused Togo of harbouring rebels, and Togo rejected the new border plan.",
			[]string{"Ghana=GHA", "Togo=TGO", "rebels=TGOREB/nominal", "Togo=TGO"},
			"GHA>TGO 112"},
		// a rejected appeal: the appeal too, from its caller
		{"President Daniel Ortega on Monday rejected a European Union call for the release of opposition leaders.",
			[]string{"President Daniel Ortega=NICGOV", "a European Union call=IGOEU", "opposition leaders=NICOPP/nominal"},
			"IGOEU>NICGOV 0253,NICGOV>IGOEU 120"},
		{"Kenya rejected Uganda's request for help with the refugees.",
			[]string{"Kenya=KEN", "Uganda=UGA/possessor"}, "KEN>UGA 120,UGA>KEN 023"},
		{"Zimbabwe turned down a British appeal for talks.",
			[]string{"Zimbabwe=ZWE", "British=GBR/modifier"}, "GBR>ZWE 020,ZWE>GBR 120"},
		// no caller before the noun, or none at all: the rejection alone
		{"Kenya rejected calls for talks from Uganda.",
			[]string{"Kenya=KEN", "Uganda=UGA"}, "KEN>UGA 120"},
		{"Kenya rejected the plan of Uganda.",
			[]string{"Kenya=KEN", "Uganda=UGA"}, "KEN>UGA 127"},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}

// Tenth round: the caller of a rejected appeal named in a "from" phrase
// right after the noun. Our own sentences, none from a gold or fresh file.
func TestRejectedRequestFrom(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		want     string
	}{
		{"The Thai government has turned down a request from the Red Cross to visit detention centres in the south.",
			[]string{"The Thai government=THAGOV/nominal", "the Red Cross=NGOCRC"}, "NGOCRC>THAGOV 020,THAGOV>NGOCRC 120"},
		{"Ecuador rejected an appeal from Colombia for help in patrolling the border.",
			[]string{"Ecuador=ECU", "Colombia=COL"}, "COL>ECU 023,ECU>COL 120"},
		{"Hungary's foreign minister on Friday dismissed a plea from Ukraine to lift its veto.",
			[]string{"Hungary's foreign minister=HUNGOV/nominal", "Ukraine=UKR"}, "HUNGOV>UKR 120,UKR>HUNGOV 020"},
		// the from phrase far from the noun: not its caller
		{"Ecuador rejected the request for help that came last week from Colombia.",
			[]string{"Ecuador=ECU", "Colombia=COL"}, ""},
		// accepted, not rejected: no appeal derived from a rejection
		{"Ecuador accepted a request from Colombia to open talks.",
			[]string{"Ecuador=ECU", "Colombia=COL"}, ""},
	}
	for _, tt := range tests {
		wantCodes(t, doc(t, tt.text, tt.mentions...), tt.want)
	}
}
