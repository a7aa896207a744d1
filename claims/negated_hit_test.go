package claims_test

import (
	"testing"
)

// TestNegatedHitTarget checks that what a source says was not hit is not
// its characterisation of the target, while an exception or a correction
// in the same clause (إلا، سوى، بل) names what was. Sentences written for
// the test; the first claim's target.
func TestNegatedHitTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال مسؤول محلي إن القصف لم يصب أي منازل في القرية.", "-"},
		{"وأوضح المصدر أن الغارة لم تطل أية مدارس في البلدة.", "-"},
		{"وقال الناطق إن القذائف لم تصب موقعاً لقواتنا في الريف.", "-"},
		{"وقال المتحدث إن الغارات طالت مقاتلين، لكنها لم تصب أياً من المدنيين في القرية.", "fighters"},
		{"وأوضح المسؤول أن القصف لم يصب أياً من المنازل المأهولة.", "-"},
		{"وأكد المتحدث أن الطائرات لا تستهدف إلا مواقع المسلحين.", "positions and militants"},
		{"وأكد المتحدث أن الطائرات لم تستهدف سوى مقرات عسكرية للفصائل.", "military headquarters of armed factions"},
		{"وذكر سكان أن الصواريخ أصابت منازلهم في الحي، ولم تصب أي مقر للمسلحين.", "homes"},
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
