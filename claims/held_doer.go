package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// This file reads doers named inside a noun phrase rather than as the
// subject of a verb: the shooters of the fire a victim fell to ("برصاص
// جنود أمريكيين"، "بنيران حرس الحدود التركي"), the party that opened fire
// told with the verbal noun ("إطلاق دورية روسية النار"), the owner of the
// aircraft or the force that acted ("مروحية للنظام ألقت"، "الطائرات تابعة
// للقوات الحكومية") and the party that launched a raid or a security
// campaign ("قسد تطلق حملة أمنية"، "شنت القوات حملة دهم").

// fireDeed is the fire a victim fell to, told with ب or ل before the noun
// ("قتل بنيران القوات"، "تعرض لنيران الجنود"): a shooting, as weak as
// "برصاص", which any word of the means outranks.
var fireDeed = trigger{EventGroundAttack, 3}

// openedFireDeed is the verbal noun "إطلاق" with its subject before its
// object "النار" ("بعد إطلاق جنود أتراك النار"): a shooting.
var openedFireDeed = trigger{EventGroundAttack, 4}

// campaignDeed is the launching of a raid or a security campaign ("أطلقت
// قسد حملة أمنية"، "حملة دهم شنتها القوات"): it names a doer but types no
// claim (priority below any event word; the gold keeps such claims apart
// from attacks).
var campaignDeed = trigger{EventOther, -9}

// doerFireNouns (stems, article aside) are nouns of the fire a party shoots:
// "نيران"، "النيران". ("رصاص" is an event word of its own.)
var doerFireNouns = map[string]bool{"نيران": true}

// firedAt reports whether token k is a noun of fire with ب or ل
// ("بنيران"، "لنيران") followed by who fired it: a party, a force or a
// shooter noun. The fire of a blaze ("اندلعت النيران"، "إخماد النيران")
// takes neither clitic nor a party after it.
func (x *Extractor) firedAt(d *doc, r region, in func(int) bool, k int) bool {
	t := d.toks[k]
	if !in(k) || t.Kind != arabic.TokWord || !doerFireNouns[t.Stem] || t.Article || !hasClitic(t.Clitics, 'ب') && !hasClitic(t.Clitics, 'ل') {
		return false
	}
	if _, ok := x.shooterAfter(d, k+1, r.hi, in); ok {
		return true
	}
	// "تعرضت لنيران قواتنا": the speaker's own forces fired it.
	if k+1 < r.hi && in(k+1) {
		if m, ok := x.forceAt(d, k+1); ok && ownSuffix(d.toks[m.Last-1]) {
			return true
		}
	}
	return false
}

// shooterNouns (stems) name the men or the unit that fired, before the
// party they belong to: "برصاص جنود أمريكيين"، "بنيران عناصر الفرقة"،
// "برصاص الجندرما التركية"، "بنيران حرس الحدود".
var shooterNouns = map[string]bool{
	"جنود": true, "جندي": true, "جنديين": true, "جنديان": true, "عناصر": true, "عنصر": true, "عنصرين": true,
	"افراد": true, "حرس": true, "حراس": true, "دوريه": true, "دوريات": true, "عسكريين": true, "عسكري": true,
	"ضباط": true, "ضابط": true, "شرطه": true, "قناص": true,
	"قناصه": true, "قناصي": true, "قناصين": true, "مقاتلين": true, "حاجز": true, "حواجز": true,
}

// shooterTails (stems) may follow a shooter noun as part of its name:
// "حرس الحدود"، "شرطة الحدود"، "جنود الاحتلال" is read as a party.
var shooterTails = map[string]bool{"حدود": true}

// nisbaPlurals are the plural, dual and broken-plural nisbas of the
// parties, which name the nationality of men ("جنود أمريكيون"، "جنديين
// تركيين"، "الجنود الروس"، "عسكريين إيرانيين"). They name a doer only
// after a shooter noun of the doer's fire (see shooterAfter): after a count
// of the dead they are the victims.
var nisbaPlurals = map[string]string{
	"امريكيين": "us", "امريكيون": "us", "امريكيان": "us", "اميركيين": "us", "اميركيون": "us", "اميركيان": "us",
	"اسرائيليين": "israel", "اسرائيليون": "israel", "اسرائيليان": "israel",
	"روس": "russia", "روسيين": "russia", "روسيان": "russia",
	"اتراك": "turkey", "تركيين": "turkey", "تركيان": "turkey",
	"ايرانيين": "iran_backed", "ايرانيون": "iran_backed", "ايرانيان": "iran_backed",
}

// shooterAfter reads who fired, from token j on, after a noun of the
// doer's fire: a party named at once ("بنيران قوات النظام"), or shooter
// nouns ("جنود"، "حرس الحدود") followed by a party or its nisba ("جنود
// أمريكيين"، "الجندرما التركية"، "عناصر من الفرقة الرابعة").
func (x *Extractor) shooterAfter(d *doc, j, end int, in func(int) bool) (string, bool) {
	shooter := false
	for k := j; k < end && k < j+5; k++ {
		t := d.toks[k]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord || !in(k) {
			return "", false
		}
		if k > j && (hasClitic(t.Clitics, 'و') || hasClitic(t.Clitics, 'ف') || hasClitic(t.Clitics, 'ب')) {
			return "", false // "برصاص جنود وإصابة آخرين": another phrase
		}
		if a, m, ok := x.actorAt(d, k); ok {
			if hasClitic(m.Clitics, 'ب') || hasClitic(m.Clitics, 'ل') && !shooter || !namedActor(a) && a != vagueDoer {
				return "", false
			}
			if a == vagueDoer {
				// "على أيدي مسلحين موالين لإيران": armed men, and the
				// patron they are loyal to.
				if p, ok := x.patronAfter(d, m.Last, end, in); ok {
					return p, true
				}
			}
			return a, true
		}
		if shooter {
			if p, ok := x.patronAfter(d, k, end, in); ok {
				return p, true // "برصاص عناصر موالين للنظام"
			}
		}
		if shooter {
			if a, ok := nisbaPlurals[t.Stem]; ok {
				return a, true
			}
		}
		if k > j && t.Norm == "من" && shooter {
			continue // "برصاص عناصر من الفرقة الرابعة"
		}
		if shooterNouns[t.Stem] || shooter && shooterTails[t.Stem] {
			shooter = true
			continue
		}
		if _, m, ok := x.forces.at(d.toks, k); ok {
			shooter = true
			k = m.Last - 1
			continue
		}
		return "", false
	}
	return "", false
}

// shotByAfter is actorAfter for the nouns of the doer's fire ("برصاص"،
// "بنيران"، "لنيران"): the shooters may stand between the noun and their
// party ("برصاص جنود أمريكيين").
func (x *Extractor) shotByAfter(d *doc, tm arabic.Match, end int, in func(int) bool) (string, bool) {
	t := d.toks[tm.First]
	if tm.Last-tm.First != 1 || t.Article || t.Stem != "رصاص" && !doerFireNouns[t.Stem] {
		return "", false
	}
	return x.shooterAfter(d, tm.Last, end, in)
}

// openedFireAt reports whether token k is the verbal noun "إطلاق" (or a
// finite verb of opening fire, see firingVerbs) whose subject stands
// between it and its object "النار": "عقب إطلاق دورية تركية النار"، "بعد
// إطلاق عناصر الحاجز النار"، "أطلقت دورية للنظام النار"، "فتح مسلحون
// النار".
func (x *Extractor) openedFireAt(d *doc, r region, in func(int) bool, k int) bool {
	t := d.toks[k]
	if !in(k) || t.Kind != arabic.TokWord || t.Stem != "اطلاق" && !firingVerbs[t.Stem] && !firingVerbs[t.Norm] || t.Article {
		return false
	}
	for j := k + 2; j < r.hi && j <= k+5; j++ {
		u := d.toks[j]
		if u.Kind != arabic.TokWord || !in(j) {
			return false
		}
		if u.Norm == "النار" {
			_, ok := x.shooterAfter(d, k+1, j, in)
			return ok
		}
	}
	return false
}

// campaignVerbs are the finite forms of the verbs that launch a campaign or
// a raid (stems): "أطلق"، "شن"، "نفذ"، "بدأ"، with their subjects' persons.
var campaignVerbs = map[string]bool{
	"اطلق": true, "اطلقت": true, "تطلق": true, "يطلق": true, "اطلقوا": true,
	"شن": true, "شنت": true, "تشن": true, "يشن": true, "شنوا": true,
	"نفذ": true, "نفذت": true, "تنفذ": true, "ينفذ": true, "نفذوا": true,
	"بدات": true, "بدا": true, "تبدا": true, "يبدا": true,
}

// campaignNouns (stems) name a campaign or raids: "حملة"، "حملات".
var campaignNouns = map[string]bool{"حمله": true, "حملات": true}

// campaignKinds (stems, article aside) say what kind of campaign: a
// security one, of raids, arrests, combing or searches ("حملة أمنية"،
// "حملة دهم واعتقالات"، "حملة تمشيط").
var campaignKinds = map[string]bool{
	"امنيه": true, "دهم": true, "مداهمه": true, "مداهمات": true, "اعتقال": true, "اعتقالات": true,
	"تمشيط": true, "تفتيش": true,
}

// campaignAt reports whether token k starts the launching of a campaign
// of raids or security, and returns the words that tell it: a verb that
// launches it, the campaign noun and its kind following within six words
// ("أطلقت قسد حملة أمنية"، "قسد تطلق حملة دهم"), the subject between
// them or before the verb; or the campaign noun and its kind themselves,
// with the party after them ("حملة أمنية لقسد"، "حملة دهم نفذتها
// القوات") or before them ("اعتقلت القوات عشرة في حملة تمشيط").
func (x *Extractor) campaignAt(d *doc, r region, in func(int) bool, k int) (arabic.Match, bool) {
	t := d.toks[k]
	if !in(k) || t.Kind != arabic.TokWord || hasClitic(t.Clitics, 'ل') {
		return arabic.Match{}, false
	}
	if campaignNounAt(d, r, in, k) {
		if _, _, ok := x.triggers.at(d.toks, k+1); ok {
			// "حملة مداهمات": the kind is an event word of its own,
			// which types the claim and names the doer after it.
			return arabic.Match{}, false
		}
		return arabic.Match{First: k, Last: k + 2}, true
	}
	if t.Article || !campaignVerbs[t.Stem] || hasClitic(t.Clitics, 'ب') {
		return arabic.Match{}, false
	}
	for j := k + 1; j+1 < r.hi && j <= k+6; j++ {
		u := d.toks[j]
		if u.Kind == arabic.TokPunct && !u.IsQuote() && u.Text != "(" && u.Text != ")" {
			return arabic.Match{}, false
		}
		if u.Kind == arabic.TokWord && campaignNounAt(d, r, in, j) {
			return arabic.Match{First: k, Last: k + 1}, true
		}
	}
	return arabic.Match{}, false
}

// campaignNounAt reports whether token k is an indefinite campaign noun
// followed by its kind: "حملة أمنية"، "حملات دهم"، "حملة اعتقالات".
func campaignNounAt(d *doc, r region, in func(int) bool, k int) bool {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Article || !campaignNouns[t.Stem] || k+1 >= r.hi || !in(k+1) {
		return false
	}
	return campaignKinds[d.toks[k+1].Stem]
}

// forceOwnerBefore reports whether the actor word at j (with ل) owns the
// aircraft or the force named right before it without "تابعة": "مروحية
// للنظام ألقت"، "طائرات حربية لقوات النظام قصفت"، "دورية لقوات الأمن
// داهمت"، "مجموعة مسلحة للتنظيم فجّرت". The force must not be the object of a word before it ("استهدفت
// دورية للنظام"، "على مروحية للنظام").
func (x *Extractor) forceOwnerBefore(d *doc, j int, r region) bool {
	for i := j - 1; i >= r.lo && i >= j-3; i-- {
		m, ok := x.forceAt(d, i)
		if !ok || m.Last != j && !x.adjectivesBetween(d, m.Last, j) {
			// one or two qualifying words may stand between the force
			// and its owner: "خلايا نائمة للتنظيم زرعت".
			continue
		}
		if p := i - 1; p >= r.lo {
			q := d.toks[p]
			if q.Kind == arabic.TokWord && (verbLike(q) || q.Norm == "علي" || q.Norm == "ضد" || q.Norm == "من" || q.Norm == "الي") {
				return false
			}
			if _, _, ok := x.triggers.at(d.toks, p); ok {
				return false
			}
			if _, _, ok := x.targetHeads.at(d.toks, p); ok {
				return false
			}
		}
		return !hasClitic(d.toks[i].Clitics, 'ب') && !hasClitic(d.toks[i].Clitics, 'ل')
	}
	return false
}

// forceAt is the force noun that starts at i, aircraft included.
func (x *Extractor) forceAt(d *doc, i int) (arabic.Match, bool) {
	_, m, ok := x.forces.at(d.toks, i)
	return m, ok
}

// ownedPredicate reads the owner or the nationality a nominal sentence
// gives to definite aircraft or forces: "المقاتلات تابعة للقوات الحكومية"،
// "قد تكون المقاتلات تابعة لسلاح الجو الروسي"، and past a relative clause
// "المسيرات التي قصفت القافلة تابعة للقوات الأمريكية"، "الطائرات التي
// أغارت على البلدة روسية". The definite noun with an indefinite predicate
// is a subject and its predicate; with a definite one ("الطائرات التابعة
// للنظام"، "الطائرات الروسية") it is a noun and its adjective, read
// elsewhere.
func (x *Extractor) ownedPredicate(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || !d.toks[k].Article || !aircraftWord(d.toks[k]) && !strings.HasPrefix(d.toks[k].Stem, "قوات") {
			continue
		}
		m, ok := x.forceAt(d, k)
		if !ok {
			continue
		}
		if p := wordBefore(d, k, r.lo); p >= 0 {
			if _, _, ok := x.targetHeads.at(d.toks, p); ok {
				continue
			}
			if _, _, ok := x.triggers.at(d.toks, p); ok {
				continue
			}
		}
		// "الطائرات المغيرة روسية": past the aircraft's own adjectives
		if a, ok := x.predicateOf(d, r, in, pastAircraftAdjectives(d, m.Last, r.hi)); ok {
			return a, true
		}
	}
	return "", false
}

// predicateOf reads an indefinite predicate from o on, after a relative
// clause of at most six words when one opens at o: a word of belonging
// with its owner ("تابعة للنظام") or a nationality ("روسية").
func (x *Extractor) predicateOf(d *doc, r region, in func(int) bool, o int) (string, bool) {
	last := o
	if o < r.hi && relativePronoun(d.toks[o]) {
		last = o + 7
	}
	for j := o; j < r.hi && j <= last; j++ {
		t := d.toks[j]
		if !in(j) || t.Kind != arabic.TokWord {
			return "", false
		}
		if j > o && j == last {
			return "", false
		}
		if j == o && last > o {
			continue // the relative pronoun
		}
		if t.Article || t.Clitics != "" {
			if j == o {
				return "", false
			}
			continue
		}
		if j > o && !d.toks[j-1].Article && !x.placeAt(d, j-1) && !relativePronoun(d.toks[j-1]) {
			// "التي قصفت مواقع روسية"، "قافلة تابعة للقوات": an
			// indefinite word after an indefinite noun is its adjective.
			continue
		}
		if ownership(t) && j+1 < r.hi && in(j+1) {
			if a, am, ok := x.actorAt(d, j+1); ok && hasClitic(am.Clitics, 'ل') && namedActor(a) {
				return a, true
			}
			return "", false
		}
		if syrianNisba(t) && (j == o || j > o+1) && !nisbaGoesOn(d, j+1, r.hi, in) {
			return "syria_gov", true // "الطائرات سورية" (air_doer.go)
		}
		if a, am, ok := x.actorAt(d, j); ok && am.Last == j+1 && namedActor(a) && indefiniteNisba(t) && (j == o || j > o+1) {
			if nisbaGoesOn(d, am.Last, r.hi, in) {
				return "", false // "روسية الصنع" and the like: a phrase goes on
			}
			return a, true
		}
		if j == o {
			return "", false
		}
	}
	return "", false
}

// indefiniteNisba reports whether a word (without the article, which the
// caller checks) is a nisba adjective, which ends in ي or ية: "روسية"،
// "إسرائيلي"، "تركية".
func indefiniteNisba(t arabic.Token) bool {
	return strings.HasSuffix(t.Stem, "يه") || strings.HasSuffix(t.Stem, "ي")
}

// campaignDeedAt reports whether token k starts the launching of a
// campaign (see campaignAt).
func (x *Extractor) campaignDeedAt(d *doc, r region, in func(int) bool, k int) bool {
	_, ok := x.campaignAt(d, r, in, k)
	return ok
}

// agentHandsAfter reads the shooters a passive's agent phrase names ("من
// قبل"، "على يد"، "على أيدي" at k, match pm): "قتل على أيدي جنود
// أمريكيين"، "من قبل حرس الحدود التركي".
func (x *Extractor) agentHandsAfter(d *doc, k int, pm arabic.Match, end int, in func(int) bool) (string, bool) {
	switch d.toks[k].Norm {
	case "من", "علي":
	default:
		return "", false
	}
	if pm.Last-pm.First != 2 || pm.Last >= end || d.toks[pm.Last].Clitics != "" {
		return "", false
	}
	a, ok := x.shooterAfter(d, pm.Last, end, in)
	return a, ok && namedActor(a)
}

// agentPhraseAt reports whether the "قبل" at k is the noun of a passive's
// agent phrase "من قبل" ("استُهدفت القرية بغارات من قبل الطيران
// الروسي"), not "before" another deed.
func agentPhraseAt(d *doc, k int) bool {
	return k > 0 && d.toks[k].Norm == "قبل" && d.toks[k-1].Norm == "من"
}

// patronAfter reads the patron a word of belonging with ل at k names:
// "موالين لإيران"، "التابعين للنظام".
func (x *Extractor) patronAfter(d *doc, k, end int, in func(int) bool) (string, bool) {
	if k+1 >= end || !in(k) || !in(k+1) || d.toks[k].Kind != arabic.TokWord || patronLink(d.toks[k].Stem) != 'l' {
		return "", false
	}
	a, m, ok := x.actorAt(d, k+1)
	if !ok || !hasClitic(m.Clitics, 'ل') || !namedActor(a) {
		return "", false
	}
	return a, true
}
