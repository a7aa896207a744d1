package claims_test

import "testing"

// TestKillerBlamedOrLoyal: the subject of a verb of killing with counted
// victims is the doer also when the claim blames men it does not name
// ("مجموعات إرهابية قتلت ..."، in quotes or not: unknown, asserted) and
// when the men are named by the party they are loyal to ("ميليشيات
// موالية للنظام قتلت ..."). A party governed by another preposition, a
// denial and the passive of the dead name no doer. want lists "source
// stance actor" per claim. Sentences written for the test.
func TestKillerBlamedOrLoyal(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وذكرت سانا أن مجموعات إرهابية مسلحة قتلت سبعة عمال في المزرعة.", "sana asserts unknown"},
		{"وذكرت سانا أن «عصابات مسلحة» قتلت ثلاثة رعاة قرب البلدة.", "sana asserts unknown"},
		{"وقال المرصد إن عناصر موالية لقوات النظام قتلت ستة مزارعين قرب السد.", "sohr asserts syria_gov"},
		{"وقال المرصد إن مسلحين تابعين لتنظيم داعش أعدموا خمسة رعاة في البادية.", "sohr asserts isis"},
		// a denial's unnamed men are not its doer
		{"ونفى المرصد أن تكون مجموعات مسلحة قتلت المدنيين.", "sohr denies -"},
		// the dead, not the doers
		{"وقال المرصد إن مسلحين قتلوا في الاشتباك مع الجيش.", "sohr asserts -"},
	}
	assertClaimReadings(t, x, "2020-03-01", tests)
}
