package claims_test

import "testing"

// TestUnnamedHeadAfterParty: an unnamed doer with its own head noun
// ("المجموعات الإرهابية المسلحة") right after a party's name is not that
// party's adjective: "حمّلت دمشق المجموعات ..." is the accuser and then
// the unnamed accused. A single adjective after a party ("تنظيم داعش
// الإرهابي") still is. want lists "source stance actor" per claim.
// Sentences written for the test.
func TestUnnamedHeadAfterParty(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وحملت دمشق المجموعات الإرهابية المسلحة مسؤولية تفجير السيارة.", "syria_government asserts unknown"},
		{"وحمّلت الحكومة السورية العصابات الإرهابية مسؤولية الانفجار قرب المصرف.", "syria_government asserts unknown"},
		{"واتهمت السلطات السورية مجموعات إرهابية بتنفيذ التفجير قرب الجامع.", "syria_government asserts unknown"},
		{"وتبنى تنظيم داعش الإرهابي التفجير.", "isis asserts isis"},
	}
	assertClaimReadings(t, x, "2012-05-01", tests)
}
