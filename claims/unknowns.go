package claims

import (
	"github.com/riwaya/riwaya/claims/arabic"
)

// What a source says it does not know.
//
// Outlets say in many ways that the toll or the doer is not known, and
// the words of not knowing are often apart from what is not known:
//
//   - a lack of information, with the holder, a time or "any" in between:
//     "ليست لدينا بعد أي أرقام عن القتلى", "لا نملك
//     بيانات حول المنفذين", "ليست لدينا أي تفاصيل حول الخسائر";
//   - a verb of becoming clear or known, negated, before or after what is
//     not known: "لم تتضح بعد نتائج الغارات", "دون أن يتضح حجم
//     الدمار والخسائر", "حصيلة الضحايا لم تعرف بعد", "مدى الخسائر غير واضح";
//   - too early to speak of it: "من السابق لأوانه الحديث عن المنفذين".
//
// What follows (or, for a predicate, precedes) the words of not knowing
// decides what is not known: the toll (tollObjects) or the doer
// (doerWords, doerFirstWords). A toll not known leaves the doer as the
// claim puts it: "شنت طائرات روسية غارات لم تتضح نتائجها" names Russia.

// Kinds of what is not known.
const (
	unknownToll = "toll"
	unknownDoer = "doer"
)

var (
	// lackHeads say that the source has no information: "لا توجد"، "لا
	// تتوفر"، "لا تملك"، "ليس لدينا"، "لم ترد".
	lackHeads = newLexicon(words("lack", "لا توجد", "لا يوجد", "لم توجد", "لا تتوفر", "لا يتوفر", "لم تتوفر", "لم يتوفر",
		"لا تتوافر", "لا يتوافر", "لم تتوافر", "لم يتوافر", "لم ترد", "لم يرد", "لا ترد", "لا تملك", "لا يملك", "لا نملك",
		"لا أملك", "لم تصدر", "لم يصدر", "ليس لدينا", "ليست لدينا", "ليس لديه", "ليس لديها", "ليست لديه", "ليست لديها",
		"ليس هناك", "ليست هناك", "لا", "دون", "بدون", "من دون", "غياب", "في غياب", "في ظل غياب", "عدم توفر", "عدم وجود"))
	// infoNouns are what the source lacks: information, details, figures.
	infoNouns = newLexicon(words("info", "معلومات", "معلومة", "تفاصيل", "بيانات", "إحصائية", "إحصائيات", "إحصاءات",
		"أرقام", "معطيات", "حصيلة", "حصيلة رسمية"))
	// lackFillers stand between the lack and what is lacking: the holder,
	// a time, "any", "precise".
	lackFillers = newLexicon(words("filler", "لدينا", "لديه", "لديها", "لديهم", "عندنا", "حتى الآن", "حتى اللحظة", "حتى الساعة",
		"بعد", "الآن", "حاليا", "حالياً", "في الوقت الحالي", "في هذا الوقت", "أي", "اي", "أية", "دقيقة", "مؤكدة", "رسمية",
		"واضحة", "كافية", "مفصلة", "جديدة", "إضافية", "عن", "حول", "بشأن", "بخصوص", "حيال", "ب"))
	// unclearWords say that something has not become clear or known; what
	// is not known follows them ("لم تتضح نتائجها") or comes before them
	// ("الخسائر غير واضحة").
	unclearWords = newLexicon(words("unclear", "لم تتضح", "لم يتضح", "لا تتضح", "لا يتضح", "دون أن تتضح", "دون أن يتضح",
		"من دون أن تتضح", "من دون أن يتضح", "قبل أن تتضح", "لم تتبين", "لم يتبين", "لم تعرف", "لم يعرف", "لا يعرف",
		"لا تعرف", "لا يعرفون", "لا نعرف", "لم يعرفوا", "لم نعرف", "لا يعلم", "لم يعلم", "لم تعلم", "لم تحدد", "لم يحدد", "لم تعلن", "لم يعلن", "لم تكشف", "لم يكشف",
		"دون أن تكشف", "دون أن يكشف", "دون الكشف عن", "دون تحديد", "دون ذكر", "لم تذكر", "لم يذكر", "لم تتمكن من معرفة",
		"لم يتمكن من معرفة", "لم يتسن معرفة", "لم يتسن تحديد", "يصعب تحديد", "من الصعب تحديد", "يتعذر تحديد", "تعذر تحديد",
		"من المبكر الحديث عن", "من المبكر تحديد", "من السابق لأوانه الحديث عن", "من السابق لأوانه تحديد",
		"غير واضح", "غير واضحة", "غير معروف", "غير معروفة", "غير محدد", "غير محددة", "مجهول", "مجهولة", "مجهولا",
		"مجهولاً", "غامض", "غامضة", "غامضا", "غامضاً", "قيد التحقق", "قيد الإحصاء", "قيد الحصر"))
	// tollObjects name the toll, the losses or the results of an attack.
	tollObjects = newLexicon(words(unknownToll, "حصيلة", "حصيلتها", "حصيلته", "الخسائر", "خسائر", "الإصابات", "إصابات",
		"القتلى", "قتلى", "الضحايا", "ضحايا", "الجرحى", "جرحى", "المصابين", "الإصابات البشرية", "نتائج", "نتائجها", "نتائجه",
		"نتائجهما", "نتيجة", "نتيجتها", "أعداد", "عدد القتلى", "عدد الضحايا", "عدد الجرحى", "عدد المصابين", "عدد الإصابات",
		"أعداد القتلى", "أعداد الضحايا", "أعداد الجرحى", "حجم الخسائر", "مدى الخسائر", "طبيعة الخسائر", "حجم الأضرار",
		"وقوع إصابات", "وقوع ضحايا", "سقوط ضحايا", "سقوط قتلى", "سقوط إصابات", "الأضرار البشرية", "الخسائر البشرية",
		"حصيلة الضحايا", "حصيلة القتلى", "حصيلة الهجوم", "حصيلة القصف", "حصيلة الغارات"))
	// tollSubjectFillers stand between a toll noun and the predicate that
	// says it is not known: "الخسائر البشرية لا تزال غير واضحة".
	tollSubjectFillers = newLexicon(words("filler", "لا تزال", "لا يزال", "ما زالت", "ما زال", "مازالت", "مازال",
		"بقيت", "بقي", "تبقى", "يبقى", "حتى الآن", "حتى اللحظة", "بعد", "البشرية", "المادية", "الناجمة", "الناجمة عنه",
		"الناجمة عنها", "الهجوم", "القصف", "الغارات", "الغارة", "الضربات", "الضربة", "التفجير", "الانفجار", "فيها", "فيه"))
	// doingVerbs are what the doer did, after an interrogative "من" or
	// "لمن": "لا يعرف من يقف وراء الهجوم", "لمن تعود الطائرات".
	doingVerbs = newLexicon(words("doing", "يقف", "تقف", "وقف", "وقفت", "نفذ", "نفذت", "ينفذ", "أطلق", "أطلقت", "شن", "شنت",
		"ارتكب", "ارتكبت", "تعود", "يعود", "تتبع", "يتبع", "استهدف", "قصف", "هاجم", "فجر", "زرع", "المسؤول", "يتحمل", "تتحمل"))
)

var (
	// inabilityHeads say that the source could not do something: "لم
	// تتمكن"، "لم يستطيعوا"، "تعذّر"، "لا يمكن".
	inabilityHeads = newLexicon(words("unable", "لم يتمكن", "لم تتمكن", "لم يتمكنوا", "لم نتمكن", "لم أتمكن",
		"لم يستطع", "لم تستطع", "لم يستطيعوا", "لم نستطع", "لا يستطيع", "لا تستطيع", "لا نستطيع", "لا يستطيعون",
		"لا يمكن", "لا يمكننا", "لا يمكنها", "لا يمكنه", "لا يمكنهم", "يتعذر", "تعذر", "عجز", "عجزت", "لم يتسن", "لم يتسنى"))
	// knowingNouns are what it could not do: know, determine, verify,
	// identify.
	knowingNouns = newLexicon(words("knowing", "معرفة", "تحديد", "التحقق", "التأكد", "التعرف", "تأكيد", "التثبت",
		"الكشف", "كشف", "تمييز", "الجزم", "حسم"))
	// harmedNouns are the people harmed, whose identity is not the doer's:
	// "هوية القتلى"، "هوية الضحايا".
	harmedNouns = newLexicon(words("victims", "القتلى", "قتلى", "الضحايا", "ضحايا", "الجثث", "الجثة", "جثث", "القتيل",
		"القتيلين", "المصابين", "الجرحى", "المعتقلين", "الأسرى", "المخطوفين", "المفقودين", "الموقوفين", "الشهداء",
		// one of them, or who they were: "هوية الرجل القتيل"، "هوية الطفلين"
		"الضحية", "الجثتين", "الشهيد", "المتوفى", "المتوفاة", "المتوفين", "المصاب", "الجريح", "الأسير", "المخطوف",
		"المعتقل", "المفقود", "الشاب", "الشابين", "الشبان", "الرجل", "الرجلين", "المرأة", "الطفل", "الطفلة",
		"الطفلين", "الأطفال", "المستهدف", "المستهدفة", "المستهدفين"))
	// inabilityFillers stand between the inability and the knowing noun
	// (the subject, a time, "من") or between that noun and its object (a
	// manner, a preposition): "لم تتمكن الوكالة بعد من التأكد بصورة
	// مستقلة من هوية ...".
	inabilityFillers = newLexicon(words("filler", "من", "على", "عن", "إلى", "بعد", "حتى الآن", "حتى اللحظة", "فورا",
		"بشكل مستقل", "بصورة مستقلة", "بشكل دقيق", "بدقة", "بشكل قاطع", "بشكل نهائي"))
)

// unableObjectAt reports what a statement that the source could not
// know, determine or verify something, starting at k, says is not known:
// "لم يستطع الموقع التثبت بدقة من هوية مطلقي القذائف" (the doer), "لم
// تتمكن الفرق من تحديد حجم الخسائر" (the toll). Between the
// inability and the knowing noun stand at most the subject (two words)
// and fillers; no punctuation or number.
func unableObjectAt(d *doc, k, hi int) string {
	_, m, ok := inabilityHeads.at(d.toks, k)
	if !ok {
		return ""
	}
	subject := 0
	for j := m.Last; j < hi && j < len(d.toks) && j <= m.Last+5; {
		if _, km, ok := knowingNouns.at(d.toks, j); ok {
			o := skipLex(d, inabilityFillers, km.Last, hi, 4)
			if o >= hi || o >= len(d.toks) {
				return ""
			}
			if d.toks[o].Stem == "هويه" {
				if victimIdentityAt(d, o) {
					return "" // "التحقق من هوية القتلى": who died, not who struck
				}
				return unknownDoer // "الجزم بهوية المهاجمين"
			}
			return objectKind(d, o, hi)
		}
		if _, fm, ok := inabilityFillers.at(d.toks, j); ok {
			j = fm.Last
			continue
		}
		if d.toks[j].Kind != arabic.TokWord || subject == 2 {
			return ""
		}
		subject++
		j++
	}
	return ""
}

// unknownObjectAt reports what a statement of ignorance starting at k
// says is not known: unknownToll, unknownDoer or "" (something else, or
// no such statement at k). The statement ends at or before hi.
func unknownObjectAt(d *doc, k, hi int) string {
	toks := d.toks
	if kind := unableObjectAt(d, k, hi); kind != "" {
		return kind
	}
	if kind := ongoingObjectAt(d, k, hi); kind != "" {
		return kind
	}
	if _, m, ok := lackHeads.at(toks, k); ok {
		j := skipLex(d, lackFillers, m.Last, hi, 4)
		if _, im, ok := infoNouns.at(toks, j); ok && j < hi {
			if d.toks[j].Norm == arabic.Fold("حصيلة") {
				return unknownToll // "لا حصيلة رسمية حتى الآن"
			}
			return objectKind(d, skipLex(d, lackFillers, im.Last, hi, 4), hi)
		}
	}
	_, m, ok := unclearWords.at(toks, k)
	if !ok {
		return ""
	}
	j := skipLex(d, lackFillers, m.Last, hi, 3)
	if kind := objectKind(d, j, hi); kind != "" {
		return kind
	}
	j = skipLex(d, rightAway, j, hi, 1)
	if whetherToll(d, j, hi) {
		return unknownToll
	}
	if whichParty(d, j, hi) || whichParty(d, skipLex(d, rightAway, m.Last, hi, 1), hi) {
		return unknownDoer
	}
	return subjectKind(d, k)
}

// whichParty reports whether an indirect question at j asks which party
// (the doer) it was: "(دون أن يتضح) إلى أي جهة ينتمون"، "لأي جهة تتبع
// الطائرة"، "أي طرف يقف وراءه".
func whichParty(d *doc, j, hi int) bool {
	if j < hi && j < len(d.toks) && d.toks[j].Norm == "الي" {
		j++
	}
	if j+1 >= hi || j+1 >= len(d.toks) {
		return false
	}
	if t := d.toks[j]; t.Stem != "اي" || t.Clitics != "" && t.Clitics != "ل" {
		return false
	}
	switch d.toks[j+1].Norm {
	case "جهه", "طرف", "فصيل", "دوله", "جماعه":
		return true
	}
	return false
}

var (
	// rightAway stands between not knowing and what is not known: "لم
	// يعرف على الفور ما إذا ...".
	rightAway = newLexicon(words("filler", "على الفور", "فورا", "فوراً", "بعد", "حتى الآن", "في الساعات الأولى",
		"في البداية", "حتى اللحظة"))
	// whetherWords open an indirect question: "ما إذا"، "فيما إذا"، "إن
	// كان"، "هل".
	whetherWords = newLexicon(words("whether", "ما إذا", "فيما إذا", "إذا", "إن كان", "إن كانت", "هل"))
)

// whetherToll reports whether an indirect question at j asks about the
// toll: "(لم يعرف) ما إذا كان الهجوم قد أسفر عن ضحايا"، "فيما إذا خلف
// القصف إصابات". A toll word must stand within eight words of the
// question word, with no punctuation or number between.
func whetherToll(d *doc, j, hi int) bool {
	_, m, ok := whetherWords.at(d.toks, j)
	if !ok {
		return false
	}
	for i := m.Last; i < hi && i < len(d.toks) && i < m.Last+8; i++ {
		if t := d.toks[i]; t.Kind != arabic.TokWord {
			return false
		}
		if _, _, ok := tollObjects.at(d.toks, i); ok {
			return true
		}
	}
	return false
}

// objectKind is what the noun phrase at j names: the toll, the doer or
// neither.
func objectKind(d *doc, j, hi int) string {
	if j >= hi || j >= len(d.toks) {
		return ""
	}
	if _, _, ok := tollObjects.at(d.toks, j); ok {
		return unknownToll
	}
	if _, _, ok := doerWords.at(d.toks, j); ok {
		return unknownDoer
	}
	if _, _, ok := doerFirstWords.at(d.toks, j); ok {
		return unknownDoer
	}
	if n := d.toks[j].Norm; n == "هويه" || n == "الجهه" || n == "الطرف" || n == "مرتكبي" || n == "مرتكب" {
		if n == "هويه" && j+1 < hi && victimIdentityAt(d, j) {
			return "" // "من غير أن تُعرف هوية الرجل القتيل": who died, not who struck
		}
		return unknownDoer
	}
	if interrogativeDoer(d, j, hi) {
		return unknownDoer
	}
	return ""
}

// victimIdentityAt reports whether token j is "هوية" of the people an
// attack harmed or aimed at, whose identity is not the doer's: "هوية
// القتلى"، "هوية الرجل القتيل"، "هوية الشخص المستهدف".
func victimIdentityAt(d *doc, j int) bool {
	if j+1 >= len(d.toks) || d.toks[j].Stem != "هويه" {
		return false
	}
	k := j + 1
	if st := d.toks[k].Stem; (st == "شخص" || st == "اشخاص" || st == "شخصين") && k+1 < len(d.toks) {
		k++ // "هوية الشخص المستهدف"
	}
	_, _, ok := harmedNouns.at(d.toks, k)
	return ok
}

// interrogativeDoer reports whether "من" or "لمن" at j opens a question
// about the doer: "من يقف وراء"، "لمن تعود الطائرات".
func interrogativeDoer(d *doc, j, hi int) bool {
	if j+1 >= hi || j+1 >= len(d.toks) {
		return false
	}
	if n := d.toks[j].Norm; n != "من" && n != "لمن" {
		return false
	}
	_, _, ok := doingVerbs.at(d.toks, j+1)
	return ok
}

// subjectKind looks, a few words before the predicate at k, for the toll
// that it says is not known: "مدى الخسائر غير واضح"، "حصيلة الضحايا لم
// تعرف بعد".
func subjectKind(d *doc, k int) string {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return ""
		}
		if _, m, ok := tollObjects.at(d.toks, j); ok && m.Last <= k {
			if m.Last == k || skipLex(d, tollSubjectFillers, m.Last, k, 3) == k {
				return unknownToll
			}
		}
	}
	return ""
}

// stillWords say that a state goes on ("لا تزال الحصيلة غير معروفة"),
// before the subject of a predicate of not knowing.
var stillWords = newLexicon(words("still", "لا تزال", "لا يزال", "ما زالت", "ما زال", "مازالت", "مازال", "لم تزل", "لم يزل"))

// tollSubjectStart returns where the toll that the predicate of not
// knowing at k has as its subject begins ("حصيلة الضحايا" in "حصيلة
// الضحايا لم تعرف بعد"), with a verb of going on before it ("لا تزال"),
// not before from; k when no toll subject stands before k (see
// subjectKind).
func tollSubjectStart(d *doc, k, from int) int {
	start := k
	for j := k - 1; j >= from && j >= k-5; j-- {
		if d.toks[j].Kind != arabic.TokWord {
			break
		}
		// The earliest start wins: "حصيلة القتلى" over "القتلى".
		if _, m, ok := tollObjects.at(d.toks, j); ok && m.Last <= k && reachesPredicate(d, m.Last, k) {
			start = j
		}
	}
	if start == k {
		return k
	}
	for i := start - 1; i >= from && i >= start-2; i-- {
		if _, sm, ok := stillWords.at(d.toks, i); ok && sm.Last == start {
			return i
		}
	}
	return start
}

// reachesPredicate reports whether only toll words ("حصيلة الجرحى") and
// subject fillers stand from j to the predicate at k.
func reachesPredicate(d *doc, j, k int) bool {
	for n := 0; j < k && n < 4; n++ {
		if _, m, ok := tollObjects.at(d.toks, j); ok && m.Last <= k {
			j = m.Last
			continue
		}
		if _, m, ok := tollSubjectFillers.at(d.toks, j); ok && m.Last <= k {
			j = m.Last
			continue
		}
		break
	}
	return j == k
}

// skipLex skips up to n phrases of lex from j, never past hi, and returns
// where it stopped.
func skipLex(d *doc, lex *lexicon[string], j, hi, n int) int {
	for ; n > 0 && j < hi && j < len(d.toks); n-- {
		if d.toks[j].IsQuote() {
			j++
			n++
			continue
		}
		_, m, ok := lex.at(d.toks, j)
		if !ok || m.Last > hi {
			break
		}
		j = m.Last
	}
	return j
}

// tollUnknownIn reports whether the claim's text says that the toll is not
// known.
func (x *Extractor) tollUnknownIn(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if in(k) && unknownObjectAt(d, k, r.hi) == unknownToll {
			return true
		}
	}
	return false
}

// doerUnknownIn reports whether the claim's text says that the doer is not
// known, in the words of a lack of information or of something not clear
// ("ليست لديها معلومات حول هوية المهاجمين"، "من السابق لأوانه
// الحديث عن المنفذين").
func (x *Extractor) doerUnknownIn(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		switch unknownObjectAt(d, k, r.hi) {
		case unknownDoer:
			return true
		case unknownToll:
			if coordinatedDoerUnknown(d, k, r.hi) {
				return true // "تحديد عدد القتلى أو الجهة المنفذة" (coordinated_unknown.go)
			}
		}
	}
	return false
}
