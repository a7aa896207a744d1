package claims

import "github.com/riwaya/riwaya/claims/arabic"

// Work still going on to count or find something: "العمل جارٍ لتحديد
// عدد الضحايا"، "يجري حصر الخسائر البشرية"، "الجهود جارية لمعرفة
// حصيلة القصف". The source says it does not know yet what the work
// seeks: the toll or the doer (objectKind).
var (
	// ongoingHeads say that work is going on: the work as subject with
	// its participle, or a verb of going on before the seeking noun.
	ongoingHeads = newLexicon(words("ongoing", "العمل جار", "العمل جاري", "العمل جاريا", "العمل لا يزال جاريا",
		"العمل ما زال جاريا", "الجهود جارية", "الجهود لا تزال جارية", "يجري العمل على", "يجري العمل", "تجري",
		"يجري", "جار", "جاري", "ما زال العمل جاريا", "لا يزال العمل جاريا"))
	// seekingNouns are what the work does: count, determine, find out.
	seekingNouns = newLexicon(words("seeking", "تحديد", "لتحديد", "على تحديد", "حصر", "لحصر", "على حصر",
		"إحصاء", "لإحصاء", "على إحصاء", "معرفة", "لمعرفة", "التحقق من", "للتحقق من", "التأكد من", "للتأكد من",
		"تدقيق", "لتدقيق"))
)

// ongoingObjectAt reports what a statement that work is still going on
// to count or find something, starting at k, seeks: unknownToll,
// unknownDoer or "". The seeking noun follows the head directly (past a
// quotation mark) and what it seeks follows the noun, past at most two
// fillers ("بدقة"، "النهائي").
func ongoingObjectAt(d *doc, k, hi int) string {
	_, m, ok := ongoingHeads.at(d.toks, k)
	if !ok || negatedBefore(d, k, max(0, k-2)) {
		return ""
	}
	j := m.Last
	for j < hi && j < len(d.toks) && d.toks[j].IsQuote() {
		j++
	}
	if j >= hi || j >= len(d.toks) || d.toks[j].Kind != arabic.TokWord {
		return ""
	}
	_, sm, ok := seekingNouns.at(d.toks, j)
	if !ok || sm.Last > hi {
		return ""
	}
	return objectKind(d, skipLex(d, lackFillers, sm.Last, hi, 2), hi)
}
