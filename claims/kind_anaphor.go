package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// kindAnaphors are the bare definite heads by which an article points back
// to an organisation it named with the same head: "التنظيم" after "تنظيم
// داعش" (or, in a Turkish report, after "تنظيم بي كا كا"), "الحزب" after
// "حزب الله", "الهيئة" after "هيئة تحرير الشام", "الحركة" after "حركة
// النجباء", "المنظمة" after "منظمة بي كا كا". The party is read from the
// article, not from the word: the same head names different parties in
// different reports.
var kindAnaphors = map[string]bool{
	"تنظيم": true, "حزب": true, "حركه": true, "هيئه": true, "فصيل": true, "جماعه": true, "منظمه": true,
	"وحدات": true,
}

// namedOnlyKinds are the kindAnaphors that point back only to a party the
// article named with the same head ("الوحدات" after "وحدات حماية الشعب" or
// "الوحدات الكردية"): bare, they are as often an army's own units
// ("أكدت أن الوحدات ردت"), so no party the lexicon merely calls so is read.
var namedOnlyKinds = map[string]bool{"وحدات": true}

// kindAnaphorAdjectives may follow the bare head without making it a name
// of its own: "التنظيم الإرهابي"، "الحزب المذكور".
var kindAnaphorAdjectives = map[string]bool{
	"ارهابي": true, "ارهابيه": true, "متطرف": true, "متطرفه": true, "متشدد": true, "متشدده": true,
	"مذكور": true, "مذكوره": true, "انفصالي": true, "انفصاليه": true, "نفسه": true, "نفسها": true,
	"ذاته": true, "ذاتها": true,
}

// kindAnaphorAt reads a bare definite head at k (see kindAnaphors) as the
// party the article last named with that head before k, when it stands
// where a doer is named (see doerPosition). A head followed by a definite word that is no
// adjective of reference ("الحزب الديمقراطي") is a name of its own.
func (x *Extractor) kindAnaphorAt(d *doc, k int) (string, arabic.Match, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || !t.Article || !kindAnaphors[t.Stem] {
		return "", arabic.Match{}, false
	}
	if k+1 < len(d.toks) {
		n := d.toks[k+1]
		if n.Kind == arabic.TokWord && n.Article && n.Clitics == "" && !kindAnaphorAdjectives[n.Stem] {
			return "", arabic.Match{}, false
		}
	}
	if !x.doerPosition(d, k) {
		return "", arabic.Match{}, false
	}
	return x.kindAntecedent(d, k)
}

// kindAntecedent is the party the article last named before k with the
// head of the bare word at k (see kindAnaphorAt), wherever that word
// stands: "ما إذا كان منتسباً إلى التنظيم" asks of the party it points
// back to.
func (x *Extractor) kindAntecedent(d *doc, k int) (string, arabic.Match, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || !t.Article || !kindAnaphors[t.Stem] {
		return "", arabic.Match{}, false
	}
	m := arabic.Match{First: k, Last: k + 1}
	for j := k - 1; j >= 0; j-- {
		if a, ok := x.namedWithHead(d, j, t.Stem); ok {
			return a, m, true
		}
	}
	if namedOnlyKinds[t.Stem] {
		return "", arabic.Match{}, false
	}
	// "ينشط داعش ... عناصر التنظيم": the party last named, by any name,
	// that a name of the lexicon calls by this head.
	for j := k - 1; j >= 0; j-- {
		if a, _, ok := x.actors.at(d.toks, j); ok && x.kindParties[t.Stem][a] {
			return a, m, true
		}
	}
	return "", arabic.Match{}, false
}

// kindPartiesOf reads, from the names of the actor lexicon, which parties
// each bare head of kindAnaphors names: "تنظيم داعش" and "تنظيم الدولة"
// make "تنظيم" name isis, "حزب الله" makes "حزب" name the Iran-backed.
func kindPartiesOf(actors *lexicon[string]) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for i, k := range actors.keys {
		toks := arabic.Tokenize(k)
		if len(toks) < 2 || !kindAnaphors[toks[0].Stem] || !namedActor(actors.vals[i]) {
			continue
		}
		if out[toks[0].Stem] == nil {
			out[toks[0].Stem] = map[string]bool{}
		}
		out[toks[0].Stem][actors.vals[i]] = true
	}
	return out
}

// doerPosition reports whether the bare head at k stands where the doer
// of a deed is named: after a noun of its fighters ("مسلحي التنظيم"،
// "إرهابيو الحزب"، "عناصر الهيئة"), as the subject of a verb of the deed
// right after it ("التنظيم الإرهابي فجّر"، "الحزب يقف وراء")، or as the
// party an accusation charges ("تتهم أنقرة التنظيم"). Elsewhere the bare
// head is more often a party spoken of than the doer of the event told
// ("قدرة التنظيم على"، "ما ينشره التنظيم"، "مخلفات التنظيم").
func (x *Extractor) doerPosition(d *doc, k int) bool {
	if k > 0 {
		p := d.toks[k-1]
		if _, fm, ok := x.forces.at(d.toks, k-1); ok && fm.Last == k && p.Kind == arabic.TokWord && !p.Article {
			return true
		}
	}
	if membersOf(d, k) {
		return true // "عناصر من الحزب"، "مسلحون من التنظيم"
	}
	if k > 0 && resumedDeedVerb(d.toks[k-1]) {
		return true // "قذائف أطلقها التنظيم"، "الهجوم الذي شنه الحزب"
	}
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if d.toks[i].Kind != arabic.TokWord {
			break
		}
		if chargeVerb(d.toks[i]) {
			return true // "حمّلت وزارة الدفاع التنظيم الإرهابي"
		}
	}
	j := k + 1
	for j < len(d.toks) && d.toks[j].Kind == arabic.TokWord && d.toks[j].Article && kindAnaphorAdjectives[d.toks[j].Stem] {
		j++
	}
	if j >= len(d.toks) || d.toks[j].Kind != arabic.TokWord {
		return false
	}
	if d.toks[j].Norm == "قد" && j+1 < len(d.toks) && d.toks[j+1].Kind == arabic.TokWord {
		j++ // "أن يكون الحزب قد قصف"
	}
	n := d.toks[j]
	if memberDeedVerbs[n.Norm] || imperfectDeedVerb(n) || standVerbs[n.Norm] || behindWords[n.Norm] || killVerb(n) {
		// "أن التنظيم أعدم عشرين رجلاً": an organisation is no one
		// killed, so the verb of killing after it is its own.
		return true
	}
	_, _, ok := pluralDeeds.at(d.toks, j)
	return ok
}

// resumedDeedVerb reports whether t is a perfect verb of the deed (see
// memberDeedVerbs but remnantDeedVerbs, and "شنّ") carrying a pronoun of its object: in a
// relative clause ("قذائف أطلقها"، "الهجوم الذي شنه"، "عبوة زرعها") the
// noun right after it is its subject, the doer.
func resumedDeedVerb(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	for _, p := range []string{"هما", "ها", "هم", "ه"} {
		v, ok := strings.CutSuffix(t.Norm, p)
		if !ok || len([]rune(v)) < 2 {
			continue
		}
		return memberDeedVerbs[v] && !remnantDeedVerbs[v] || v == "شن" || v == "شنت"
	}
	return false
}

// remnantDeedVerbs are the deed verbs of what a party leaves behind it:
// "الألغام التي زرعها التنظيم" tells of the remnants another party's
// operation clears, not of the strike told.
var remnantDeedVerbs = map[string]bool{"زرع": true, "زرعوا": true, "فخخ": true, "فخخوا": true}

// imperfectDeedVerb reports whether t is the imperfect of a verb of the
// deed (see memberDeedVerbs) with a subject before it: "الحزب يقصف"،
// "التنظيم يستهدف"، "الهيئة تهاجم".
func imperfectDeedVerb(t arabic.Token) bool {
	if t.Kind != arabic.TokWord || t.Clitics != "" {
		return false
	}
	r := []rune(t.Norm)
	if len(r) < 4 || (r[0] != 'ي' && r[0] != 'ت') {
		return false
	}
	rest := string(r[1:])
	// "يقصف"، "تهاجم" of "قصف"، "هاجم"; "يستهدف"، "يطلق"، "يقتحم" of
	// "استهدف"، "أطلق"، "اقتحم", whose perfect opens with alif.
	return memberDeedVerbs[rest] || memberDeedVerbs["ا"+rest]
}

// standVerbs say who stands behind a deed: "التنظيم يقف وراء".
var standVerbs = map[string]bool{"يقف": true, "تقف": true, "وقف": true, "وقفت": true, "يقفون": true}

// behindWords put the party before them behind the deed after them, with
// or without a copula: "أن يكون التنظيم وراء التفجير"، "الحزب خلف الهجوم".
var behindWords = map[string]bool{"وراء": true, "خلف": true}

// chargeVerb reports whether t is a verb that charges its object with a
// deed: "اتهمت"، "تتهم"، "حمّلت"، "يحمل".
func chargeVerb(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	switch t.Norm {
	case "اتهم", "اتهمت", "يتهم", "تتهم", "حمل", "حملت", "يحمل", "تحمل", "واتهم", "واتهمت", "وحملت", "وحمل":
		return true
	}
	return false
}

// organisationTwins are the two words for an organisation, one head for
// pointing back: "التنظيم" after "منظمة بي كي كي"، "المنظمة" after
// "تنظيم داعش".
var organisationTwins = map[string]bool{"تنظيم": true, "منظمه": true}

// namedWithHead reports the party named at j by head (or its twin in
// organisationTwins) and a name: a lexicon name that starts with it
// ("حزب الله") or a name right after it ("تنظيم «داعش»"، "منظمة بي كا كا").
func (x *Extractor) namedWithHead(d *doc, j int, head string) (string, bool) {
	if d.toks[j].Kind != arabic.TokWord || d.toks[j].Stem != head && !(organisationTwins[d.toks[j].Stem] && organisationTwins[head]) {
		return "", false
	}
	if a, m, ok := x.actors.at(d.toks, j); ok && m.Last > j+1 && namedActor(a) {
		return a, true
	}
	if a, _, ok := x.qualifiedAfter(d, j+1); ok && namedActor(a) {
		return a, true
	}
	i := j + 1
	for i < len(d.toks) && d.toks[i].IsQuote() {
		i++
	}
	if i < len(d.toks) {
		if a, _, ok := spelledActor(d, i); ok {
			return a, true
		}
	}
	return "", false
}
