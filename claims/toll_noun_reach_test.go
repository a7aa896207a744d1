package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRaisedTollKeepsItsRaiser: a body that raises or lowers a toll
// ("رفع المرصد حصيلة ضحايا هجوم التنظيم ...") speaks it; the party named
// after the victims and the deed is the doer counted, not a source the
// body relays. A source right after the toll noun still gives the toll.
// Sentences written for the test.
func TestRaisedTollKeepsItsRaiser(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"observatory raises the toll of a group's attack",
			"رفع المرصد السوري لحقوق الإنسان حصيلة قتلى هجوم داعش في القرية إلى 40 مدنياً.", "sohr"},
		{"observatory raises the toll of the group's storming",
			"رفع المرصد حصيلة الضحايا في اقتحام التنظيم للبلدة إلى 25 مدنياً.", "sohr"},
		{"civil defence raises the toll of an SDF attack",
			"رفع الدفاع المدني حصيلة ضحايا هجوم قوات سوريا الديمقراطية على السوق إلى 12.", "white_helmets"},
		{"network lowers the toll of a militia raid",
			"خفضت الشبكة السورية حصيلة قتلى هجوم الميليشيات الإيرانية على المزرعة إلى ستة.", "snhr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-03-01"}) {
				if len(c.Figures) > 0 {
					got = append(got, c.Source.ID)
				}
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("sources of the toll %v, want %s", got, tt.want)
			}
		})
	}
}
