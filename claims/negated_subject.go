package claims

import "github.com/riwaya/riwaya/claims/arabic"

// RuleFalseReportToo marks a denial by a negated verb whose content also
// calls a report of the deed false (see falseReportAfter).
const RuleFalseReportToo = "stance:false_report_too"

// negatedSubject reads the party a denial names as the subject of a
// negated verb in its content: "أن الطائرات الروسية لم تحلّق فوق
// البلدة"، "أن أي مروحية روسية لم تدنُ من المنطقة"، "إن وحدات الجيش لم
// تنفذ أي طلعة"، "القوات الرديفة لن تشارك". The verb need not be a word
// of attack (flying, approaching, being there, carrying out a sortie):
// the speaker denies that this party did the deed, so the party is the
// denial's actor, where the denial names no other. Only "لم" and "لن" open the negated verb: both take a
// verb right after them, so the party before them is its subject; "لا"
// and "ما" also negate nouns and stand in other constructions.
func (x *Extractor) negatedSubject(d *doc, r region, in func(int) bool) (string, bool) {
	for k := max(r.cs, r.lo+1); k+1 < r.hi; k++ {
		if !in(k) || !verbNegation(d.toks[k]) {
			continue
		}
		if n := d.toks[k+1]; n.Kind != arabic.TokWord && !n.IsQuote() {
			continue
		}
		a, ok := x.actorBefore(d, k, r, in, true)
		if ok && namedActor(a) {
			return a, true
		}
	}
	return "", false
}

// verbNegation reports whether a word is "لم" or "لن", alone or after a
// conjunction ("ولم"، "فلن"): a particle that negates the verb after it.
func verbNegation(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	switch t.Stem {
	case "لم", "لن":
		return t.Clitics == "" || t.Clitics == "و" || t.Clitics == "ف"
	}
	return false
}

// negationIntensifiers are the folded adverbs that strengthen a negated
// verb ("لم تحلّق إطلاقاً"، "لم تشن مطلقاً"، "لم نقصف أبداً"، "البتة"):
// they stand between the verb and the deed it denies.
var negationIntensifiers = foldedSet("إطلاقاً", "إطلاقا", "اطلاقا", "مطلقاً", "مطلقا", "أبداً", "أبدا", "ابدا",
	"قط", "بتاتاً", "بتاتا", "البتة", "نهائياً", "نهائيا", "يوماً", "يوما")

// adverbialHeads open a phrase of time or place that may stand between
// a negated verb of carrying out and the deed it denies: "لم تشن في أي
// وقت هجمات"، "لم تنفذ يوم السبت أي ضربة"، "لم ينفذ أمس أي غارة"، "لم
// تشن في المنطقة أي غارة".
var adverbialHeads = foldedSet("في", "يوم", "أمس", "امس", "اليوم", "ليل", "ليلة", "ليله", "صباح", "مساء",
	"فجر", "حينها", "وقتها", "حتى")

// pastAdverbial returns where the deed starts after a negated verb of
// carrying out at k when an intensifier or a short adverbial phrase
// stands first (see negationIntensifiers and adverbialHeads): the "أي"
// that opens the deed within five words, or the word after "في أي وقت";
// else k itself.
func pastAdverbial(d *doc, k int, r region) int {
	if k >= r.hi || d.toks[k].Kind != arabic.TokWord {
		return k
	}
	if negationIntensifiers[d.toks[k].Norm] {
		return k + 1
	}
	if d.toks[k].Norm == "علي" && k+1 < r.hi && d.toks[k+1].Norm == "الاطلاق" {
		return k + 2 // "لم تستخدم على الإطلاق أي سلاح"
	}
	if !adverbialHeads[d.toks[k].Norm] {
		return k
	}
	if d.toks[k].Norm == "في" && k+2 < r.hi && d.toks[k+1].Norm == "اي" && timeNouns[d.toks[k+2].Norm] {
		return k + 3 // "في أي وقت"
	}
	for j := k + 1; j < r.hi && j <= k+5; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return k
		}
		if t.Norm == "اي" || t.Norm == "باي" {
			return j
		}
	}
	return k
}

// timeNouns are the folded words of a time that "في أي" may ask of
// ("في أي وقت"، "في أي يوم"): the phrase is adverbial, and the deed comes
// after it.
var timeNouns = foldedSet("وقت", "يوم", "لحظة", "لحظه", "مرحلة", "مرحله", "مرة", "مره")

// falseReportAfter reports whether a content whose stance a negated verb
// gave goes on to call a report false: "أن الطائرات لم تنفذ أي طلعة، وأن
// الصور المتداولة مفبركة"، "لم تحلّق فوق السوق، والمشاهد المنشورة عارية عن
// الصحة". The speaker then denies the deed as told, not only its own part
// in it (see reconcile's occurrence question). A denied link ("لا علاقة")
// or a pretext called false is no such report.
func (x *Extractor) falseReportAfter(d *doc, r region, in func(int) bool) bool {
	neg := -1
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if neg < 0 {
			if verbNegation(d.toks[k]) {
				neg = k
			}
			continue
		}
		if _, _, ok := x.denialNouns.at(d.toks, k); ok || devoidOfTruth(d, k, r) || x.reportCalledFalse(d, k, r) {
			if _, _, link := x.involvement.at(d.toks, k); link || pretextBefore(d, k, r) {
				continue
			}
			return true
		}
	}
	return false
}

// falseReportInDenial reports whether a denial opened by a verb of denial
// ("نفت الوزارة أن تكون طائراتها قد قصفت البلدة") also calls the report of
// the deed false in its content ("ووصفت ما يتداول بأنه حملة تضليل"): like
// falseReportAfter, with the denying verb in place of "لم".
func (x *Extractor) falseReportInDenial(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if _, _, ok := x.denialNouns.at(d.toks, k); ok || devoidOfTruth(d, k, r) || x.reportCalledFalse(d, k, r) {
			if _, _, link := x.involvement.at(d.toks, k); link || pretextBefore(d, k, r) {
				continue
			}
			return true
		}
	}
	return false
}
