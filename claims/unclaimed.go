package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/riwaya/riwaya/claims/arabic"
)

// This file holds two ways of saying that no one is known to have done a
// deed, beyond the fixed cues of unnamedActorCues and doerSubjectAt:
//
//   - a negated clause whose subject is "any party" and which speaks of
//     claiming the deed, whatever its verb: "لم تنشر أية جماعة بياناً
//     تتبنى به القصف"، "لم يظهر أي فصيل ليتبنى الاغتيال"، "لم يصدر
//     أي تبنٍّ للاغتيال"، "لم تعلن أية جماعة تبنيها"، "لا جهة تتبنى
//     الاغتيال";
//   - the doer named by a noun that carries the deed's pronoun, said to
//     be unknown: "لا يزال منفذه مجهولاً"، "فاعلها مجهول".

// anyPartyNouns are the folded heads that, after "أي"/"أية" (or right after
// "لا"), say "any party": who might have claimed the deed.
var anyPartyNouns = map[string]bool{
	"جهه": true, "طرف": true, "فصيل": true, "جماعه": true, "تنظيم": true, "مجموعه": true, "فئه": true,
	"حزب": true, "جهات": true, "اطراف": true, "فصائل": true, "جماعات": true, "مجموعات": true,
}

// claimingPrefixes open the folded forms of claiming a deed: the verb
// "تبنّى" in its persons and moods ("تتبنى"، "يتبنّ"، "ليتبنى") and its
// verbal noun ("تبنٍّ"، "تبنيه"، "تبنيها").
var claimingPrefixes = []string{"تبن", "يتبن", "تتبن"}

// responsibilityPrefix opens the folded forms of "responsibility" with
// or without a pronoun ("مسؤوليتها"، "المسؤولية").
const responsibilityPrefix = "مسؤولي"

// noClaimWindow is how many tokens after the negator the clause of no
// claim may run.
const noClaimWindow = 9

// noClaimClauseAt reports whether a negated clause of no claim opens at
// token k: a negator ("لم"، "ولم"، "لا"، "ولا") whose clause, before any
// punctuation, has "any party" (or "أحد") for its subject and speaks of
// claiming or of responsibility, or says that no claiming came out ("لم
// يصدر أي تبنٍّ"). A clause that names the party that did not claim
// ("لم يعلن الجيش مسؤوليته") is not one: only "any party" makes the doer
// unclaimed.
func noClaimClauseAt(d *doc, k int) bool {
	if k >= len(d.toks) || !negatorWord(d.toks[k].Norm) {
		return false
	}
	anyParty, claiming := false, false
	for j := k + 1; j < len(d.toks) && j <= k+noClaimWindow; j++ {
		t := d.toks[j]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord {
			break
		}
		switch {
		case anyWord(t) && j+1 < len(d.toks) && anyPartyNouns[d.toks[j+1].Stem]:
			anyParty = true
		case anyWord(t) && j+1 < len(d.toks) && claimingWord(d.toks[j+1]):
			// "لم يصدر أي تبنٍّ": no claiming at all.
			anyParty = true
		case j == k+1 && strings.HasSuffix(d.toks[k].Norm, "لا") && anyPartyNouns[t.Stem]:
			// "لا جهة تتبنى": the negator of the genus.
			anyParty = true
		case t.Stem == "احد" || t.Stem == "احدا":
			anyParty = true
		}
		if blamingWord(t) {
			// "لم يحمّل المسؤول أي طرف مسؤولية الهجوم": the speaker
			// blames no one, which says nothing of a claim.
			return false
		}
		if claimingWord(t) || strings.HasPrefix(t.Stem, responsibilityPrefix) {
			claiming = true
		}
		if anyParty && claiming {
			return true
		}
	}
	return false
}

// noClaimClauseIn reports whether a clause of no claim opens at a token
// of the region.
func noClaimClauseIn(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if in(k) && noClaimClauseAt(d, k) {
			return true
		}
	}
	return false
}

// blamingPrefixes open the folded verbs of laying blame ("يحمّل"، "تتهم").
var blamingPrefixes = []string{"يحمل", "تحمل", "يتهم", "تتهم", "اتهم", "حمل"}

// blamingWord reports whether a token is a verb of laying blame.
func blamingWord(t arabic.Token) bool {
	for _, p := range blamingPrefixes {
		if strings.HasPrefix(t.Stem, p) {
			return true
		}
	}
	return false
}

// negatorWord reports whether a folded word negates the clause it opens:
// "لم" and "لا", alone or after و/ف.
func negatorWord(norm string) bool {
	switch norm {
	case "لم", "ولم", "فلم", "لا", "ولا", "فلا":
		return true
	}
	return false
}

// anyWord reports whether a token is "أي"/"أية" (folded "اي"، "ايه").
func anyWord(t arabic.Token) bool {
	return t.Stem == "اي" || t.Stem == "ايه"
}

// claimingWord reports whether a token is a form of claiming a deed.
func claimingWord(t arabic.Token) bool {
	for _, p := range claimingPrefixes {
		if strings.HasPrefix(t.Stem, p) {
			return true
		}
	}
	return false
}

// suffixedDoerBases are the folded doer nouns that take the deed's pronoun
// ("منفذه"، "منفذوها"، "مرتكبيه"، "فاعلها"، "مطلقوها").
var suffixedDoerBases = map[string]bool{
	"منفذ": true, "منفذو": true, "منفذي": true, "فاعل": true, "فاعلو": true, "فاعلي": true,
	"مرتكب": true, "مرتكبو": true, "مرتكبي": true, "مطلق": true, "مطلقو": true, "مطلقي": true,
}

// deedPronouns are the folded pronouns of the deed on a doer noun.
var deedPronouns = []string{"ها", "ه"}

// suffixedDoerAt reports whether token k is a doer noun carrying the
// deed's pronoun: "منفذه" (whoever carried it out), but not the feminine
// adjective "منفذة", which folds to the same letters; its last letter must
// be the pronoun's ه, not the ة of the feminine.
func suffixedDoerAt(d *doc, k int) bool {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Article || !endsWithHa(t.Text) {
		return false
	}
	norm := strings.TrimPrefix(t.Norm, "و")
	for _, p := range deedPronouns {
		if base, ok := strings.CutSuffix(norm, p); ok && suffixedDoerBases[base] {
			return true
		}
	}
	return false
}

// endsWithHa reports whether a surface word, past its diacritics, ends
// with the pronoun "ه" or "ها" (and not with the feminine "ة").
func endsWithHa(s string) bool {
	var last []rune
	for len(s) > 0 && len(last) < 2 {
		r, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
		if r >= 0x064B && r <= 0x0652 || r == 0x0670 || r == 0x0640 {
			continue
		}
		last = append(last, r)
	}
	switch {
	case len(last) > 0 && last[0] == 'ه':
		return true
	case len(last) > 1 && last[0] == 'ا' && last[1] == 'ه':
		return true
	}
	return false
}

// placedItVerbs are verbs of laying or setting off a device or an ambush,
// with the pronoun of the thing laid, whose subject follows: "كمين نصبه
// مسلحو التنظيم"، "عبوة زرعها مجهولون"، "سيارة فجّرها انتحاري". Folded
// stems.
var placedItVerbs = map[string]bool{
	"نصبه": true, "نصبها": true, "نصبته": true, "نصبتها": true, "نصبوه": true, "نصبوها": true,
	"زرعه": true, "زرعها": true, "زرعته": true, "زرعتها": true, "زرعوه": true, "زرعوها": true,
	"فجره": true, "فجرها": true, "فجرته": true, "فجرتها": true, "فجروه": true, "فجروها": true,
	"ركنه": true, "ركنها": true, "ركنوه": true, "ركنوها": true, "وضعه": true, "وضعها": true, "وضعوها": true,
}

// nominativeMembers are sound plurals of fighters in the nominative, the
// case of a subject: after a deed verb, "مقاتلون من التنظيم" are its
// doers, where the accusative "مقاتلين" would be whom it hit. Folded stems.
var nominativeMembers = map[string]bool{
	"مقاتلون": true, "ارهابيون": true, "متشددون": true, "عسكريون": true, "انتحاريون": true, "مهاجمون": true,
	"جهاديون": true, "قناصون": true,
}
