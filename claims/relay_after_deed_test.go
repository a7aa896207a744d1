package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNoAddresseeAfterDeed: a party with the preposition لـ after an event
// word is the owner of what was struck ("مواقع للجيش السوري"), not a
// medium the speaker talked to; one right after the speaker still relays.
// Sentences written for the test.
func TestNoAddresseeAfterDeed(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, typ, via string
	}{
		{"ونفى التحالف الدولي قصف مواقع للجيش السوري قرب الميادين.", claims.EventAirstrike, ""},
		{"وأكد المرصد السوري استهداف نقاط للجيش السوري قرب مدينة صوران.", claims.EventAirstrike, ""},
		{"ونفت الوزارة شن غارات على مقرات للجيش الوطني في ريف حلب.", claims.EventAirstrike, ""},
		{"وقال مصدر عسكري لسانا إن الطائرات قصفت مواقع للمسلحين في ريف إدلب.", claims.EventAirstrike, "sana"},
		{"وقال مصدر عسكري في اتصال هاتفي لوكالة فرانس برس إن الطيران قصف مواقع للمسلحين.", claims.EventAirstrike, "afp"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-03-12"})
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			c := cs[0]
			via := ""
			if len(c.Via) > 0 {
				via = c.Via[0].ID
			}
			if c.EventType != tt.typ || via != tt.via {
				t.Errorf("got %s via %q, want %s via %q (%v)", c.EventType, via, tt.typ, tt.via, c.Rules)
			}
		})
	}
}

// TestLeaderNotAntecedent: "طائراته" after "التحالف الذي تقوده واشنطن"
// points to the coalition, not to the leader named in the relative
// clause; "مدفعيتها" after "القوات التي تدعمها أنقرة" is not Turkey's.
// Sentences written for the test.
func TestLeaderNotAntecedent(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وذكر التحالف الذي تقوده واشنطن أمس استهداف طائراته مقرا للتنظيم قرب هجين.", "coalition"},
		{"وقالت القوات التي تدعمها أنقرة في بيان إن مدفعيتها قصفت مواقع لقسد قرب منبج.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-03-12"})
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			got := ""
			if cs[0].Actor != nil {
				got = *cs[0].Actor
			}
			if got != tt.want {
				t.Errorf("actor %q, want %q (%v)", got, tt.want, cs[0].Rules)
			}
		})
	}
}
