package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Background statements.
//
// News stories end with context rather than with the event: an ongoing
// campaign or a presence of forces told in the imperfect ("وتتعرض البلدات
// منذ أسابيع لقصف"، "وتنتشر الميليشيات في مدن الريف الشرقي"، "ويسيطر
// التنظيم على المدينة منذ مطلع العام"), or a tally of the whole war
// ("قتل أكثر من نصف مليون شخص منذ اندلاع النزاع"). The places such a
// statement names are not where the story's event happened, and no one
// event happened there: the claim carries none, and it sets no context
// for the claims after it. A recalled event in the pluperfect ("وكانت
// الطائرات قد قصفت ...") is an event of its own and keeps its places
// (see recalled.go).

// presenceImperfects are imperfect verbs that open a statement of where
// forces are or who holds a place: "تنتشر/ينتشر"، "تتمركز"، "تسيطر"،
// "تتواجد"، "تتخذ من"، "تتقاسم السيطرة". As the first word of a clause
// they tell a lasting state, not a deed of the day. Folded stems.
var presenceImperfects = foldedSet("تنتشر", "ينتشر", "تتمركز", "يتمركز", "تسيطر", "يسيطر", "تتواجد", "يتواجد",
	"توجد", "يوجد", "تتخذ", "يتخذ", "تنتشران", "ينتشرون", "يتمركزون", "يسيطرون", "تحتفظ", "يحتفظ",
	"تتقاسم", "يتقاسم", "تتقاسمان", "يتقاسمون")

// warSpans are the nouns after "منذ" that open the whole war: "منذ اندلاع
// النزاع"، "منذ بدء الحرب"، "منذ بداية الأزمة". Folded stems.
var warSpans = foldedSet("اندلاع", "بدء", "بداية", "انطلاق", "مطلع")

// warNouns name the war itself after a warSpans noun. Folded stems.
var warNouns = foldedSet("نزاع", "حرب", "أزمة", "ثورة", "صراع", "احتجاجات", "أحداث")

// backgroundStatement reports whether the claim's region is a background
// statement (see background.go).
func (x *Extractor) backgroundStatement(d *doc, r region, in func(int) bool) bool {
	first := openingWord(d, r, in)
	if first < 0 {
		return false
	}
	stem := d.toks[first].Stem
	return campaignImperfects[stem] && x.sinceCampaign(d, r) || presenceImperfects[stem] || warSince(d, r)
}

// openingWord is the region's first word of content, or -1: a background
// statement opens with its imperfect ("وتتعرض البلدات منذ أسابيع ..."،
// "وتنتشر القوات ..."), a story's sentence with its deed.
func openingWord(d *doc, r region, in func(int) bool) int {
	for k := r.lo; k < r.hi; k++ {
		if in(k) && d.toks[k].Kind == arabic.TokWord {
			return k
		}
	}
	return -1
}

// warSince reports whether the region counts since the start of the war:
// "منذ اندلاع النزاع"، "منذ بداية الحرب"، or "منذ (عام) 2011".
func warSince(d *doc, r region) bool {
	for k := r.lo; k+1 < r.hi; k++ {
		if n := d.toks[k].Norm; n != "منذ" && n != "ومنذ" {
			continue
		}
		if firstOfKindBefore(d, r, k) {
			continue // "الأول من نوعه في البلاد منذ بدء الحرب": this deed
		}
		next := d.toks[k+1]
		if warSpans[next.Stem] && k+2 < r.hi && warNouns[d.toks[k+2].Stem] {
			return true
		}
		j := k + 1
		if next.Stem == arabic.Fold("عام") {
			j++
		}
		if j < r.hi && d.toks[j].Norm == "2011" {
			return true
		}
	}
	return false
}

// firstOfKindBefore reports whether a superlative ("الأعنف"، "الأول") or
// "من نوعه" stands before "منذ" at k in the same clause: the sentence
// compares its own deed with the war, it does not count the war.
func firstOfKindBefore(d *doc, r region, k int) bool {
	for j := k - 1; j >= r.lo; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() && t.Text != "," && t.Text != "،" {
			break
		}
		if sinceSuperlatives[t.Stem] || strings.HasPrefix(t.Stem, "نوع") {
			return true
		}
	}
	return false
}

// recalledDeedNouns name a deed that "بعد ... من" may recall as an event
// of its own: "بعد أسبوع واحد من تفجير وقع في ..."، "بعد يومين من غارة على ...".
// Folded stems.
var recalledDeedNouns = foldedSet("هجوم", "هجمات", "قصف", "غارة", "غارات", "ضربة", "ضربات", "تفجير", "تفجيرات",
	"انفجار", "اعتداء", "استهداف", "مجزرة", "اغتيال", "كمين", "عملية", "هجمة", "غزوة", "تفجيرين",
	// the deed told by its toll or its kind: "بعد يوم من مقتل ..."،
	// "بعد أسابيع من إنزال نفذته ..."، "بعد أشهر على عدوان مماثل ...".
	"مقتل", "قتل", "عدوان", "اعتداءات", "إنزال", "انزال", "اقتحام", "مداهمة", "اشتباك", "اشتباكات", "معارك",
	"توغل", "إسقاط", "اختطاف", "خطف", "سقوط", "انفجارات", "مجازر", "استهدافات", "غارتين", "ضربتين")

// asidePlacesCut is where a claim turns to an aside (see otherIncidentCut),
// or -1: the places after it are not the story's. An earlier deed recalled
// after "بعد" and a span ("ويأتي القصف بعد ثلاثة أسابيع من تفجير ضرب المدينة"),
// or another deed told beside it after "مع" ("وتزامن القصف مع هجوم على
// البلدة")، is an event of its own, whose places the claim keeps.
func asidePlacesCut(d *doc, r region, in func(int) bool) int {
	cut := otherIncidentCut(d, r, in)
	if cut < 0 {
		return cut
	}
	for j := cut + 1; j < r.hi && j <= cut+2; j++ {
		if t := d.toks[j]; t.Kind == arabic.TokPunct && !t.IsQuote() {
			// "يأتي هذا في الوقت، صرح مسؤول بأن القصف ...": the comma
			// closes the connector, the clause after it is the story's.
			return -1
		}
	}
	if anaphoricConnectorAt(d, cut, r) {
		return -1 // "بالتزامن مع هذا، قصفت المدفعية ...": the story's clause
	}
	if !deedConnectors[d.toks[cut].Norm] {
		return cut
	}
	for j := cut + 1; j < r.hi && j <= cut+6; j++ {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct {
			break
		}
		if recalledDeedNouns[t.Stem] || brokenCalmNouns[t.Stem] {
			return -1
		}
	}
	return cut
}

// brokenCalmNouns name a calm that the story's event breaks: "ويأتي القصف
// بعد أسابيع من هدوء ساد البلدة" tells where the calm was, the place the
// event broke it. Folded stems.
var brokenCalmNouns = foldedSet("هدوء", "هدنة", "تهدئة", "توقف", "انقطاع", "غياب")

// deedConnectors are the connectors of an aside that may introduce another
// deed, recalled or told beside the story: "بعد أقل من ثلاثين يوماً على
// كمين ..."، "وتزامن القصف مع هجوم ثان على ...". Folded.
var deedConnectors = map[string]bool{"بعد": true, "مع": true, "تزامنا": true, "بالتزامن": true}

// Habitual statements.
//
// A story also closes with what a party does again and again, told in the
// imperfect with an adverb of repetition: "وتشن المقاتلات بين فترة وأخرى
// ضربات على ..."، "ويقصف الجيش القرى من حين لآخر"، "وعادة ما تستهدف
// المسيّرات سيارات ..."، "وتتعرض البلدات لقصف متكرر". Such a statement
// tells a habit, not the story's deed: who it says does it is no doer of
// the event, and what it says is hit is no target of it. A sentence that
// also dates a deed ("ويقصف الجيش القرى من حين لآخر، وقصفها فجر اليوم")
// tells that deed too and keeps both.

// habitCues are the adverbs and adjectives of repetition: "بين الحين
// والآخر"، "من حين لآخر"، "بين فترة وأخرى"، "بشكل دوري"، "باستمرار"،
// "قصف متكرر"، "غارات شبه يومية".
var habitCues = words("habit",
	"بين الحين والآخر", "بين الحين والاخر", "بين حين وآخر", "من حين لآخر", "من حين إلى آخر",
	"من حين الى آخر", "بين فترة وأخرى", "بين فترة واخرى", "من فترة لأخرى", "من فترة إلى أخرى",
	"بين الفينة والأخرى", "بين فينة وأخرى", "بين وقت وآخر", "من وقت لآخر", "من وقت إلى آخر",
	"بشكل دوري", "بصورة دورية", "بشكل متكرر", "بصورة متكررة", "بشكل مستمر", "بصورة مستمرة", "باستمرار",
	"بشكل يومي", "بشكل شبه يومي", "بصورة يومية", "بصورة شبه يومية", "يوميا", "شبه يومي", "شبه يومية",
	"متكرر", "متكررة", "متكررا", "المتكرر", "المتكررة", "مرارا", "مرارا وتكرارا", "دائما", "عادة",
)

// habitLeads open a statement of habit before its imperfect: "عادة ما
// تستهدف"، "غالباً ما يقصف"، "كثيراً ما تتعرض".
var habitLeads = words("habit_lead", "عادة ما", "غالبا ما", "كثيرا ما", "دائما ما")

// datedDeedWords date a deed of the day, which a habit has not: "اليوم"،
// "أمس"، "فجر"، "مساء"، the days of the week. Folded stems.
var datedDeedWords = foldedSet("اليوم", "أمس", "امس", "البارحة", "الليلة", "فجر", "صباح", "مساء", "ظهر", "ليل",
	"ليلة", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")

// habitualDeed reports whether the claim's region is a statement of habit
// (see above): it opens with an imperfect of a deed or a habit lead, it
// names a repetition, and it dates no deed of the day.
func (x *Extractor) habitualDeed(d *doc, r region, in func(int) bool) bool {
	first := openingWord(d, r, in)
	if first < 0 {
		return false
	}
	_, _, lead := x.habitLeads.at(d.toks, first)
	if !lead && !campaignImperfects[d.toks[first].Stem] {
		return false
	}
	cue := lead
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord {
			continue
		}
		t := d.toks[k]
		if datedDeedWords[t.Stem] || datedDeedWords[t.Norm] {
			return false
		}
		if _, _, ok := x.habits.at(d.toks, k); ok {
			cue = true
		}
	}
	return cue
}

// airOperationNouns are the folded forms of "عملية" and its plural,
// bare or with "ب": "بعملية جوية"، "في عمليات جوية".
var airOperationNouns = foldedSet("عملية", "بعملية", "عمليات", "بعمليات")

// airOperationIn reports whether the claim names an operation from the
// air: "عملية" or "عمليات" followed by "جوية".
func airOperationIn(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k+1 < r.hi; k++ {
		if in(k) && airOperationNouns[d.toks[k].Norm] && d.toks[k+1].Norm == arabic.Fold("جوية") {
			return true
		}
	}
	return false
}

// neutralisedFigures reports whether figures tell of people killed or
// wounded with no telling which ("تحييد 3 مسلحين").
func neutralisedFigures(fs []Figure) bool {
	for _, f := range fs {
		if f.Outcome == OutcomeKilledOrWounded {
			return true
		}
	}
	return false
}
