package claims_test

import (
	"testing"
)

// TestDoerUnknownReach: further ways of saying who did it is not known,
// each giving actor "unknown": a verb of finding out whose object, the
// doer, comes after fillers of manner and time ("بشكل مؤكد") or after "إلى"
// ("لم تتوصل إلى هوية"); the members of a cell as the doer; a party that
// "stands behind" it as a relative clause; a predicate of not settled or
// not confirmed; a statement that does not make clear who did it; and
// "مصدرها" pointing back to fire named before. The stance is "unknown",
// with a toll too (its toll still counts, RuleTollDoerNotKnown), unless the
// claim only leaves the doer unnamed ("دون أن يوضح"). A bare
// report of fire names no doer and says nothing of not knowing one, and
// "not confirmed" of a report ("أنباء غير مؤكدة") is not said of the doer.
// Sentences written for the test.
func TestDoerUnknownReach(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2021-04-01", false, []textWant{
		{"وأقر المتحدث بأن قواته لا تعرف بشكل مؤكد حتى الآن هوية أفراد الخلية التي تسللت.", "unknown unknown"},
		{"وأفادت الشرطة بأن التحريات لم تتوصل إلى هوية القتلة حتى اليوم.", "unknown unknown"},
		{"وذكر ضابط في الشرطة أن الجهة التي تقف خلف قصف المخبز ما زالت مجهولة.", "unknown unknown"},
		{"وأكد الناشط أن هوية من أطلق القذائف على الحي ليست محسومة بعد.", "unknown unknown"},
		{"وقالت البلدية إن هوية من قتل الحارس غير مؤكدة حتى الآن.", "unknown unknown"},
		{"وقالت مسعفة إن قذائف سقطت على السوق وأصابت خمسة أشخاص، ولم تتمكن من تحديد مصدرها.", "unknown unknown"},
		{"وقال المصدر إن الدورية تعرضت لإطلاق نار قرب البلدة.", "asserts -"},
		// "غير مؤكدة" of a report, not of the doer
		{"وقال ناشطون إن الجهة المنفذة هي قوات النظام وفق أنباء غير مؤكدة.", "asserts syria_gov"},
	}, stanceActor)
	checkClaimLine(t, x, "2021-04-01", true, []textWant{
		{"وأعلنت الوزارة مقتل ثلاثة مدنيين بالرصاص، دون أن يوضح بيانها الجهة المسؤولة عن قتلهم.", "asserts unknown"},
	}, stanceActor)
}

// TestAffiliationInQuestion: a source that says it has not settled
// whether the attacker belongs to a party ("هل هو منتسب إلى ...")
// names that party in the stance of not knowing; a question that names no
// party leaves the doer unnamed. Sentences written for the test; want is
// the last claim's stance and actor.
func TestAffiliationInQuestion(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2021-04-01", true, []textWant{
		{"وذكرت الداخلية السورية في بيانها أن مهاجماً قتل جنديين، ولم يتبين بعد هل هو منتسب إلى تنظيم داعش.", "unknown isis"},
		{"وأفاد المسؤول بأن مسلحاً أطلق النار على الحاجز، ولم تحسم التحقيقات إن كان الرجل تابعاً لداعش.", "unknown isis"},
		{"وذكرت الداخلية السورية في بيانها أن مهاجماً قتل جنديين، ولم يتضح هل تصرف الرجل بمفرده.", "unknown -"},
		// the bare head points back to the organisation named before
		{"وتبنى تنظيم داعش هجمات سابقة في البادية. وذكرت الداخلية السورية أن مهاجماً قتل جنديين، ولم تحسم هل هو منتسب إلى التنظيم.", "unknown isis"},
	}, stanceActor)
}

// TestIdentityAfterUntil: a phrase of time opened by "حتى", with a date's
// commas and numbers, may stand between "لم تعرف" and the identity of the
// doer; the toll, or a contrast, on the way leaves the doer as it was.
// Sentences written for the test.
func TestIdentityAfterUntil(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2021-04-01", false, []textWant{
		{"ولم تعرف حتى ساعة متأخرة من ليل السبت، الموافق 3 من الشهر، هوية الجناة أو دوافعهم.", "unknown unknown"},
		{"ولم تعرف حتى مساء أمس حصيلة القتلى، بينما هوية المهاجمين باتت معروفة.", "unknown -"},
	}, stanceActor)
}
