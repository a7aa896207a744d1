package claims_test

import "testing"

// TestGunfireCauseIsNoGroup checks that gunfire named after a toll with ب
// ("برصاص"، "بإطلاق نار"، "بنيران") opens its cause: the shooters named
// after it are not the people counted, for counted nouns and bare ones
// ("قتيل وجريح"); a group named before the cause is kept.
func TestGunfireCauseIsNoGroup(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"bare nouns before firing by a patrol",
			"قتيلان وجريح بإطلاق نار مصدره دورية روسية في ريف درعا",
			[]string{"outlet killed unknown 2-2 exact", "outlet wounded unknown 1-1 exact"}},
		{"bare noun before fire of government forces",
			"جريحان بنيران قوات النظام في ريف حماة",
			[]string{"outlet wounded unknown 2-2 exact"}},
		{"group before the bullets",
			"مقتل ثلاثة مدنيين برصاص عناصر من حرس الحدود",
			[]string{"outlet killed civilians 3-3 exact"}},
	}
	assertFigureLines(t, x, tests)
}
