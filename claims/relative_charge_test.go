package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRelativeCharge checks that a relative clause with its own named
// accuser and a charge pointing back to the deed ("الصواريخ التي اتهمت
// أنقرة قسد بإطلاقها") is that accuser's claim with the accused as doer,
// while a relative clause inside another speaker's words stays theirs.
func TestRelativeCharge(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src, actor string
	}{
		{"the accuser of a relative clause",
			"وبخصوص الصواريخ التي اتهمت أنقرة قسد بإطلاقها على البلدة، فقد رفضت الأخيرة الاتهام.", "turkey_government", "sdf"},
		{"inside another speaker's words it stays theirs",
			"وقال المرصد إن الصواريخ التي اتهمت أنقرة قسد بإطلاقها سقطت في أرض زراعية.", "sohr", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			ok := false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-05-06"}) {
				got = append(got, c.Source.ID+":"+actorOrDash(c))
				if c.Source.ID == tt.src && (tt.actor == "" || actorOrDash(c) == tt.actor) {
					ok = true
				}
				if tt.actor == "" && c.Source.ID == "turkey_government" {
					ok = false
					break
				}
			}
			if !ok {
				t.Errorf("claims %v, want %s:%s", got, tt.src, tt.actor)
			}
		})
	}
}
