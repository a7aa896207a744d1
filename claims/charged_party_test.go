package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestChargeOfThePartysEvent: a charge that points back to a deed, made
// after the article has told an attack of unknown doers, belongs to the
// event the accused party was said to carry out earlier in the article,
// with that event's type and places; with no earlier deed of the party it
// stays with the attack told last. Sentences in our own words.
func TestChargeOfThePartysEvent(t *testing.T) {
	x, _ := extractor(t)
	shelling := "قصفت قوات النظام بالمدفعية صباح اليوم بلدة سرمين شرق إدلب. "
	other := "وفي حمص، استهدفت طائرة مسيرة مجهولة حاجزاً قرب تدمر. "
	tests := []struct {
		name, text, wantType string
	}{
		{"charge goes back to the party's shelling", shelling + other + "وحمّل الائتلاف السوري المعارض قوات الأسد المسؤولية عن سقوط الضحايا.", "shelling"},
		{"no earlier deed of the party", other + "وحمّل الائتلاف السوري المعارض قوات الأسد المسؤولية عن ذلك.", "drone_attack"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01", Outlet: "outlet"}) {
				if c.Source.ID == "syrian_coalition" {
					got = string(c.EventType)
				}
			}
			if got != tt.wantType {
				t.Errorf("%s: coalition claim type %q, want %q", tt.text, got, tt.wantType)
			}
		})
	}
}
