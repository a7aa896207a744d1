package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestStandsBehindSubject: the party named before "يقف/تقف وراء" is the
// actor; sentences written for the test.
func TestStandsBehindSubject(t *testing.T) {
	x, _ := extractor(t)
	tests := []namedActorCase{
		{"وأكد مصدر في الشرطة أن خلية تابعة لتنظيم داعش تقف وراء تفجير العبوة قرب الجسر.", "isis"},
		{"وقال ناشط إن مجموعة تابعة لقوات النظام تقف وراء اغتيال المختار في البلدة.", "syria_gov"},
		// No party before the cue: none is named.
		{"وقال ناشط إن أحداً لا يعلم من يقف وراء اغتيال المختار في البلدة.", "-"},
	}
	assertNamedActor(t, x, tests)
}

// namedActorCase is a text written for a test and the party its claims
// name as the doer ("-" for none).
type namedActorCase struct{ text, want string }

// assertNamedActor extracts each case's text and compares the last actor
// its claims name, other than "unknown", with the case's want.
func assertNamedActor(t *testing.T, x *claims.Extractor, tests []namedActorCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				if c.Actor != nil && *c.Actor != "unknown" {
					got = *c.Actor
				}
			}
			if got != tt.want {
				t.Errorf("%s\nactor %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}
