package claims_test

import "testing"

// TestGroupWordsGirlsMercenariesArmy: girls, boys and schoolgirls counted
// in a toll are civilians; "مرتزق" in any number (the word Kurdish and
// opposition outlets use for the enemy's men) counts fighters; the state's
// full name of its army ("الجيش العربي السوري") counts the Syrian army.
// Sentences written for the test.
func TestGroupWordsGirlsMercenariesArmy(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قتلت ثلاث فتيات بقصف مدفعي على قرية قرب عين عيسى.", "civilians"},
		{"أصيبت خمس طالبات بجروح جراء سقوط قذيفة قرب مدرستهن.", "civilians"},
		{"قتل صبيان اثنان بانفجار لغم في ريف درعا.", "civilians"},
		{"وتمكنت قواتنا من قتل 14 مرتزقاً خلال الاشتباكات.", "fighters"},
		{"قتل ثلاثة جنود من الجيش العربي السوري بهجوم قرب تدمر.", "syrian_army"},
	}
	checkFirstGroups(t, x, tests)
}
