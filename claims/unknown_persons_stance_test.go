package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnknownPersonsStance: people of unknown identity as the doer
// ("مجهولون"، "مسلحين مجهولين"، "مجهولان"، "أشخاص مجهولو الهوية") are the
// source saying it does not know who did it: actor "unknown", stance
// "unknown" (rule stance:unknown_persons), also beside a toll, whose
// figures stay. Gunmen it only does not name ("مسلحون") stay asserted, and
// so do the unknown dead ("جثث مجهولين"), who are not the doers. Sentences
// written for the test.
func TestUnknownPersonsStance(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, want string
		figures    bool
	}{
		{"وأطلق مجهولان على دراجة نارية النار على صاحب محل في السوق.", "unknown unknown", false},
		{"ونصب مجهولون كميناً لحافلة عمال على طريق القرية ليلاً.", "unknown unknown", false},
		{"وقتل أربعة رعاة برصاص مسلحين مجهولين في البادية.", "unknown unknown", true},
		{"وانفجرت عبوة زرعها أشخاص مجهولو الهوية قرب مدرسة الحي.", "unknown unknown", false},
		{"وهاجم مسلحون حاجزاً للشرطة على مدخل البلدة ليلاً.", "unknown asserts", false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			c := cs[0]
			got := "-"
			if c.Actor != nil {
				got = *c.Actor + " " + c.Stance
			}
			if got != tt.want {
				t.Errorf("%s: got %s, want %s (rules %v)", tt.text, got, tt.want, c.Rules)
			}
			if (len(c.Figures) > 0) != tt.figures {
				t.Errorf("%s: %d figures, want figures %v", tt.text, len(c.Figures), tt.figures)
			}
			if tt.want == "unknown unknown" && !slices.Contains(c.Rules, "stance:unknown_persons") {
				t.Errorf("%s: no stance:unknown_persons rule in %v", tt.text, c.Rules)
			}
		})
	}
}

// TestTollDoerNotKnownStance: a toll given beside saying who did it is not
// known ("دون أن يحدد الجهة") makes the stance "unknown" and carries
// claims.RuleTollDoerNotKnown; the figures stay. The same words without a
// toll carry the plain stance rule, and a toll of a named doer stays
// asserted. Sentences written for the test.
func TestTollDoerNotKnownStance(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, stance string
		rule         bool
	}{
		{"وأحصى المرصد مقتل خمسة مدنيين بقصف على السوق، دون أن يعرف أحد هوية مطلقي القذائف.", claims.StanceUnknown, true},
		{"وقال الدفاع المدني إن أربعة عمال قتلوا بقذائف سقطت على الورشة، ولم يستطع الدفاع تحديد مصدر القذائف.", claims.StanceUnknown, true},
		{"وسقطت قذائف على السوق، دون أن يحدد المرصد الجهة التي أطلقتها.", claims.StanceUnknown, false},
		{"وقتل خمسة مدنيين بقصف مدفعي للجيش التركي على القرية.", claims.StanceAsserts, false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var found bool
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"}) {
				if c.Actor == nil {
					continue
				}
				found = true
				if got := slices.Contains(c.Rules, claims.RuleTollDoerNotKnown); c.Stance != tt.stance || got != tt.rule {
					t.Errorf("%s: stance %s rule %v, want %s %v (rules %v)", tt.text, c.Stance, got, tt.stance, tt.rule, c.Rules)
				}
				if tt.rule && len(c.Figures) == 0 {
					t.Errorf("%s: the toll was lost (rules %v)", tt.text, c.Rules)
				}
				break
			}
			if !found {
				t.Fatalf("%s: no claim with an actor", tt.text)
			}
		})
	}
}
