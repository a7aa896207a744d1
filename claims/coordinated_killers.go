package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// coordinatedKillers reports whether the words from lo to the plural
// verb of killing at hi are a second party coordinated with the one that
// ends at lo: "قوات النظام ومسلحون موالون لها قتلوا"، "الجيش والميليشيات
// الرديفة أعدموا". The plural verb agrees with both; the first, named
// party is the doer the claim names. The conjunct opens with و on a noun
// of fighters and runs at most four words, with no punctuation.
func coordinatedKillers(d *doc, lo, hi int) bool {
	if hi-lo < 1 || hi-lo > 4 || hi >= len(d.toks) || !strings.HasSuffix(d.toks[hi].Stem, "وا") {
		return false
	}
	t := d.toks[lo]
	if t.Kind != arabic.TokWord || !hasClitic(t.Clitics, 'و') || !fighterNoun(t.Stem) {
		return false
	}
	for j := lo + 1; j < hi; j++ {
		if d.toks[j].Kind != arabic.TokWord {
			return false
		}
	}
	return true
}

// fighterNoun reports whether stem names armed men or a militia:
// "مسلحين"، "الميليشيات"، "عناصر"، "الشبيحة".
func fighterNoun(stem string) bool {
	switch stem {
	case "مسلحين", "مسلحون", "ميليشيات", "مليشيات", "ميليشيا", "عناصر", "شبيحه", "مقاتلين", "مقاتلون":
		return true
	}
	return false
}

// pastTimeAdverb returns the index after a phrase of time at j that may
// stand between a verb and its object ("قتلوا مساء الأربعاء 81 شخصاً"،
// "أعدموا فجر اليوم ثلاثة"), or j when none stands there.
func pastTimeAdverb(d *doc, j, hi int) int {
	if j >= hi || j >= len(d.toks) || d.toks[j].Kind != arabic.TokWord || d.toks[j].Clitics != "" {
		return j
	}
	switch d.toks[j].Stem {
	case "مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "عصر", "يوم":
	case "امس":
		if j+1 < hi && weekdayNames[d.toks[j+1].Norm] {
			return j + 2 // "أمس الجمعة"
		}
		return j + 1
	default:
		return j
	}
	if j+1 < hi && d.toks[j+1].Kind == arabic.TokWord && d.toks[j+1].Article && d.toks[j+1].Clitics == "" {
		return j + 2 // "مساء الأربعاء"، "فجر اليوم"
	}
	return j
}

// weekdayNames are the days of the week, definite and folded.
var weekdayNames = map[string]bool{
	"السبت": true, "الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true,
}
