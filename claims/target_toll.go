package claims

import (
	"github.com/riwaya/riwaya/claims/arabic"
)

// tollHarmNouns are the verbal nouns and phrases that open a toll: the harm an
// attack caused, with the number and kind of the people harmed after them
// ("أدى إلى إصابة ثلاثة مدنيين"، "أودت بحياة خمسة عناصر"، "راح ضحيته
// عشرات المدنيين"، "ارتقاء أربعة شهداء"). Folded stems. Verbs with the
// attack or the attackers as their subject ("قتلت"، "أصابت") are not among
// them: those take whom the attack went after as their object.
var tollHarmNouns = foldSet("مقتل", "إصابة", "إصابات", "استشهاد", "ارتقاء", "مصرع", "وفاة", "سقوط", "جرح", "بحياة",
	"ضحيته", "ضحيتها", "ضحيتهم", "هلاك")

// harmCountWords may stand between a harm noun and the people it counts:
// the count and the words that carry it ("عدد من"، "عشرات"، "شهداء").
// Folded stems.
var harmCountWords = foldSet("من", "عدد", "عشرات", "مئات", "شهداء", "شهيدا", "قتلى", "نحو", "قرابة", "حوالي", "زهاء")

// tollVictims reports whether the people word at j are the harmed of a
// toll rather than what the attack went after: a counted people word whose
// count follows a harm noun ("إصابة ستة من المدنيين"، "مقتل مدنيين
// اثنين"). Who was killed is a figure; what was hit is told by the object
// of the attack ("قصف استهدف سوقاً").
func tollVictims(d *doc, r region, j int) bool {
	if j >= len(d.counted) || !d.counted[j] {
		return false
	}
	for k := j - 1; k >= r.lo && k >= j-5; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokNumber || d.counted[k] && !tollHarmNouns[t.Stem] && !tollHarmNouns[t.Norm] {
			continue
		}
		if t.Kind != arabic.TokWord {
			return false
		}
		if tollHarmNouns[t.Stem] || tollHarmNouns[t.Norm] {
			return true // "بحياة" keeps its ب in the phrase
		}
		if !harmCountWords[t.Stem] {
			return false
		}
	}
	return false
}

// victimsNouns name the victims of a toll before an adjective of who they
// were: "ضحايا مدنيين"، "إصابات بين المدنيين". Folded stems.
var victimsNouns = foldSet("ضحايا", "الضحايا", "إصابات", "خسائر")

// tollNegations deny or doubt that a toll happened: "لا توجد مؤشرات على
// سقوط ضحايا مدنيين"، "لم يشر إلى أي ضحايا مدنيين"، "عدم وقوع ضحايا".
// Folded.
var tollNegations = foldSet("لا", "لم", "لن", "ليس", "ليست", "عدم", "دون", "بدون", "نفى", "نفت", "ينفي", "تنفي")

// deniedVictims reports whether the civilians at j qualify victims whose
// harm the clause denies: a victims noun right before them and a negation
// within eight words before that. Such a sentence says no civilians were
// harmed; it does not characterise what was hit as civilian.
func deniedVictims(d *doc, r region, in func(int) bool, j int) bool {
	v := -1
	for k := j - 1; k >= r.lo && k >= j-2 && in(k); k-- {
		if victimsNouns[d.toks[k].Stem] || victimsNouns[d.toks[k].Norm] {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	for k := v - 1; k >= r.lo && k >= v-8 && in(k); k-- {
		u := d.toks[k]
		if u.Kind == arabic.TokPunct && !u.IsQuote() {
			return false
		}
		if u.Kind == arabic.TokWord && (tollNegations[u.Norm] || tollNegations[u.Stem]) {
			return true
		}
	}
	return false
}
