package claims_test

import "testing"

// TestBlamedDespiteUnclaimed: a claim that says no one claimed the deed
// and then, after "غير أن"/"إلا أن"/"لكن", lays the blame on a named party
// names that party; the head of a unit in a construct after the blame
// phrase ("فرع ..."، "جهاز ...") passes the blame to the party it names. A
// claim that only says no one claimed the deed, or whose blame names no
// party, keeps the doer unknown. Sentences written for the test; want is
// "stance actor" of the last claim.
func TestBlamedDespiteUnclaimed(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2022-05-01", true, []textWant{
		{"اغتيل مختار القرية برصاص قرب منزله. ولم تتبنَّ أي جهة اغتياله، غير أن الأهالي وجّهوا أصابع الاتهام إلى قوات النظام.", "asserts syria_gov"},
		{"اغتيل مختار القرية برصاص قرب منزله. ولم تعلن أي جماعة مسؤوليتها، لكن الأهالي وجّهوا أصابع الاتهام إلى تنظيم داعش.", "asserts isis"},
		{"اغتيل مختار القرية برصاص قرب منزله. ولم تتبنَّ أي جهة اغتياله، إلا أن الأهالي وجّهوا أصابع الاتهام إلى جهاز المخابرات الجوية.", "asserts syria_gov"},
		{"اغتيل مختار القرية برصاص قرب منزله. ولم تتبنَّ أي جهة اغتياله حتى ظهر اليوم.", "asserts unknown"},
		{"اغتيل مختار القرية برصاص قرب منزله. ولم تتبنَّ أي جهة اغتياله، غير أن الأهالي وجّهوا أصابع الاتهام إلى جهات مجهولة.", "asserts unknown"},
	}, stanceActor)
	checkClaimLine(t, x, "2022-05-01", true, []textWant{
		{"قتل شاب بعبوة في السوق. ووجّهت مصادر محلية أصابع الاتهام إلى فرع المخابرات الجوية.", "local_sources syria_gov"},
		{"قتل شاب بعبوة في السوق. ووجّهت مصادر محلية أصابع الاتهام إلى عناصر حزب الله.", "local_sources iran_backed"},
	}, sourceActor)
}
