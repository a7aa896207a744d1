package claims_test

import "testing"

// TestEffortIsNoTarget checks that "على" after a verb of working at,
// keeping to or agreeing to ("يعمل على"، "حرص على"، "وافق على") names no
// target, while a strike's "على" in the same claim still does. Sentences
// written for the test; the target of the last claim.
func TestEffortIsNoTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال المعلق إن القناص قتل الرجل لأنه ظل يعمل على بناء خلية للتجسس هناك.", "-"},
		{"وقال المصدر إن الجيش حرص على إبعاد الأهالي قبل أن تقصف مدفعيته مقرات للتنظيم.", "headquarters of militants"},
		{"وأكد المرصد أن طائرات حربية ألقت براميل على منازل المدنيين بأطراف القرية.", "civilian homes"},
	}
	for _, tt := range tests {
		if got := lastTarget(x, tt.text); got != tt.want {
			t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestComingAttacksNoTarget checks that what attacks yet to come or only
// possible might hit ("هجمات محتملة على ..."، "ضربات مقبلة على ...") is no
// target of the deed told, while a place the strike hit stays one.
// Sentences written for the test; the target of the last claim.
func TestComingAttacksNoTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال البيان إن الضربة تحبط هجمات محتملة على المدنيين في المنطقة.", "-"},
		{"وذكر المتحدث أن العملية أفشلت ضربات مقبلة على الأحياء السكنية.", "-"},
		{"وقال البيان إن الغارة استهدفت مقرا للتنظيم كان يخطط منه لهجمات مقبلة على القرى.", "headquarters of militants"},
	}
	for _, tt := range tests {
		if got := lastTarget(x, tt.text); got != tt.want {
			t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
		}
	}
}
