package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNegatedWithdrawalForms: the masculine plural present of "انسحب"
// and the first person plural past, negated ("لم ينسحبوا"، "ما انسحبنا"),
// deny a withdrawal like the feminine "لم تنسحب" does; the plain present
// tells of one. Sentences written for the test.
func TestNegatedWithdrawalForms(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text   string
		stance string
	}{
		{"وقال القائد الميداني: ما انسحبنا من أي موقع في ريف حماة.", claims.StanceDenies},
		{"وقالت مصادر محلية إن عناصر الفصائل لم ينسحبوا من قرية تل ملح.", claims.StanceDenies},
		{"وذكر المرصد أن عناصر التنظيم ينسحبون من قرى ريف دير الزور.", claims.StanceAsserts},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-05-01"})
		if len(cs) == 0 {
			t.Fatalf("%s: no claim", tt.text)
		}
		if c := cs[0]; c.EventType != claims.EventWithdrawal || c.Stance != tt.stance {
			t.Errorf("%s: %s %s, want withdrawal %s", tt.text, c.EventType, c.Stance, tt.stance)
		}
	}
}
