package claims_test

import "testing"

// TestCarriedStatementRelay: "نقلت" relays without "عن" when its object
// is a statement carried with the party it belongs to ("نقلت الوكالة
// تصريحاً لمصدر عسكري ..."): that party speaks, the medium relays. With
// no statement noun the verb carries things, not words. want lists
// "source stance actor" per claim. Sentences written for the test.
func TestCarriedStatementRelay(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ونقلت وكالة سانا تصريحا لمصدر عسكري يؤكد فيه أن الطيران السوري دمر مقرات المسلحين.", "syrian_army asserts syria_gov"},
		{"وفي دمشق، نقلت الوكالة الرسمية (سانا) تصريحاً لمصدر عسكري أكد خلاله أن الطائرات السورية قصفت مقرات المسلحين.", "syrian_army asserts syria_gov"},
		// no statement noun: ambulances carry the wounded
		{"ونقلت سيارات الإسعاف الجرحى إلى المشفى الوطني.", "outlet asserts -"},
	}
	assertClaimReadings(t, x, "2018-02-05", tests)
}
