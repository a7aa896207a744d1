package reconcile

import "testing"

// TestDeniesTargetingCivilians checks the denials that an attack was aimed
// at civilians, in own words: the verbal noun and the verb in several
// persons, with and without a proclitic; a denial of a strike on a place
// is not one.
func TestDeniesTargetingCivilians(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وأكد القائد أن العملية لم تستهدف المدنيين إطلاقاً.", true},
		{"ونفى المتحدث استهداف المدنيين في الهجوم على البلدة.", true},
		{"وقال البيان: نحن لا نستهدف المدنيين في أي مكان.", true},
		{"وشدد على أن مقاتليه لم يستهدفوا المواطنين.", true},
		{"ونفى المصدر قصف البلدة بالمدفعية.", false},
		{"ونفى الجيش استهداف السوق الشعبي.", false},
	}
	for _, tt := range tests {
		if got := deniesTargetingCivilians(tt.text); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.text, got, tt.want)
		}
	}
}
