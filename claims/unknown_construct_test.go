package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnknownConstructDoer: the construct forms of the plural and dual of
// "مجهول" before "الهوية" ("مجهولو الهوية"، "مجهولي الهوية"، "مجهولا الهوية")
// name unknown people as the doer of an attack, alone or after a head noun
// ("أشخاص"، "مسلحين"), as the bare plural does. The unknown dead and hurt
// ("جثث ... مجهولي الهوية"، "قتلى مجهولو الهوية") are not the doers, and a
// bare "مجهولا" is not a person. Sentences written for the test.
func TestUnknownConstructDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وأطلق مجهولو الهوية النار على دورية للشرطة عند مدخل البلدة.", "unknown"},
		{"وانفجرت عبوة زرعها أشخاص مجهولو الهوية تحت سيارة ضابط.", "unknown"},
		{"وقتل شاب برصاص مسلحين مجهولي الهوية في ريف المدينة.", "unknown"},
		{"واختطف مسلحان مجهولا الهوية تاجرا من سوق البلدة.", "unknown"},
		{"وهاجم مجهولي الهوية حاجزاً للجيش قرب الجسر ليلاً.", "unknown"},
		{"وعثرت فرق الدفاع المدني على جثث ثلاثة أشخاص مجهولي الهوية قرب النهر.", "-"},
		{"وسقط قتلى مجهولو الهوية بقصف على سوق الحي.", "-"},
		{"وأصيب جرحى مجهولو الهوية بانفجار قرب المخبز.", "-"},
	}
	assertFirstClaimActor(t, x, tests)
}

// TestResumptiveVerbNotOwn: a verb of carrying out an attack whose object
// pronoun stands for the attack ("نفذها"، "شنه") in a relative clause
// whose subject after it is unknown people does not make the attack the
// speaking ministry's own; those people are the doer. A noun with the
// speaker's pronoun ("غاراتها") still is. Sentences written for the test.
func TestResumptiveVerbNotOwn(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قالت الداخلية السورية إن بلدة قرب حمص عرفت ليلاً هجوماً بالرصاص نفذها مجهولون على مطعم.", "unknown"},
		{"ذكرت الداخلية السورية في بيان أن مقهى بريف حماة تعرض لهجوم بالرصاص نفذه أشخاص مجهولو الهوية ليل الجمعة.", "unknown"},
		{"وقالت الدفاع الروسية في بيانها إن غاراتها دمرت مستودعاً للذخيرة قرب إدلب.", "russia"},
	}
	assertFirstClaimActor(t, x, tests)
}

// assertFirstClaimActor checks the actor of the first claim of each text
// ("-" for none); a text with no claim fails.
func assertFirstClaimActor(t *testing.T, x *claims.Extractor, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			if cs[0].Actor != nil {
				got = *cs[0].Actor
			}
			if got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// assertClaimReadings extracts each test text as an article published on
// the given day and compares its claims, read as "source stance actor"
// and joined by "; ", with want ("-" for no actor).
func assertClaimReadings(t *testing.T, x *claims.Extractor, published string, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: published})
			var got []string
			for _, c := range cs {
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				got = append(got, c.Source.ID+" "+c.Stance+" "+a)
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
