package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCarriedWeapons: a weapon noun that names what a boat or ship
// carries ("زوارق صواريخ", "سفن الصواريخ") types no shelling; boats that
// fire, and rockets fired from them, still do.
func TestCarriedWeapons(t *testing.T) {
	x, _ := extractor(t)
	cases := []struct {
		text, pick string
		shelling   bool
	}{
		{"أفاد المرصد بأن زوارق صواريخ تابعة للبحرية غرقت في الميناء.", "زوارق", false},
		{"وذكر الناشطون أن سفن الصواريخ الراسية في المرفأ احترقت بالكامل.", "سفن", false},
		{"وقال المرصد إن غارات ضربت المرفأ ليلاً، موضحاً أن قطعاً بحرية وقوارب صواريخ احترقت عند الرصيف.", "قوارب", false},
		{"وأكد مصدر عسكري أن سفينة صواريخ أصيبت إصابة مباشرة قبالة الساحل.", "سفينة", false},
		{"وأطلقت البحرية صواريخ من زوارقها على الميناء.", "", true},
		{"وسقطت عدة صواريخ على أطراف الميناء مساء أمس.", "", true},
	}
	for _, tc := range cases {
		cs := x.Extract(claims.Article{ID: "t", Text: tc.text, Published: "2023-05-01"})
		c := pickClaim(cs, tc.pick)
		if c == nil {
			t.Errorf("%s: no claim", tc.text)
			continue
		}
		if got := c.EventType == claims.EventShelling; got != tc.shelling {
			t.Errorf("%s: type %s, want shelling=%v %v", tc.text, c.EventType, tc.shelling, c.Rules)
		}
	}
}
