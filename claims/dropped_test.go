package claims_test

import "testing"

// TestDroppedMunitionNamesItsDoer: a verb of dropping ("ألقت"، "ألقتا"،
// "يلقي") with a munition after it, even past a time or a dash between two
// days ("ألقت بعد منتصف ليل الجمعة - السبت صاروخين"), is an air strike
// whose subject is its doer; an arrest ("ألقت القبض") and leaflets are
// not. Each want is "source actor" of the first claim naming one, or the
// event type. Sentences written for the test.
func TestDroppedMunitionNamesItsDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال المرصد إن طائرة روسية ألقت قنابل عنقودية على أطراف البلدة.", "sohr russia"},
		{"وكانت مقاتلة روسية قد ألقت عقب منتصف ليل الجمعة - السبت صاروخين على مستوصف في القرية.", "outlet russia"},
		{"وأفاد الدفاع المدني بأن طائرتين حربيتين إسرائيليتين ألقتا حمولتهما على مستودع قرب المطار.", "white_helmets israel"},
		{"وألقت الشرطة القبض على ثلاثة مشتبهين في البلدة.", "outlet -"},
	}
	checkPerpLines(t, x, tests)
}
