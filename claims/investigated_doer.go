package claims

import "github.com/riwaya/riwaya/claims/arabic"

// Who did it is under investigation: "الأجهزة المختصة تحقق في هوية
// منفذي التفجير"، "فتحت تحقيقاً لكشف هوية الفاعلين"، "التحقيقات جارية
// لمعرفة من يقف خلف الهجوم". Weaker than a statement that the doer is not known: the
// organisation may be named while its men are sought, so the cue only
// leaves the doer unknown when the claim names no one (see actor).
var (
	investigationWords = newLexicon(words("inquiry", "تحقيق", "تحقيقا", "التحقيق", "تحقيقات", "التحقيقات",
		"تحقيقاتها", "تحقيقاته", "=تحقق", "=يحقق", "=تحققان", "=يحققون", "تحريات", "التحريات", "=تتحرى", "=يتحرى",
		"البحث", "=تبحث", "=يبحث", "=تلاحق"))
	// inquiryLinks may stand between the inquiry and what it seeks: "جارية
	// لمعرفة"، "في هوية"، "لكشف هوية"، "للوقوف على ملابسات".
	inquiryLinks = newLexicon(words("link", "في", "جارية", "جار", "مستمرة", "متواصلة", "لمعرفة", "لتحديد", "لكشف",
		"للكشف عن", "للكشف", "عن", "للوقوف على", "للتعرف على", "لتحديد هوية", "لمعرفة هوية", "لكشف هوية", "هوية",
		"بشأن", "حول", "بهدف", "من أجل", "معرفة", "تحديد", "كشف", "ما زالت", "لا تزال", "تتواصل", "يتواصل"))
	// inquiryObjects are what an inquiry into the doer seeks: the doer
	// words (doerWords) and the circumstances of the deed.
	inquiryObjects = newLexicon(words("sought", "الجهة", "الجهات", "منفذي", "المنفذين", "المنفذ",
		"الفاعلين", "الفاعل", "الجناة", "المهاجمين", "مرتكبي", "المتورطين", "الجهة المسؤولة", "من يقف وراء",
		"من يقف خلف", "من يقفون وراء", "المسؤولين عن"))
)

// doerInquiryIn reports whether the region tells that who did it is
// being sought (see investigationWords).
func (x *Extractor) doerInquiryIn(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if in(k) && doerInquiryAt(d, k) {
			return true
		}
	}
	return false
}

// doerInquiryAt reports whether an inquiry word at k seeks, within a few
// linking words, the doer or the circumstances of the deed.
func doerInquiryAt(d *doc, k int) bool {
	_, m, ok := investigationWords.at(d.toks, k)
	if !ok {
		return false
	}
	if negatedBefore(d, k, max(0, k-2)) {
		return false // "لم تحقق": no inquiry
	}
	for j, n := m.Last, 0; j < len(d.toks) && n < 4; n++ {
		t := d.toks[j]
		if t.IsQuote() {
			j++
			continue
		}
		if t.Kind != arabic.TokWord {
			return false
		}
		if _, _, ok := inquiryObjects.at(d.toks, j); ok {
			return true
		}
		_, lm, ok := inquiryLinks.at(d.toks, j)
		if !ok {
			return false
		}
		j = lm.Last
	}
	return false
}
