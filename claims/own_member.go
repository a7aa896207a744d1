package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// fighterNouns are plural words for the fighters of an armed body; with a
// pronoun suffix they are the body's own men: "عناصره"، "مقاتليها"،
// "جنودنا"، "انغماسييه".
var fighterNouns = []string{
	"عناصر", "مقاتلي", "مقاتلو", "انغماسيي", "انغماسيو", "استشهاديي", "استشهاديو", "جنود", "افراد",
	"اعضاء", "مجاهدي", "مجاهدو", "رجال", "ابطال", "مسلحي", "مسلحو",
}

// memberSuffixes are the pronouns that make a member noun the speaker's
// (or its antecedent's) own: his/its, her/its, their, our.
var memberSuffixes = []string{"ه", "ها", "هم", "نا"}

// memberDeedVerbs are past verbs of carrying out an attack, singular and
// plural, that a fighter does: "فجّر"، "نفذوا"، "اقتحم". Verbs of killing
// are left out: "قتل أحد عناصره" reads as often "one of its men was
// killed".
var memberDeedVerbs = map[string]bool{
	"فجر": true, "فجروا": true, "نفذ": true, "نفذوا": true, "استهدف": true, "استهدفوا": true,
	"هاجم": true, "هاجموا": true, "اقتحم": true, "اقتحموا": true, "قنص": true, "قنصوا": true,
	"اغتال": true, "اغتالوا": true, "فخخ": true, "فخخوا": true, "زرع": true, "زرعوا": true,
	"قصف": true, "قصفوا": true, "اطلق": true, "اطلقوا": true, "اغار": true, "اغاروا": true,
	"فجرا": true, "نفذا": true, "هاجما": true, "اقتحما": true,
	// "قام أحد عناصره بتفجير ..."، "تمكن مقاتلوه من تفجير ...".
	"قام": true, "قاموا": true, "تمكن": true, "تمكنوا": true,
}

// ownMember reports whether token t is a member noun with a possessive
// pronoun ("عناصره"، "مقاتلينا").
func ownMember(t arabic.Token) bool {
	if t.Kind != arabic.TokWord || t.Article {
		return false
	}
	for _, n := range fighterNouns {
		rest, ok := strings.CutPrefix(t.Stem, n)
		if !ok {
			continue
		}
		for _, s := range memberSuffixes {
			if rest == s {
				return true
			}
		}
	}
	return false
}

// memberDeed reports whether token t is a deed verb of memberDeedVerbs.
func memberDeed(t arabic.Token) bool {
	// A verb opening with ف ("فجروا") may have lost it as a proclitic.
	return t.Kind == arabic.TokWord && (memberDeedVerbs[t.Norm] || t.Clitics == "" && memberDeedVerbs[t.Stem])
}

// ownMemberNoun returns the index of the speaker's own member noun that
// token k opens, alone or after "أحد"/"إحدى" ("أحد عناصره"), with no
// clitic on it; ok is false when k opens none.
func ownMemberNoun(d *doc, r region, in func(int) bool, k int) (j int, ok bool) {
	t := d.toks[k]
	j = k
	if (t.Stem == "احد" || t.Stem == "احدى") && t.Clitics == "" && k+1 < r.hi && in(k+1) {
		j = k + 1
	}
	return j, ownMember(d.toks[j]) && d.toks[j].Clitics == ""
}

// ownMemberActs reports whether token k opens the speaker's own men
// carrying out the deed: "أن أحد عناصره فجّر عبوة"، "إن مقاتليها
// اقتحموا الحاجز"، "فجّر أحد انغماسييه حزاماً ناسفاً". An armed body that
// tells of what one of its fighters did claims the attack as its own. The
// member noun must be the verb's subject: right after the verb ("فجّر أحد
// عناصره") or right before it, alone or after "أحد"/"إحدى"; a member
// counted "من" ("خمسة من عناصره") or governed by a preposition ("على
// عناصره") is no subject.
func ownMemberActs(d *doc, r region, in func(int) bool, k int) bool {
	j, ok := ownMemberNoun(d, r, in, k)
	if !ok {
		return false
	}
	if k > r.lo && in(k-1) && memberDeed(d.toks[k-1]) {
		return true
	}
	if j == k && k > r.lo && in(k-1) && isPreposition(d.toks[k-1]) {
		// "انتحاري من عناصره فجّر": the doer one of its men, the
		// deed right after them; "على عناصره" is no subject.
		return d.toks[k-1].Norm == "من" && k-1 > r.lo && in(k-2) && doerNoun(d.toks[k-2]) &&
			j+1 < r.hi && in(j+1) && memberDeed(d.toks[j+1])
	}
	return j+1 < r.hi && in(j+1) && memberDeed(d.toks[j+1])
}

// ownMemberKills reports whether token k opens the speaker's own men as
// the subject of a verb of killing whose object is counted people: "إن
// مقاتليه قتلوا عشرين جندياً"، "أن أحد عناصره أعدم أسيرين". The object
// rules out the passive ("خمسة من عناصره قُتلوا في الهجوم"), and a member
// after "من" or another preposition is no subject.
func (x *Extractor) ownMemberKills(d *doc, r region, in func(int) bool, k int) bool {
	j, ok := ownMemberNoun(d, r, in, k)
	if !ok {
		return false
	}
	if k > r.lo && in(k-1) && isPreposition(d.toks[k-1]) {
		return false
	}
	v := j + 1
	if v >= r.hi || !in(v) || !killVerb(d.toks[v]) {
		return false
	}
	return x.killObjectAt(d, r, in, v+1) || x.killObjectAt(d, r, in, pastTimeAdverb(d, v+1, r.hi))
}

// isPreposition: a bare preposition word before a noun ("على", "من").
func isPreposition(t arabic.Token) bool {
	switch t.Norm {
	case "على", "من", "الى", "ضد", "في", "عن", "مع", "بين":
		return true
	}
	return false
}

// doerNounBases are the stems of a noun for who carries out an attack,
// which "من عناصره" may then describe: a suicide bomber, a fighter, a
// squad.
var doerNounBases = []string{"انتحاري", "مقاتل", "عنصر", "مجموعه", "مفرزه", "فريق", "خليه", "انغماسي", "قناص"}

// doerNoun reports whether t is one of doerNounBases, with its case ending
// or plural ("انتحارياً"، "مقاتلون"، "مجموعة").
func doerNoun(t arabic.Token) bool {
	if t.Kind != arabic.TokWord || t.Article {
		return false
	}
	for _, b := range doerNounBases {
		if rest, ok := strings.CutPrefix(t.Stem, b); ok && len(rest) <= 4 {
			return true
		}
	}
	return false
}
