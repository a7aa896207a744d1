package claims_test

import "testing"

// TestStruckVerbNamesItsDoer: a verb of striking or destroying ("يضرب"،
// "تضرب"، "دمّرت") before what it struck names its subject as the doer; a bare army or
// service of a state's speaker is that state's. The bare "ضرب" counts as
// a verb only right after its subject; a quake that struck, and "تدمر" the
// city, name no doer. Each want is "source actor" of the first claim
// naming one. Sentences written for the test.
func TestStruckVerbNamesItsDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"الجيش الأمريكي يضرب مخازن سلاح لفصائل عراقية قرب الحدود", "outlet us"},
		{"إسرائيل تضرب مطاراً عسكرياً في ريف حمص", "outlet israel"},
		{"وقال المرصد إن الطيران الروسي دمر جسراً على الطريق الدولي.", "sohr russia"},
		{"وقال مصدر عسكري اليوم إن قطعات الجيش دمرت مقراً للمسلحين في ريف المدينة.", "syrian_army syria_gov"},
		{"وقال مصدر عسكري اليوم إن سلاح الجو ضرب تحصينات المسلحين في البادية.", "syrian_army syria_gov"},
		// No doer: a quake, the city of Palmyra.
		{"ضرب زلزال قوي مدينة ساحلية فجر اليوم.", "outlet -"},
		{"وتنتشر قوات النظام في محيط مدينة تدمر منذ سنوات.", "outlet -"},
	}
	checkPerpLines(t, x, tests)
}

// TestStruckVerbFirstAircraft: in verb-first order, a definite aircraft
// word with a state's adjective ("الطائرات الروسية"، "المسيّرات التركية")
// between a verb of destroying and what it destroyed is the verb's
// subject: the state is the doer, whoever tells it. Bare aircraft with no
// state, and a state's adjective on what was destroyed, name no doer.
// Sentences written for the test.
func TestStruckVerbFirstAircraft(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"دمرت الطائرات الروسية مخزنا للعتاد قرب البلدة، وفق المرصد السوري.", "sohr russia"},
		{"ضربت المسيرات التركية مقرا للمقاتلين الأكراد شرق المدينة، بحسب ما قال المرصد.", "sohr turkey"},
		{"وقال المرصد إن المروحية الحربية الروسية دمرت فجر اليوم جسرا قرب القرية.", "sohr russia"},
		// No state named with the aircraft.
		{"دمرت الطائرات مخزنا للعتاد قرب البلدة، وفق المرصد السوري.", "sohr -"},
	}
	checkPerpLines(t, x, tests)
}
