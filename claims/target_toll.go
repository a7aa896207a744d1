package claims

import (
	"github.com/riwaya/riwaya/claims/arabic"
)

// harmNouns are the verbal nouns and phrases that open a toll: the harm an
// attack caused, with the number and kind of the people harmed after them
// ("أدى إلى إصابة ثلاثة مدنيين"، "أودت بحياة خمسة عناصر"، "راح ضحيته
// عشرات المدنيين"، "ارتقاء أربعة شهداء"). Folded stems. Verbs with the
// attack or the attackers as their subject ("قتلت"، "أصابت") are not among
// them: those take whom the attack went after as their object.
var harmNouns = foldSet("مقتل", "إصابة", "إصابات", "استشهاد", "ارتقاء", "مصرع", "وفاة", "سقوط", "جرح", "بحياة",
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
		if t.Kind == arabic.TokNumber || d.counted[k] && !harmNouns[t.Stem] && !harmNouns[t.Norm] {
			continue
		}
		if t.Kind != arabic.TokWord {
			return false
		}
		if harmNouns[t.Stem] || harmNouns[t.Norm] {
			return true // "بحياة" keeps its ب in the phrase
		}
		if !harmCountWords[t.Stem] {
			return false
		}
	}
	return false
}
