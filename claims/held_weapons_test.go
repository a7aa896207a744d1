package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestHeldWeaponsNotMeans: weapons a struck store held, also named with
// their kind ("صواريخ أرض-أرض"، "قذائف هاون"), are its contents, and
// the air defence units a strike hit are its target, not the means of the strike on it; the means named elsewhere
// in the clause decide the type.
func TestHeldWeaponsNotMeans(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		typ  string
	}{
		{"ذكر الناشطون أن الغارات أصابت مخازن لصواريخ أرض-أرض قرب الميناء.", claims.EventAirstrike},
		{"ذكر الناشطون أن الطائرات الحربية قصفت مخازن قذائف هاون في الثكنة.", claims.EventAirstrike},
		// air defence units struck are a target, not an interception
		{"ذكر الناشطون أن الغارات دمرت وحدات للدفاع الجوي غرب الميناء.", claims.EventAirstrike},
		{"ذكر الناشطون أن الدفاع الجوي تصدى لأهداف معادية فوق الميناء.", claims.EventInterception},
		// the kind of missile fired is still the means
		{"ذكر الناشطون أن المسلحين أطلقوا صواريخ أرض-أرض على البلدة.", claims.EventShelling},
		{"ذكر الناشطون أن المسلحين قصفوا الحي بقذائف وصواريخ.", claims.EventShelling},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-03-02"})
			for _, c := range cs {
				if c.EventType != claims.EventOther {
					if c.EventType != tt.typ {
						t.Errorf("%s: got %s %v, want %s", tt.text, c.EventType, c.Rules, tt.typ)
					}
					return
				}
			}
			t.Errorf("%s: no event claim", tt.text)
		})
	}
}
