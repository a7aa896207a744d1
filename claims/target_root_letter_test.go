package claims_test

import (
	"testing"
)

// TestTargetRootInitialAdjective checks that an adjective whose first
// root letter is ب ك or ل qualifies the noun before it, although the
// tokenizer could read that letter as a preposition, and that a real
// proclitic before an adjective still stops it. Sentences written for the
// test; the first claim's target.
func TestTargetRootInitialAdjective(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال المرصد إن الصواريخ سقطت على مركز بحثي في ريف المدينة.", "research centre"},
		{"وذكرت الوكالة أن الغارة أصابت مراكز بحثية تابعة للجامعة.", "research centres"},
		{"وقال ناشطون إن الطائرات قصفت مستودعات كيميائية قرب المطار.", "chemical depot"},
		{"وأفاد مصدر بأن المسيرة استهدفت مستودعاً نفطياً شرق البلدة.", "oil depot"},
		{"وأضاف البيان أن الضربة دمرت مواقع لوجستية للميليشيات.", "logistics positions of militias"},
		{"وقال المتحدث إن القصف طال مركزاً بلدياً وسط القرية.", "municipal centre"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := firstTarget(x, tt.text)
			if got != tt.want {
				t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
