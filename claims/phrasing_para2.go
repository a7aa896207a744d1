package claims

import "github.com/riwaya/riwaya/claims/arabic"

// requestingBefore reports whether the word at k is followed by "عدم"
// (not): a participle of asking or preferring in an aside on the speaker
// ("قال مسؤول، طالباً عدم الكشف عن اسمه"، "مفضلاً عدم ذكر هويته"), not a
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
// and the lives a few words after it ("فقد ثلاثة مواطنين من عائلة واحدة
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
