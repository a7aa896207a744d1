package claims

import "github.com/riwaya/riwaya/claims/arabic"

// requestingBefore reports whether the word at k is followed by "عدم"
// (not): a participle of asking or preferring in an aside on the speaker
// ("قال مسؤول، طالباً عدم ذكر هويته"، "مفضلاً عدم ذكر هويته"), not a
// noun for a person ("طالب" is also a student). No noun for a person is
// followed by "عدم".
func requestingBefore(d *doc, k int) bool {
	if k+1 >= len(d.toks) || d.toks[k+1].Kind != arabic.TokWord {
		return false
	}
	switch d.toks[k+1].Norm {
	case "عدم", "بعدم":
		return true
	}
	return false
}

// asidePronounPreps are prepositions with a pronoun that may stand between
// a passive verb of harm and the person it names: "قُتل فيها جندي".
var asidePronounPreps = map[string]bool{"فيها": true, "فيه": true, "خلالها": true, "خلاله": true, "جراءها": true,
	"جراءه": true, "اثرها": true, "بها": true, "به": true, "عليها": true, "اثناءها": true}

// asideAdverbs may stand between a verb of harm and the person it names:
// "وقُتل لاحقاً شاب"، "وأصيب أيضاً طفل".
var asideAdverbs = map[string]bool{"لاحقا": true, "ايضا": true, "كذلك": true, "حينها": true, "فورا": true, "بدوره": true}

// asidePreps open a phrase of one noun between a verb of harm and the
// person it names: "وقُتل في الضربة قيادي"، "وأصيب خلال الاشتباك جندي".
var asidePreps = map[string]bool{"في": true, "خلال": true, "جراء": true, "اثر": true, "اثناء": true, "بعد": true}

// harmVerbs are the passive and intransitive verbs of harm that take the
// person harmed as their subject after them.
var harmVerbs = map[string]bool{"قتل": true, "قتلت": true, "اصيب": true, "اصيبت": true, "جرح": true, "جرحت": true,
	"استشهد": true, "استشهدت": true, "قضي": true, "توفي": true, "توفيت": true, "ارتقي": true}

// outcomeVerbPastAside finds a verb of harm before the person noun at k
// past a short aside that is no part of the subject: a preposition with
// a pronoun, an adverb, or a preposition with one noun. It returns the
// verb's token.
func outcomeVerbPastAside(d *doc, k int, r region) (int, bool) {
	j := k - 1
	if j <= r.lo || d.toks[j].Kind != arabic.TokWord || d.toks[k].Article {
		// A defined person after the aside ("قُتل فيها القيادي فلان") is
		// told of, not counted.
		return 0, false
	}
	switch n := d.toks[j].Norm; {
	case asidePronounPreps[n], asideAdverbs[n]:
		j--
	case j-1 > r.lo && asidePreps[d.toks[j-1].Norm] && d.toks[j].Article:
		j -= 2
	default:
		return 0, false
	}
	if j < r.lo || d.toks[j].Kind != arabic.TokWord || !harmVerbs[d.toks[j].Stem] {
		return 0, false
	}
	return j, true
}

// lostVerbs are the forms of "فقد" (lost) in "فقد خمسة حياتهم".
var lostVerbs = map[string]bool{"فقد": true, "فقدت": true, "وفقد": true, "وفقدت": true, "يفقد": true, "تفقد": true,
	// the verbal noun: "أسفر القصف عن فقدان شاب لحياته"
	"فقدان": true, "وفقدان": true}

// livesWords are "their lives" that close the subject of "فقد".
var livesWords = map[string]bool{"حياتهم": true, "حياتهما": true, "حياته": true, "حياتها": true, "حياتهن": true,
	"ارواحهم": true, "ارواحهما": true, "ارواحهن": true,
	"لحياته": true, "لحياتها": true, "لحياتهم": true, "لحياتهما": true, "لارواحهم": true}

// lostLivesAround reports whether the count at first is the subject of
// "فقد ... حياتهم" (lost their lives) or of "فقدان ... لحياته": the verb right before the count
// and the lives a few words after it ("فقد أربعة رعاة من قرية واحدة
// حياتهم"). Without the lives "فقد" is no harm ("فقد 3 منازلهم").
func lostLivesAround(d *doc, first int, r region) bool {
	if first <= r.lo || !lostVerbs[d.toks[first-1].Norm] {
		return false
	}
	for k := first + 1; k < r.hi && k <= first+7; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		if livesWords[t.Norm] {
			return true
		}
	}
	return false
}

// instrumentStems are weapons named with "ب" after an event word: "قصف
// بالمدفعية"، "استهداف بقذائف الهاون"، "غارة بطائرة مسيرة".
var instrumentStems = map[string]bool{"مدفعيه": true, "صواريخ": true, "صاروخ": true, "قذائف": true, "قذيفه": true,
	"طيران": true, "طائرات": true, "طائره": true, "مسيرات": true, "مسيره": true, "راجمات": true, "هاون": true,
	"رشاشات": true, "اسلحه": true, "قنابل": true, "براميل": true, "دبابات": true, "مدافع": true, "عبوه": true, "عبوات": true}

// instrumentAfterDeed reports whether a weapon with "ب" starts at k
// ("بالمدفعية الثقيلة"، "بقذائف الهاون"، "بطائرة مسيرة") and returns the
// token after it, past up to two plain words that qualify it. The party
// named after it ("من قوات النظام") is then read as after the event word.
func instrumentAfterDeed(d *doc, k, end int, in func(int) bool) (int, bool) {
	t := d.toks[k]
	if t.Clitics != "ب" || !instrumentStems[t.Stem] {
		return 0, false
	}
	e := k + 1
	for n := 0; n < 2 && e < end && in(e); n++ {
		w := d.toks[e]
		if w.Kind != arabic.TokWord || w.Clitics != "" || w.Norm == "من" {
			break
		}
		e++
	}
	if e >= end || d.toks[e].Norm != "من" {
		return 0, false // only a party after "من" is read past the weapon
	}
	return e, true
}

// anaphoricFill are the words of a connector that points back at what was
// told ("بالتزامن مع ذلك"، "في الوقت نفسه تقريباً"، "إلى جانب هذا أيضاً"):
// a demonstrative, "نفسه/ذاته" and a hedge.
var anaphoricFill = map[string]bool{"مع": true, "ذلك": true, "هذا": true, "هذه": true, "ذاك": true, "نفسه": true,
	"ذاته": true, "تقريبا": true, "ايضا": true, "الوقت": true, "في": true, "جانب": true, "الي": true}

// anaphoricConnectorAt reports whether the aside connector at cut points
// back with a demonstrative and closes with a comma before the clause:
// the clause after the comma is the story's, with its own places.
func anaphoricConnectorAt(d *doc, cut int, r region) bool {
	demonstrative := false
	for j := cut + 1; j < r.hi && j <= cut+5; j++ {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return demonstrative
		}
		if t.Kind != arabic.TokWord || !anaphoricFill[t.Norm] {
			return false
		}
		switch t.Norm {
		case "ذلك", "هذا", "هذه", "ذاك":
			demonstrative = true
		}
	}
	return false
}

// countingVerbs are the verbs of a toll counted: "وثق"، "سجل"، "أحصى"
// (normalised).
var countingVerbs = map[string]bool{"وثق": true, "وثقت": true, "سجل": true, "سجلت": true, "احصي": true, "احصت": true,
	"رصد": true, "رصدت": true}

// earlierCountPluperfect: the كان form at ws[i] follows "بعدما/بعد أن"
// and its verb after "قد" counts ("ارتفعت الحصيلة إلى 45 بعدما كان قد
// وثق 20"): it tells the toll counted before, not an earlier event, and
// does not mark the claim as recalled. So does a relative clause on the
// source that gave the toll ("وفق الوزارة، التي كانت قد أعلنت في وقت
// سابق مقتل خمسة") and a verb of announcing after "بعد أن", when a word
// of a toll follows it: what was announced before is the same toll.
func earlierCountPluperfect(ws []string, i int) bool {
	after := i > 0 && (ws[i-1] == "بعدما" || ws[i-1] == "وبعدما") || i > 1 && ws[i-2] == "بعد" && ws[i-1] == "ان"
	relative := i > 0 && sourceRelatives[ws[i-1]]
	if !after && !relative {
		return false
	}
	for j := i + 1; j <= i+6 && j+1 < len(ws); j++ {
		if ws[j] == "قد" {
			if countingVerbs[ws[j+1]] && after {
				return true
			}
			return (countingVerbs[ws[j+1]] || announcingVerbs[ws[j+1]]) && tollWordWithin(ws, j+2, 6)
		}
	}
	return false
}

// sourceRelatives (normalised) open a relative clause on the noun before.
var sourceRelatives = map[string]bool{"الذي": true, "التي": true, "والذي": true, "والتي": true}

// announcingVerbs (normalised) announce or report a count: "أعلن"، "ذكر"،
// "أفاد"، "تحدث"، "قدّر".
var announcingVerbs = map[string]bool{"اعلن": true, "اعلنت": true, "ذكر": true, "ذكرت": true, "افاد": true, "افادت": true,
	"تحدث": true, "تحدثت": true, "قدر": true, "قدرت": true, "اورد": true, "اوردت": true}

// tollWords (normalised) name a toll or its dead and wounded.
var tollWords = map[string]bool{"مقتل": true, "قتلي": true, "قتيلا": true, "حصيله": true, "الحصيله": true, "وفاه": true,
	"جرحي": true, "اصابه": true, "سقوط": true, "ضحايا": true, "بمقتل": true}

// tollWordWithin reports whether a word of a toll stands within n words
// from ws[from] ("أعلنت في وقت سابق مقتل خمسة").
func tollWordWithin(ws []string, from, n int) bool {
	for j := from; j < len(ws) && j < from+n; j++ {
		if tollWords[ws[j]] {
			return true
		}
	}
	return false
}
