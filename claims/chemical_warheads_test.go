package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestChemicalWarheads: rockets or warheads loaded with a chemical agent
// type the generic "قصف" as a shelling, however far they stand from it;
// a chemical agent dropped from the air stays an air strike.
func TestChemicalWarheads(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"واتهم ناشطون قوات النظام بقصف قرى في ريف حماة، فجر أمس الثلاثاء، بصواريخ محملة برؤوس كيميائية، فقتل العشرات اختناقا.",
			claims.EventShelling},
		{"وذكر مسعفون أن القصف الذي طال البلدة فجر الأربعاء جرى برؤوس كيماوية أطلقت من مواقع قريبة.",
			claims.EventShelling},
		{"وشنت طائرات حربية غارات على البلدة يوم الجمعة بقنابل تحمل غاز السارين.", claims.EventAirstrike},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-05-08"}) {
			got = append(got, c.EventType)
		}
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("%q: event types %v, want %s first", tt.text, got, tt.want)
		}
	}
}
