package claims_test

import "testing"

// TestChargeDirected: a denial whose object is an accusation names the
// accused party after "إلى" or لـ ("نفت ... الاتهامات التي وجهها X إلى
// Y بـ..."), and the denier denies that that party did it; the accuser
// is not the doer. An accusation with no party after it, or one inside
// a complement ("نفى أن تكون الاتهامات ..."), names none. want lists
// "source stance actor" per claim. Sentences written for the test.
func TestChargeDirected(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ونفت موسكو الاتهامات التي وجهتها المعارضة إلى الطيران الروسي بقصف المستشفى.", "russia_government denies russia"},
		{"ونفت موسكو اتهامات المعارضة للطيران الروسي بقصف المستشفى.", "russia_government denies russia"},
		{"ونفت موسكو الاتهامات الموجهة إلى الطيران الروسي بقصف المستشفى.", "russia_government denies russia"},
		// a day between commas before the noun, the accuser's name in quotes
		{"ونفت أنقرة، اليوم الأحد، الاتهامات التي وجهتها «وحدات حماية الشعب» إلى الجيش التركي باستخدام الغاز في قصف القرية.", "turkey_government denies turkey; ypg asserts turkey"},
		// no party after the noun
		{"ونفى الجيش الاتهامات بقصف المستشفى.", "outlet denies -"},
		// the noun inside a complement: the denial is of the charge's truth
		{"ونفى الحزب أن تكون الاتهامات الموجهة إلى عناصره صحيحة.", "unidentified denies -"},
	}
	assertClaimReadings(t, x, "2020-03-01", tests)
}
