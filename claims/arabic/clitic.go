package arabic

import (
	"strings"
	"unicode/utf8"
)

// Folded proclitic sequences that may precede a word (before any article),
// in the order the matcher tries them. "لل" is ل + ال and handled apart.
var procliticSeqs = [...]string{"", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"}

// detachedForms are the folded forms that make a detached clitic token when
// written with a final tatweel ("وبـ", "الـ", "للـ"); the value is the
// clitics without the article, and whether the article is included.
var detachedForms = map[string]struct {
	clitics string
	article bool
}{
	"و": {"و", false}, "ف": {"ف", false}, "ب": {"ب", false}, "ك": {"ك", false}, "ل": {"ل", false},
	"وب": {"وب", false}, "وك": {"وك", false}, "ول": {"ول", false},
	"فب": {"فب", false}, "فك": {"فك", false}, "فل": {"فل", false},
	"ال": {"", true}, "وال": {"و", true}, "فال": {"ف", true}, "بال": {"ب", true},
	"كال": {"ك", true}, "لل": {"ل", true}, "وبال": {"وب", true}, "فبال": {"فب", true},
	"وكال": {"وك", true}, "ولل": {"ول", true}, "فلل": {"فل", true},
}

// stemInitial lists frequent words that begin with و ف ب ل ك as part of the
// stem, so that Tokenize's guess does not strip them. The matcher does not
// need this list: it tries every split.
var stemInitial = makeSet(
	"وزاره", "وزارات", "وزير", "وزراء", "وكاله", "وكالات", "وسائل", "وسيله", "ولايات", "ولايه",
	"وحده", "وحدات", "وجود", "وصول", "وطني", "وطنيه", "وفاه", "وفيات", "وادي", "واشنطن",
	"واقع", "وقوع", "ولاده", "وثائق", "وسطاء", "وقائع", "وصلت", "وقعت", "وكلاء", "ولاء",
	"فرنسا", "فلسطين", "فصائل", "فصيل", "فريق", "فرقه", "فيها", "فيما", "فيهم", "فيهما",
	"فتره", "فبراير", "فجرا", "فورا", "فرص", "فرع", "فروع", "فعاليات", "فنزويلا", "فيلق",
	"بيروت", "بغداد", "بريطانيا", "بوتين", "بايدن", "بلدات", "بلده", "بيانات", "بيان", "برلمان",
	"بنيامين", "بنغازي", "بلغاريا", "باريس", "بكين", "بعلبك", "بلاده", "بلادهم", "بريطاني", "بريطانيه",
	"لبنان", "لبناني", "لبنانيه", "لندن", "ليبيا", "لجنه", "لجان", "لافروف", "لواء", "لكنه", "لكنها",
	"كردستان", "كيلومتر", "كيلومترات", "كتائب", "كتيبه", "كبير", "كبيره", "كافه", "كانت", "كانوا",
	"كلها", "كذلك", "كوريا", "كندا", "كونيكو", "كوباني",
	"لدينا", "لديه", "لديها", "لديهم", "لدي", "لذلك", "لهذا", "لهذه", "ليست", "لقاء",
	// nisba adjectives and nouns of the news whose first letter is a root
	// letter, not a preposition: "مراكز بحثية" (not ب + حثية), "قوات
	// بحرية", "مجلس بلدي", "صواريخ باليستية", "أسلحة كيميائية", "محطة
	// كهربائية", "دعم لوجستي", "لاجئين"
	"بحثي", "بحثيه", "بحثيين", "بحري", "بحريه", "بلدي", "بلديه", "بلديات", "بيئي", "بيئيه",
	"بشري", "بشريه", "بترول", "بتروليه", "بطاريه", "بطاريات", "بنايه", "بنايات", "بوابه", "بوابات",
	"بضائع", "برامج", "برنامج", "بنوك", "بعثات", "بلدان", "بساتين", "بحيره", "بدائي", "بدائيه",
	"باليستي", "باليستيه", "بالستي", "بالستيه", "بالون", "بلدتين", "برلماني", "برلمانيه",
	"كيميائي", "كيميائيه", "كيماوي", "كيماويه", "كهربائي", "كهربائيه", "كنيسه", "كنائس", "كازيه",
	"لوجستي", "لوجستيه", "لوجستيا", "لاجئ", "لاجئين", "لاجئون", "لاجئه",
)

// notArticle lists folded words that start with ال without carrying the
// article (relative pronouns).
var notArticle = makeSet("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي", "اللائي")

func makeSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// analyze guesses the clitics, article and stem of a folded word.
// tatweelEnd says whether the word as written ended with tatweel;
// written is the word as written: an "ال" written with hamza or madda is
// not the article (ألف، آلاف، إلغاء).
//
// The guess: a lone و ف ب ل ك, or a clitic sequence or article followed by
// tatweel, is a detached clitic (empty stem). Otherwise a clitic+article
// prefix (وبال، فال، لل، ال ...) is removed when at least two letters
// remain. Otherwise a conjunction و/ف is removed when three letters remain,
// then a preposition ب/ل/ك when four remain, unless the word is a known
// stem-initial word.
func analyze(norm, written string, tatweelEnd bool) (clitics string, article bool, stem string) {
	if len(norm) <= 8 && (tatweelEnd || len(norm) == 2) {
		if d, ok := detachedForms[norm]; ok && (tatweelEnd || utf8.RuneCountInString(norm) == 1) {
			return d.clitics, d.article, ""
		}
	}
	// Clitics before an article: (و|ف)? (ب|ك|ل)? then ال, or ل + ل for لل.
	p, prep := 0, ""
	if isConj(norm, p) {
		p += 2
	}
	if isPrep(norm, p) {
		prep = norm[p : p+2]
		p += 2
	}
	if strings.HasPrefix(norm[p:], "ال") && runesAtLeast(norm[p+4:], 2) && !stemInitial[norm[p-len(prep):]] &&
		!(len(norm)-p <= 14 && notArticle[norm[p:]]) && !letterAt(written, utf8.RuneCountInString(norm[:p])) {
		return norm[:p], true, norm[p+4:]
	}
	if prep == "ل" && strings.HasPrefix(norm[p:], "ل") && runesAtLeast(norm[p+2:], 2) {
		return norm[:p], true, norm[p+2:]
	}
	w := norm
	if isConj(w, 0) && runesAtLeast(w[2:], 3) && !stemInitial[w] {
		w = w[2:]
	}
	if isPrep(w, 0) && runesAtLeast(w[2:], 4) && !stemInitial[w] {
		w = w[2:]
	}
	return norm[:len(norm)-len(w)], false, w
}

// isConj reports whether s[p:] starts with the conjunction و or ف.
func isConj(s string, p int) bool {
	return p+2 <= len(s) && s[p] == 0xD9 && (s[p+1] == 0x88 || s[p+1] == 0x81)
}

// isPrep reports whether s[p:] starts with the preposition ب ك or ل.
func isPrep(s string, p int) bool {
	return p+2 <= len(s) && ((s[p] == 0xD8 && s[p+1] == 0xA8) || (s[p] == 0xD9 && (s[p+1] == 0x83 || s[p+1] == 0x84)))
}

// runesAtLeast reports whether s has at least n runes (counting the bytes
// that start a UTF-8 sequence; an invalid byte counts as one).
func runesAtLeast(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if n--; n <= 0 {
				return true
			}
		}
	}
	return n <= 0
}

// split is one way to read a folded word: clitics, optional article, rest.
type split struct {
	pre  string
	art  bool
	rest string
}

// maxSplits bounds the number of readings splits can return.
const maxSplits = 9 // three clitic sequences (none, conjunction, conjunction+preposition) × three readings

// splits lists the readings of the folded word w: with every proclitic
// sequence it starts with (only the empty one unless clitics is set), each
// with and without an article. A reading keeps at least two letters after
// the clitics and after the article.
func splits(w string, clitics bool, out *[maxSplits]split) int {
	n := addReadings(w, 0, out, 0)
	if !clitics {
		return n
	}
	if isConj(w, 0) {
		n = addReadings(w, 2, out, n)
		if isPrep(w, 2) {
			n = addReadings(w, 4, out, n)
		}
	} else if isPrep(w, 0) {
		n = addReadings(w, 2, out, n)
	}
	return n
}

// addReadings appends the readings of w with the clitics w[:p].
func addReadings(w string, p int, out *[maxSplits]split, n int) int {
	r := w[p:]
	if p > 0 && !runesAtLeast(r, 2) {
		return n
	}
	out[n] = split{w[:p], false, r}
	n++
	if len(r) > 4 && r[0] == 0xD8 && r[1] == 0xA7 && r[2] == 0xD9 && r[3] == 0x84 && runesAtLeast(r[4:], 2) { // ال
		out[n] = split{w[:p], true, r[4:]}
		n++
	}
	if p > 0 && w[p-2] == 0xD9 && w[p-1] == 0x84 && len(r) > 2 && r[0] == 0xD9 && r[1] == 0x84 && runesAtLeast(r[2:], 2) { // ل + ل
		out[n] = split{w[:p], true, r[2:]}
		n++
	}
	return n
}
