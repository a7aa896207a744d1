package claims

import (
	"github.com/riwaya/riwaya/claims/arabic"
)

// asideOpeners begin a phrase set between commas after a verb of attack,
// before its object: a preposition ("، بالتعاون مع الطيران،"، "، وفق
// المرصد،"، "، في ساعة مبكرة،"), a time ("، صباح اليوم،"، "، الاثنين،").
var asideOpeners = map[string]bool{
	"في": true, "من": true, "مع": true, "عبر": true, "وفق": true, "وفقا": true, "حسب": true, "خلال": true,
	"منذ": true, "صباح": true, "مساء": true, "فجر": true, "ظهر": true, "ليل": true, "ليله": true, "عصر": true,
	"اليوم": true, "امس": true, "فجرا": true, "صباحا": true, "ليلا": true, "ظهرا": true, "عصرا": true,
	"السبت": true, "الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true,
	"يوم": true, "مجددا": true, "مره": true, "كذلك": true, "ايضا": true, "بدورها": true, "بدوره": true,
	"اثناء": true, "بعد": true, "قبل": true, "عند": true, "نحو": true, "حوالي": true,
}

// asideEnd reports whether the comma at j opens a phrase set between
// commas after a verb of attack and before what it hit ("استهدفت قواتنا،
// بالتعاون مع الطيران الحربي، صباح اليوم تجمعات ..."): it returns the
// token after the closing comma. The phrase opens with a preposition, a
// proclitic ب or a time, holds no other punctuation and at most eight
// words, and is closed by a comma within the clause.
func asideEnd(d *doc, r region, in func(int) bool, j int) (int, bool) {
	if j >= r.hi || !in(j) || !isComma(d.toks[j]) || j+1 >= r.hi || !in(j+1) {
		return 0, false
	}
	first := d.toks[j+1]
	if first.Kind != arabic.TokWord {
		return 0, false
	}
	// "بدعم" keeps its ب on a stem of three letters (see supportWord).
	if !asideOpeners[first.Norm] && !asideOpeners[first.Stem] && !(first.Clitics == "ب" || first.Clitics == "ل") && !supportWord(first) {
		return 0, false
	}
	for k := j + 2; k < r.hi && k <= j+9; k++ {
		if !in(k) {
			return 0, false
		}
		t := d.toks[k]
		if t.Kind != arabic.TokPunct || t.IsQuote() {
			continue
		}
		if isComma(t) && k+1 < r.hi && in(k+1) && d.toks[k+1].Kind == arabic.TokWord {
			return k + 1, true
		}
		return 0, false
	}
	return 0, false
}

// asideAfter finds an aside (see asideEnd) that opens at j or after the
// subject of the verb, within three words of j ("استهدفت قواتنا، بالتعاون
// مع سلاح الجو، تجمعات"): it returns the token after it.
func asideAfter(d *doc, r region, in func(int) bool, j int) (int, bool) {
	for k := j; k < r.hi && k <= j+3 && in(k); k++ {
		t := d.toks[k]
		if isComma(t) && t.Kind == arabic.TokPunct {
			return asideEnd(d, r, in, k)
		}
		if t.Kind != arabic.TokWord {
			return 0, false
		}
	}
	return 0, false
}

// placeHeads are the nouns that a place's proper name follows in a
// construct: "حي المزرعة"، "بلدة المدارس"، "شارع الجامعة"، "مخيم
// اليرموك".
var placeHeads = map[string]bool{
	"حي": true, "بلده": true, "قريه": true, "مدينه": true, "ناحيه": true, "مخيم": true, "شارع": true,
	"ساحه": true, "دوار": true, "ضاحيه": true, "حاره": true, "جبل": true, "تل": true,
	"تله": true, "وادي": true, "سهل": true, "اوتوستراد": true, "طريق": true, "ريف": true,
}

// placeName reports whether the word at j is a place's proper name that
// looks like a target word: definite, right after an indefinite place
// noun in a construct ("حي المزرعة" is a quarter of Damascus, not a
// farm; "بلدة المسجد"). "الحي السكني"، with the article on the noun, is
// a noun and its adjective.
func (x *Extractor) placeName(d *doc, j int) bool {
	if j == 0 || j >= len(d.toks) {
		return false
	}
	if x.opensPlaceName(d, j) || appositeName(d, j) {
		return true
	}
	t, h := d.toks[j], d.toks[j-1]
	if t.Kind != arabic.TokWord || !t.Article || t.Clitics != "" || h.Kind != arabic.TokWord || h.Article {
		return false
	}
	return placeHeads[h.Stem]
}

// opensPlaceName reports whether the word at j is the first word of a
// known settlement's name of more than one word: "مزرعة بيت جن" is a
// village, not a farm. Names of sites, bases, fields or crossings
// ("حقل العمر"، "معبر باب الهوى") are what was hit, and are not read so.
func (x *Extractor) opensPlaceName(d *doc, j int) bool {
	return x.settlementStarts(d, j, true)
}

// appositeName reports whether the word at j, bare and indefinite right
// after a bare place noun, opens that place's name with the definite word
// after it: "بلدة مزرعة الأمل"، "قرية مزرعة القبير". A farm hit in a town
// is written the other way round ("مزرعة في البلدة").
func appositeName(d *doc, j int) bool {
	if j == 0 || j+1 >= len(d.toks) {
		return false
	}
	h, t, n := d.toks[j-1], d.toks[j], d.toks[j+1]
	if h.Kind != arabic.TokWord || t.Kind != arabic.TokWord || n.Kind != arabic.TokWord {
		return false
	}
	if h.Article || t.Article || t.Clitics != "" || !n.Article || n.Clitics != "" {
		return false
	}
	return placeHeads[h.Stem]
}
