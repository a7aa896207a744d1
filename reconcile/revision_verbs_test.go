package reconcile

import "testing"

// TestRevisionVerbs: the verbs with which a toll climbs or is raised,
// lowered or corrected mark a revision, in any person and with و/ف; words
// that merely contain their letters do not.
func TestRevisionVerbs(t *testing.T) {
	tests := []struct {
		text       string
		rise, revd bool
	}{
		{"وصعدت حصيلة القتلى في المدينة إلى 14", true, true},
		{"ورفع المرصد حصيلته إلى 30 قتيلاً", true, true},
		{"وقفز عدد الضحايا إلى 50 خلال ساعات", true, true},
		{"وخفّضت الوزارة الحصيلة إلى 7 قتلى", false, true},
		{"فعدّل الدفاع المدني أرقامه ليصبح العدد 9", false, true},
		{"وأعلنت المديرية الحصيلة النهائية للقصف", false, true},
		{"وقتل 5 عناصر في هجوم على موقع مرتفع قرب البلدة", false, false},
		{"وأكد المصدر أن الرافعات نقلت الأنقاض", false, false},
	}
	for _, tt := range tests {
		if got := speaksOfRise(tt.text); got != tt.rise {
			t.Errorf("speaksOfRise(%q) = %v, want %v", tt.text, got, tt.rise)
		}
		if got := speaksOfRevision(tt.text); got != tt.revd {
			t.Errorf("speaksOfRevision(%q) = %v, want %v", tt.text, got, tt.revd)
		}
	}
}
