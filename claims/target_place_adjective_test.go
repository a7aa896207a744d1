package claims_test

import "testing"

// TestAdjectiveAfterPlaceName checks that a relational adjective after a
// definite one-word place name, bare or in quotes, qualifies the head
// before the name ("مطار المزة العسكري" is a military airport), while
// after a definite body ("قاعدة التحالف الدولي") it stays the body's.
// Sentences written for the test; the first claim's target.
func TestAdjectiveAfterPlaceName(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقال مصدر عسكري إن صواريخ معادية سقطت فجراً على مطار المزة العسكري قرب العاصمة.", "military airport"},
		{"وذكرت الوزارة أن طائرتين قصفتا مطار \"الشعيرات\" العسكري بعدة صواريخ.", "military airport"},
		{"وقالت المصادر إن المسيّرات قصفت قاعدة التحالف الدولي شرق النهر.", "base"},
	})
}
