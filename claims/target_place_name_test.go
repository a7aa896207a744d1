package claims_test

import "testing"

// TestTargetPlaceName checks that a target word which opens a settlement's
// name ("مزرعة بيت جن" is a village) or a name set after a place noun
// ("بلدة مزرعة X") is not read as what was hit, while a farm in a town,
// or a field or crossing named as hit, still is. Sentences written for
// the test; the first claim's target.
func TestTargetPlaceName(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت مصادر إن مروحية أطلقت صاروخين باتجاه مزرعة بيت جن فجر اليوم.", "-"},
		{"وقالت مصادر إن مروحية قصفت سيارة قرب مزرعة بيت جن.", "vehicle"},
		{"وأفاد ناشطون بأن القذائف سقطت على أطراف بلدة مزرعة الزيتون في الريف.", "-"},
		{"وأفاد ناشطون بأن القذائف أصابت مزرعة في البلدة وقتلت راعياً.", "farm"},
		{"وقالت الوكالة إن المسيرة استهدفت مزرعة دواجن قرب القرية.", "poultry farm"},
	}
	checkFirstTargets(t, x, tests)
}
