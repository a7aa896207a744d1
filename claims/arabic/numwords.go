package arabic

// Categories of Arabic number words.
const (
	nwUnit      uint8 = iota + 1 // 1–9 (and 10 when alone: عشرة)
	nwTeenHead                   // أحد إحدى اثنا اثني اثنتا اثنتي: 11/12 with عشر
	nwTen                        // عشر عشرة: 10, or the second part of 11–19
	nwTens                       // 20–90
	nwHundred                    // مئة (100, also a multiplier) and 200–900 forms
	nwThousand                   // ألف (1000), ألفان (2000)
	nwThousands                  // آلاف: multiplier after 3–10, vague alone
	nwMillion                    // مليون, مليونان
	nwMillions                   // ملايين
	nwBillion                    // مليار, مليارات
)

// numWord is the meaning of one folded number word.
type numWord struct {
	cat uint8
	val int
}

// numWords maps folded number words (no clitics, no article) to their
// meaning, in all gender, case and spelling forms.
var numWords = buildNumWords()

// numWordKeys filters the tokens that cannot be number words.
var numWordKeys = wordKeys(numWords)

func buildNumWords() map[string]numWord {
	m := map[string]numWord{}
	add := func(cat uint8, val int, forms ...string) {
		for _, f := range forms {
			m[Fold(f)] = numWord{cat, val}
		}
	}
	add(nwUnit, 1, "واحد", "واحدة", "واحدا")
	add(nwUnit, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين", "إثنتين", "إثنتان")
	add(nwUnit, 3, "ثلاثة", "ثلاث")
	add(nwUnit, 4, "أربعة", "أربع")
	add(nwUnit, 5, "خمسة", "خمس")
	add(nwUnit, 6, "ستة", "ست")
	add(nwUnit, 7, "سبعة", "سبع")
	add(nwUnit, 8, "ثمانية", "ثماني", "ثمان")
	add(nwUnit, 9, "تسعة", "تسع")
	add(nwTeenHead, 1, "أحد", "إحدى")
	add(nwTeenHead, 2, "اثنا", "اثني", "اثنتا", "اثنتي", "إثنا", "إثني", "إثنتا", "إثنتي")
	add(nwTen, 10, "عشرة", "عشر")
	for i, f := range [][]string{
		{"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين"}, {"أربعون", "أربعين"}, {"خمسون", "خمسين"},
		{"ستون", "ستين"}, {"سبعون", "سبعين"}, {"ثمانون", "ثمانين"}, {"تسعون", "تسعين"},
	} {
		add(nwTens, 20+10*i, f...)
	}
	add(nwHundred, 100, "مئة", "مائة", "مية")
	add(nwHundred, 200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي")
	for i, u := range []string{"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"} {
		forms := []string{u + "مئة", u + "مائة"}
		if u == "ثمان" {
			forms = append(forms, "ثمانيمئة", "ثمانيمائة")
		}
		add(nwHundred, 300+100*i, forms...)
	}
	add(nwThousand, 1000, "ألف", "ألفا")
	add(nwThousand, 2000, "ألفان", "ألفين", "ألفي")
	add(nwThousands, 1000, "آلاف", "ألوف")
	add(nwMillion, 1000000, "مليون", "مليونا")
	add(nwMillion, 2000000, "مليونان", "مليونين", "مليوني")
	add(nwMillions, 1000000, "ملايين")
	add(nwBillion, 1000000000, "مليار", "مليارا", "بليون")
	return m
}

// lookupNumWord finds the number word in a token, with or without
// proclitics and article; conj reports a conjunction و among the clitics.
func lookupNumWord(t *Token) (w numWord, conj, article, ok bool) {
	if t.Kind != TokWord || t.Detached() || len(t.Norm) > 24 || !numWordKeys.mayStart(t, true) {
		return numWord{}, false, false, false
	}
	var sp [maxSplits]split
	n := splits(t.Norm, true, &sp)
	for k := 0; k < n; k++ {
		s := &sp[k]
		if s.pre != "" && s.pre != "و" && s.pre != "ب" && s.pre != "ل" && s.pre != "ف" && s.pre != "وب" && s.pre != "ول" && s.pre != "فب" {
			continue
		}
		if w, ok := numWords[s.rest]; ok {
			return w, len(s.pre) > 0 && s.pre[:2] == "و", s.art, true
		}
	}
	return numWord{}, false, false, false
}
