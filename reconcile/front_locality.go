package reconcile

import (
	"slices"
	"strings"
	"unicode"

	"github.com/riwaya/riwaya/claims"
)

// frontHeads name a front line: "محور" (axis), "محاور", "جبهة", "جبهات".
var frontHeads = []string{"محور", "محاور", "جبهه", "جبهات"}

// frontLocality reports whether a claim's only word for what was hit is a
// town or village named as a front ("على محور بلدة ..."، "على جبهة
// القرية"): the front where men fought or were shot, which says nothing of
// the place being civilian. So is a town a side took (see seizedLocality)
// and, in a claim of a ground assault, a village the battles ran round
// (see foughtAroundLocality).
func frontLocality(c *claims.Claim) bool {
	if c.Target == nil || !onlyLocality(*c.Target) {
		return false
	}
	ws := strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	if seizedLocality(ws) || c.EventType == claims.EventGroundAttack && foughtAroundLocality(ws) {
		return true
	}
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

// seizeStems begin the words of taking or retaking ground, folded and
// without a leading conjunction or article: "سيطر"، "سيطرته"، "السيطرة"،
// "استولى"، "استعادت".
var seizeStems = []string{"سيطر", "يسيطر", "تسيطر", "استولي", "استولت", "يستولي", "استعاد", "يستعيد", "تستعيد"}

// seizedLocality reports whether the words ws name a town or village, after
// "على", as the ground a side took ("أعلن سيطرته على بلدة ..."، "استولت
// الفصائل على القرية"): the ground won or lost in a
// fight, which says nothing of the place being civilian.
func seizedLocality(ws []string) bool {
	for i := 2; i < len(ws); i++ {
		if !localityNoun(ws[i]) || ws[i-1] != "علي" {
			continue
		}
		w := strings.TrimPrefix(strings.TrimPrefix(ws[i-2], "و"), "ال")
		for _, st := range seizeStems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// battleNouns name fighting between armed sides, folded and without the
// article: "المعارك"، "الاشتباكات"، "المواجهات"، "معركة".
var battleNouns = []string{"معارك", "معركه", "اشتباكات", "مواجهات", "اقتتال"}

// foughtAroundLocality reports whether the words ws, of a claim of a
// ground assault, name the fighting before a town or village a few words
// on ("المعارك في محيط البلدة والقرى المجاورة"، "اشتباكات عنيفة داخل
// القرية"): the ground fought over, not a place struck.
func foughtAroundLocality(ws []string) bool {
	for i, w := range ws {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ال")
		if !slices.Contains(battleNouns, w) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+6; j++ {
			if localityNoun(strings.TrimPrefix(ws[j], "و")) {
				return true
			}
		}
	}
	return false
}
