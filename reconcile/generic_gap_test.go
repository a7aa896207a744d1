package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericTollGap: "local sources" quoted by one article that give the
// toll and "local sources" quoted by another that say the losses are not
// known are different people under one name: a toll gap. A named source
// that gives the toll in one article and does not know it in another is
// one voice (no gap), and so are unnamed sources giving the toll in the
// very article where they do not know it.
func TestGenericTollGap(t *testing.T) {
	generic := func(id string) claims.Source {
		return claims.Source{ID: id, Name: id, Kind: "anonymous"}
	}
	toll := func(id, article string, s claims.Source) claims.Claim {
		return claims.Claim{ID: id, Article: article, Source: s, Figures: []claims.Figure{exact("killed", "us_forces", 2)}}
	}
	notKnown := func(id, article string, s claims.Source) claims.Claim {
		return claims.Claim{ID: id, Article: article, Source: s, Stance: claims.StanceUnknown,
			Rules: []string{claims.RuleTollUnknown}}
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"local sources of two articles", []claims.Claim{toll("c1", "a1", generic("local_sources")),
			notKnown("c2", "a2", generic("local_sources"))}, []string{"gap casualties local_sources"}},
		{"local sources of one article", []claims.Claim{toll("c1", "a1", generic("local_sources")),
			notKnown("c2", "a1", generic("local_sources"))}, nil},
		{"a named monitor across articles", []claims.Claim{toll("c1", "a1", src("sohr")),
			notKnown("c2", "a2", src("sohr"))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindGap, tt.want)
		})
	}
}

// TestUnknownIdentityGap: calling the doer unknown ("مسلحون مجهولون",
// "مسيّرة مجهولة الهوية") says who did it is not known: against a vague
// blame ("مجموعات إرهابية") it is a perpetrator gap, and two such claims
// make none.
func TestUnknownIdentityGap(t *testing.T) {
	claim := func(id, source, text, rule string) claims.Claim {
		return claims.Claim{ID: id, Source: src(source), Actor: sp("unknown"), Text: text, Rules: []string{rule}}
	}
	blame := claim("c1", "syrian_army", "وأكد المصدر أن مجموعات إرهابية استهدفت الحافلة", "actor:lexicon")
	unknownGunmen := claim("c2", "sy24", "وقتل عنصران برصاص مسلحين مجهولين قرب الحاجز", "actor:unnamed_doer")
	unknownDrone := claim("c3", "white_helmets", "واستهدفت مسيّرة مجهولة الهوية سيارة مدنية", "actor:after_event_word")
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"vague blame against unknown gunmen", []claims.Claim{blame, unknownGunmen},
			[]string{"gap actor syrian_army,sy24"}},
		{"two unknown doers", []claims.Claim{unknownGunmen, unknownDrone}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindGap, tt.want)
		})
	}
}
