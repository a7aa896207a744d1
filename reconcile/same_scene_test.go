package reconcile

import "testing"

// TestSameSceneDeed checks the opener "وفي البلدة نفسها" before a deed: a
// turn to another incident at the same place, said outright; before a
// speaker it goes on with the scene told before. Sentences written for the
// test.
func TestSameSceneDeed(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وفي القرية نفسها، اغتال مسلحون مختاراً سابقاً قرب المسجد.", true},
		{"وفي المدينة ذاتها، انفجر لغم بسيارة مدنية عند المدخل الشمالي.", true},
		{"في الحي ذاته أصيب طفل برصاصة طائشة مساء الجمعة.", true},
		{"وفي القرية ذاتها، قال أحد المزارعين إن الأهالي خائفون.", false},
		{"وفي البلدة نفسها يقول السكان إن الكهرباء مقطوعة.", false},
		{"وفي البلدة قُتل رجلان بالقصف.", false},
		{"وفي الوقت نفسه، قصفت المدفعية التلال.", true}, // a meanwhile cue, as before
	}
	for _, tt := range tests {
		if got := opensWithTurn(tt.text); got != tt.want {
			t.Errorf("opensWithTurn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	separate := []struct {
		text string
		want bool
	}{
		{"وفي القرية نفسها، اغتال مسلحون مختاراً سابقاً قرب المسجد.", true},
		{"وفي القرية ذاتها، قال أحد المزارعين إن الأهالي خائفون.", false},
		{"وفي الوقت نفسه، قصفت المدفعية التلال.", false},
	}
	for _, tt := range separate {
		if got := opensWithSeparateIncident(tt.text); got != tt.want {
			t.Errorf("opensWithSeparateIncident(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
