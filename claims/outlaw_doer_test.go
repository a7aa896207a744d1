package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOutlawDoer: outlaws, "saboteurs" (the Israeli army's word for
// attackers) and the remnants of the fallen government's forces are
// doers blamed but not named ("unknown"); factions of the new defence
// ministry and the new authorities are the Syrian state's. Sentences
// written for the test.
func TestOutlawDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []unknownDoerCase{
		{"وذكرت الداخلية السورية أن مجموعة مسلحة خارجة عن القانون هاجمت دورية للشرطة قرب البلدة.", true},
		{"وقال مصدر أمني إن الخارجين عن القانون أطلقوا النار على حاجز المدينة.", true},
		{"وقال الجيش الإسرائيلي إن مخربين أطلقوا النار نحو قوة عسكرية قرب السياج.", true},
		{"وأكد مسؤول أمني أن مجموعات مسلحة من فلول النظام البائد هاجمت نقاطا أمنية في الريف.", true},
	}
	assertUnknownDoer(t, x, tests)
	assertNamedActor(t, x, []namedActorCase{
		{"وقالت مصادر أهلية إن فصائل منضوية تحت وزارة الدفاع اقتحمت البلدة فجرا.", "syria_gov"},
		{"واتهم وجهاء البلدة السلطات الجديدة بالتقصير في حماية الأهالي من الهجوم.", "syria_gov"},
	})
}

// unknownDoerCase is a text written for a test and whether a claim of it
// gives the doer as unknown.
type unknownDoerCase struct {
	text string
	want bool
}

// assertUnknownDoer extracts each case's text and checks whether one of
// its claims has the actor "unknown" and none names a party.
func assertUnknownDoer(t *testing.T, x *claims.Extractor, tests []unknownDoerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			unknown, named := false, ""
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2025-03-01"}) {
				if c.Actor == nil {
					continue
				}
				if *c.Actor == "unknown" {
					unknown = true
				} else {
					named = *c.Actor
				}
			}
			if unknown != tt.want || named != "" {
				t.Errorf("%s\nunknown %v (named %q), want %v", tt.text, unknown, named, tt.want)
			}
		})
	}
}
