package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOwnSideChargeNoun: the verbal noun of a charge ("تحميل"، "اتهام")
// that lays the blame on the speaker's own side tells of another's charge
// the speaker rejects: it names no doer in the speaker's words. A charge
// noun on another party, in the words of a third voice, still names it.
// Sentences written for the test; want is "source actor" of the last
// claim.
func TestOwnSideChargeNoun(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2022-05-01", true, []textWant{
		{"وقالت مصادر أمنية تركية إن الجرحى سقطوا في قصف على القرية، ثم سارع خصومها إلى تحميل تركيا المسؤولية.", "turkey_government -"},
		{"وقال ناشطون إن الجرحى سقطوا في قصف على القرية، وسارعوا إلى تحميل تركيا المسؤولية.", "local_sources turkey"},
	}, sourceActor)
}

// TestOrganisationTwinHeads: "التنظيم" and "المنظمة" are one head for
// pointing back, so a bare "التنظيم" after "منظمة بي كي كي" (and
// "المنظمة" after "تنظيم داعش") is that party where a doer is named. A
// river bank after "من" and a verb of launching is where fire came from,
// not where it fell. Sentences written for the test.
func TestOrganisationTwinHeads(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"تنظيم after منظمة", "وأفادت مصادر أمنية تركية بأن مسلحي منظمة «بي كي كي» حشدوا مدنيين قرب السد. وأضافت أن الجرحى أصيبوا بقذائف هاون أطلقها عناصر التنظيم من الضفة الأخرى للنهر.", "sdf"},
		{"منظمة after تنظيم", "وقال المرصد إن تنظيم داعش نشط في البادية. وأضاف أن عناصر المنظمة هاجموا حاجزاً قرب السخنة.", "isis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-05-01"}) {
				got = actorOrDash(c)
			}
			if got != tt.want {
				t.Errorf("actor = %s, want %s", got, tt.want)
			}
		})
	}
	checkClaimLine(t, x, "2022-05-01", true, []textWant{
		{"وقالت مصادر محلية إن قذائف أطلقها مسلحون من الضفة المقابلة لنهر الفرات سقطت على القرية.", "-"},
	}, func(c claims.Claim) string {
		for _, p := range c.Places {
			if p == "euphrates" {
				return "euphrates"
			}
		}
		return "-"
	})
}
