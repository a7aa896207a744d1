package claims_test

import "testing"

// TestDeniedOperation: a negated verb of carrying out with "أي" and a noun
// of an operation or a move ("لم تنفذ أي عملية عسكرية"، "لم نقم بأي
// تحرك") denies that the speaker's side did anything there; without "أي"
// the operation is one still to come. Sentences written for the test;
// want is source and stance of the claim holding part.
func TestDeniedOperation(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, part, want string }{
		{"وذكرت قوات سوريا الديمقراطية في بيانها أن وحداتها لم تنفذ أي عملية عسكرية قرب البلدة يوم الأحد.",
			"عملية", "sdf denies"},
		{"وقالت وزارة الدفاع التركية إن قواتها لم تقم بأي تحرك على الحدود خلال الليلة الماضية.",
			"تحرك", "turkey_mod denies"},
		{"وأكدت قسد أن مقاتليها لم ينفذوا أي تحركات أو عمليات في الريف الشرقي.",
			"تحركات", "sdf denies"},
		{"وقالت وزارة الدفاع التركية إن قواتها لم تنفذ العملية البرية بعد بانتظار الأوامر.",
			"العملية", "turkey_mod asserts"},
	}
	checkHoldingVoices(t, x, tests)
}

// TestStatementAsObject: "ما جاء في بيان ..." or "ما ورد في التقرير" after a
// verb of denial is what the speaker denies, not a new speaker: the claim
// stays the denier's. After a word of accordance ("وفق ما جاء في البيان")
// the statement is still a source. Sentences written for the test.
func TestStatementAsObject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, part, want string }{
		{"ونفت قوات سوريا الديمقراطية قطعياً ما جاء في بيان الفصائل عن قصف مدفعي على قرية قرب منبج.",
			"قصف", "sdf denies"},
		{"وكذبت وزارة الدفاع التركية ما ورد في التقرير عن غارة على مخيم للنازحين.",
			"غارة", "turkey_mod denies"},
	}
	checkHoldingVoices(t, x, tests)
}
