package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// pluralDeeds are the plural and dual forms of the verbs of striking:
// "قصفوا"، "استهدفوا"، "يقصفون"، "قصفتا". A verb agrees in number only
// with a subject named before it (in verb-first order it stays singular:
// "قصفت القوات"), so these are events only when a party is named right
// before them (see pluralSubjectAt): alone they are as often a quoted
// charge, an object clause or a relative clause of the victims.
var pluralDeeds = newLexicon(map[string]trigger{
	"=قصفوا": {EventAirstrike, 1}, "=يقصفون": {EventAirstrike, 1}, "=قصفتا": {EventAirstrike, 1},
	"=قصفوها": {EventAirstrike, 1}, "=قصفوه": {EventAirstrike, 1}, "=قصفوهم": {EventAirstrike, 1},
	"=استهدفوا": {EventAirstrike, 0}, "=يستهدفون": {EventAirstrike, 0}, "=استهدفتا": {EventAirstrike, 0},
	"=استهدفوها": {EventAirstrike, 0}, "=استهدفوه": {EventAirstrike, 0}, "=استهدفوهم": {EventAirstrike, 0},
	"=شنوا": {EventAirstrike, -1}, "=يشنون": {EventAirstrike, -1},
	"=هاجمتا": {EventGroundAttack, 2}, "=يهاجمون": {EventGroundAttack, 2}, "=هاجموها": {EventGroundAttack, 2},
	"=اقتحمتا": {EventGroundAttack, 4}, "=يقتحمون": {EventGroundAttack, 4},
	// the masculine dual of two parties: "النظام وحزب الله استهدفا"
	// ("قصفا" is left out: it is also the noun "قصفاً")
	"=استهدفا": {EventAirstrike, 0}, "=هاجما": {EventGroundAttack, 2}, "=اقتحما": {EventGroundAttack, 4},
})

// subjectChain are the words a coordinated subject may add after the named
// party and before its plural verb: "الجيش التركي وحلفاؤه"، "الاحتلال
// التركي والفصائل الإرهابية التابعة له"، "قوات النظام وميليشياتها".
var subjectChainBases = []string{
	"حليف", "حلفاء", "حلفاؤ", "حلفائ", "فصائل", "ميليشي", "مليشي", "مرتزق", "مجموعات", "عناصر", "اعوان",
	"ارهابي", "مواليه", "موالين", "تابعه", "مدعومه", "رديفه", "متحالفه",
}

// chainWord reports whether t may stand in a subject's coordinated tail.
func chainWord(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	switch t.Norm {
	case "له", "لها", "لهم", "معه", "معها":
		return true
	}
	for _, b := range subjectChainBases {
		if strings.HasPrefix(t.Stem, b) {
			return true
		}
	}
	return false
}

// pluralSubjectAt reads a plural verb of striking at k whose subject is
// named right before it (see pluralDeeds), maybe with a coordinated tail
// opened by "و": "الجيش التركي وحلفاؤه قصفوا"، "إرهابيو الحزب
// استهدفوا". It returns the verb's trigger and match, and the subject,
// judged as actorBefore judges a party before an event word.
func (x *Extractor) pluralSubjectAt(d *doc, k int, r region, in func(int) bool) (trigger, arabic.Match, string, bool) {
	t, m, ok := pluralDeeds.at(d.toks, k)
	if !ok {
		return trigger{}, m, "", false
	}
	e := k
	for e > r.lo && e > k-5 && in(e-1) && chainWord(d.toks[e-1]) {
		e--
	}
	if e < k && !hasClitic(d.toks[e].Clitics, 'و') {
		return trigger{}, m, "", false // the tail opens with "و"
	}
	if !x.partyEndsAt(d, e, r, in) {
		return trigger{}, m, "", false
	}
	a, ok := x.actorBefore(d, e, r, in, false)
	if !ok {
		return trigger{}, m, "", false
	}
	return t, m, a, true
}

// partyEndsAt reports whether a party's name ends right before token e.
func (x *Extractor) partyEndsAt(d *doc, e int, r region, in func(int) bool) bool {
	for i := e - 1; i >= r.lo && i >= e-6; i-- {
		if !in(i) || d.toks[i].Kind == arabic.TokPunct && !d.toks[i].IsQuote() {
			return false
		}
		if _, am, ok := x.actorAt(d, i); ok && am.Last == e {
			return true
		}
	}
	return false
}
