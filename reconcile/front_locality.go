package reconcile

import (
	"strings"
	"unicode"

	"github.com/riwaya/riwaya/claims"
)

// frontHeads name a front line: "محور" (axis), "محاور", "جبهة", "جبهات".
var frontHeads = []string{"محور", "محاور", "جبهه", "جبهات"}

// frontLocality reports whether a claim's only word for what was hit is a
// town or village named as a front ("على محور بلدة ..."، "على جبهة
// القرية"): the front where men fought or were shot, which says nothing of
// the place being civilian.
func frontLocality(c *claims.Claim) bool {
	if c.Target == nil || !onlyLocality(*c.Target) {
		return false
	}
	ws := strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 0; i+1 < len(ws); i++ {
		w := strings.TrimPrefix(strings.TrimPrefix(ws[i], "و"), "ال")
		w = strings.TrimPrefix(w, "علي")
		for _, h := range frontHeads {
			if w == h || strings.TrimPrefix(w, "ب") == h || strings.TrimPrefix(w, "ع") == h {
				if localityNoun(ws[i+1]) {
					return true
				}
			}
		}
	}
	return false
}

// localityNoun: a town, village or city word, with or without the article.
func localityNoun(w string) bool {
	switch strings.TrimPrefix(w, "ال") {
	case "بلده", "قريه", "مدينه", "بلدات", "قري", "مدن":
		return true
	}
	return false
}
