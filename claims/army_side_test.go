package claims_test

import "testing"

// TestArmySideGroups: bare soldiers counted in a claim that names the
// Syrian army as the side hit are that army's men; with another armed side
// named or counted beside them, or no side named, they stay of no known
// side. Sentences written for the test.
func TestArmySideGroups(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		// a strike on the army's positions
		{"وقال المرصد السوري إن تسعة عسكريين قتلوا بقصف جوي طال مواقع الجيش السوري قرب البلدة.", "syrian_army"},
		// the army's positions named with ل after an adjective
		{"وأفاد ناشطون بمقتل ستة جنود في غارات ضربت مواقع عسكرية للجيش في ريف المدينة.", "syrian_army"},
		// the army's men named before the count
		{"وذكرت مصادر محلية أن هجوماً استهدف عناصر الجيش عند الحاجز، وقتل خمسة جنود.", "syrian_army"},
		// both sides' men counted: no side
		{"وقال المرصد السوري إن سبعة جنود وعشرة مسلحين قتلوا في هجوم على مواقع الجيش السوري.", "unknown"},
		// another armed side named beside the army: no side
		{"وقال المرصد السوري إن ستة جنود قتلوا في اشتباكات قرب مواقع الجيش مع قوات سوريا الديمقراطية.", "unknown"},
		// no side named at all
		{"وقال المرصد السوري إن أربعة جنود قتلوا في انفجار قرب الطريق.", "unknown"},
		// another state's army named as the one hit
		{"وقال المرصد السوري إن ثلاثة جنود قتلوا في هجوم على مواقع الجيش التركي قرب الحدود.", "unknown"},
	}
	checkFirstGroups(t, x, tests)
}
