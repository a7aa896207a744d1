package claims_test

import "testing"

// TestResponseNamesOriginalDoer: a speaker telling what its own forces
// did after or in answer to a deed (deployed, raised readiness, cordoned,
// pursued) does not make them the deed's doer: when the content blames an
// unnamed doer for that deed, the actor is "unknown"; a response naming
// no other doer keeps the speaker's forces. Each want is "source actor"
// of the first claim naming one. Sentences written for the test.
func TestResponseNamesOriginalDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت وزارة الداخلية السورية إن وحداتها رفعت الجاهزية وانتشرت في أحياء المدينة بعد اعتداءات نفذها شبان غاضبون على المحال.", "syria_interior unknown"},
		{"وقال المتحدث باسم وزارة الدفاع السورية إن وحدات الجيش دخلت البلدة لملاحقة مسلحين هاجموا حاجزاً للشرطة.", "syria_mod unknown"},
		{"وأكدت وزارة الداخلية السورية أن قواتها فرضت طوقاً حول القرية عقب هجوم شنته مجموعات خارجة عن القانون على دورية.", "syria_interior unknown"},
		{"وذكر الناطق باسم وزارة الدفاع السورية أن قواتها انتشرت في الريف لملاحقة عناصر من الفلول هاجموا نقطة أمنية.", "syria_mod unknown"},
		// A response naming no other doer keeps the speaker's forces.
		{"وقالت وزارة الدفاع السورية إن قواتها ردت على مصادر النيران بعد سقوط قذائف على المدينة.", "syria_mod syria_gov"},
	}
	checkPerpLines(t, x, tests)
}
