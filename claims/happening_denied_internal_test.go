package claims

import "testing"

// TestHappeningDenied: a negator before a verb of happening, undergoing
// or recording ("لم يُسجل"، "لم يقع"، "لم تتعرض") denies that a deed took
// place, so "أنه" before it is impersonal, not the speaker as the doer; a
// negated deed of the speaker ("لم تطلق") is not such a verb. Sentences
// written for the test.
func TestHappeningDenied(t *testing.T) {
	x := internalExtractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"وأكد أنه لم يُسجل أي هجوم على القاعدة", true},
		{"وأوضح أنه لم يقع أي قصف على البلدة", true},
		{"وقال إن المخيم لم يتعرض لأي غارة", true},
		{"وقال إنه لم يطلق أي قذيفة على البلدة", false},
		{"وأكد أنه سجل هجوماً على القاعدة", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d := x.analyze(Article{ID: "t", Text: tc.text})
			defer x.release(d)
			r := region{lo: 0, hi: len(d.toks)}
			if got := happeningDenied(d, r, func(int) bool { return true }); got != tc.want {
				t.Errorf("happeningDenied(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
