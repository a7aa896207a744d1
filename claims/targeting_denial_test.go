package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNegatedTargeting: a negated verb of targeting denies; an exception
// after it ("لا تستهدف إلا ...") tells what is targeted. "نرفض" with an
// accusation denies, and the accusation's adjective is not the doer.
func TestNegatedTargeting(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text   string
		stance string
		actor  string // "-" when it must not be the given party
	}{
		{"قصفت المدفعية قرية تل رفعت. وقال المتحدث باسم قسد: نحن نرفض الاتهامات الروسية، وقواتنا لا تستهدف الأحياء السكنية.", claims.StanceDenies, "-russia"},
		{"قصفت المدفعية قرية تل رفعت. وقال متحدث باسم الوزارة التركية إن وحداتها لا تستهدف سوى تجمعات المسلحين.", claims.StanceAsserts, ""},
	}
	for _, tt := range tests {
		t.Run(tt.stance, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			last := cs[len(cs)-1]
			if last.Stance != tt.stance {
				t.Errorf("%s: stance %s %v, want %s", last.Text, last.Stance, last.Rules, tt.stance)
			}
			if tt.actor != "" && last.Actor != nil && "-"+*last.Actor == tt.actor {
				t.Errorf("%s: actor %s %v", last.Text, *last.Actor, last.Rules)
			}
		})
	}
}
