package claims_test

import "testing"

// TestOwnTollGroups: a party counting "our fighters", "our soldiers"
// counts its own force, whose group follows from who speaks; another
// speaker's toll keeps the group its words give. Sentences written for the
// test.
func TestOwnTollGroups(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وذكرت قسد في بيان مقتضب: قتل أربعة من مقاتلينا خلال صد الهجوم على الحاجز.", "sdf"},
		{"وأعلنت وزارة الدفاع السورية في بيانها: استشهد ثلاثة من جنودنا في الاعتداء على النقطة.", "syrian_army"},
		{"وقال المرصد السوري إن أربعة من المقاتلين قتلوا في الهجوم على الحاجز.", "fighters"},
	}
	checkFirstGroups(t, x, tests)
}
