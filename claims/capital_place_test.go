package claims_test

import "testing"

// TestCapitalInPlaceNameIsNoSpeaker: a capital after a noun that makes it
// part of a place ("ريف دمشق"، "ضواحي أنقرة"، "جنوب بغداد") is where a
// body sits, not its government speaking; a capital that opens the clause
// still speaks for its government.
func TestCapitalInPlaceNameIsNoSpeaker(t *testing.T) {
	x, _ := extractor(t)
	const lead = "قصفت الطائرات بلدات في الريف الشرقي. "
	tests := []struct {
		text, part, notSource, source string
	}{
		{lead + "وكانت لجنة التنسيق في ريف دمشق قد أعلنت ظهراً سقوط 40 قتيلاً.", "40", "syria_government", ""},
		{lead + "وكان مكتب الإغاثة في غوطة دمشق قد ذكر مساءً أن 12 جريحاً نقلوا إلى النقاط الطبية.", "12", "syria_government", ""},
		{lead + "وكان مجلس محلي في ضواحي أنقرة قد أفاد بمقتل 3 أشخاص.", "3", "turkey_government", ""},
		{lead + "وكانت دمشق قد أعلنت في بيان مقتل 9 من عناصرها.", "9", "", "syria_government"},
	}
	for _, tt := range tests {
		c := claimHolding(t, x, tt.text, tt.part)
		if tt.notSource != "" && c.Source.ID == tt.notSource {
			t.Errorf("%q: source %s, want another speaker than the capital's government", tt.text, c.Source.ID)
		}
		if tt.source != "" && c.Source.ID != tt.source {
			t.Errorf("%q: source %s, want %s", tt.text, c.Source.ID, tt.source)
		}
	}
}
