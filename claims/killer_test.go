package claims_test

import "testing"

// TestKillerSubject checks that a party named as the subject of an active
// verb of killing, with the people killed as its object, is the doer, and
// that the passive (no object) or a place before the verb names no one.
func TestKillerSubject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"subject before the verb",
			"وذكر المرصد أن قوات النظام قتلت أربعة مدنيين عند أطراف القرية.", "syria_gov"},
		{"verb before the subject",
			"وقتل الطيران الروسي سبعة مدنيين في غارة على السوق، وفق المرصد.", "russia"},
		{"members of a service",
			"وقال المرصد إن عناصر من المخابرات الجوية أعدموا ثلاثة شبان قرب الحاجز.", "syria_gov"},
		{"the passive has no object",
			"وقال المرصد إن مسلحين من الفرقة الرابعة قتلوا فجر أمس.", "-"},
		{"a capital as a place is no subject",
			"وقال المرصد إن الغارات التي طالت بلدة قرب دمشق قتلت ثمانية مقاتلين.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actorOfSource(x, tt.text, "2019-05-06", "sohr")
			if got != tt.want {
				t.Errorf("actor = %q, want %q", got, tt.want)
			}
		})
	}
}
