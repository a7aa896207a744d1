package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// targetGroundWords widen the characterisations of what was hit with the
// ground that civilian life stands on, as reports on the war name it when
// they say that shells or strikes fell on people rather than on fighters:
//
//   - the quarters of a city ("سقطت القذائف على حي ..."، "استهدف حيي ..."،
//     "طال القصف أحياء ..."): a named quarter is where people live, so it is
//     a residential quarter; like a town or a village it characterises the
//     target only as the object of the attack, never after "في" or "قرب"
//     (see localityTargets);
//   - farmland, orchards and crops, which the shelling of the countryside
//     sets on fire;
//   - the utilities a town lives on (power, gas and water plants), shelters
//     for the displaced, bus stops, the wards of a hospital;
//   - a gathering named by who gathered is read by its owner ("تجمعاً
//     لمقاتلين"), see targetGroundOwners.
var targetGroundWords = map[string]string{
	// quarters: the words are short, so every form is listed (the matcher
	// gives no suffix tolerance to stems under four letters)
	"=حي": "residential quarter", "=حيا": "residential quarter", "=حيي": "residential quarters",
	"=حيين": "residential quarters", "=حيان": "residential quarters", "=أحياء": "residential quarters",
	"=حارة": "residential quarter", "=حارات": "residential quarters",
	// farmland
	"أراض زراعية": "farmland", "أراضي زراعية": "farmland", "أرض زراعية": "farmland", "الأراضي الزراعية": "farmland",
	"أراضي المزارعين": "farmland", "حقول زراعية": "farm fields", "حقول القمح": "wheat fields", "محاصيل": "crops",
	"المحاصيل الزراعية": "crops", "محاصيل زراعية": "crops", "بساتين": "orchards", "بستان": "orchard",
	"بساتين زيتون": "olive orchards", "بساتين الزيتون": "olive orchards", "أشجار زيتون": "olive orchards",
	"كروم": "orchards", "منطقة زراعية": "farmland", "مناطق زراعية": "farmland",
	// utilities
	"محطة توليد": "power station", "محطة توليد الكهرباء": "power station", "محطة لتوليد الكهرباء": "power station",
	"محطة تحويل": "power station", "محطات تحويل": "power stations", "محطة تحويل كهرباء": "power station",
	"محطات كهرباء": "power stations", "محطة الكهرباء": "power station", "محطات الكهرباء": "power stations",
	"منشأة توليد": "power station", "معمل غاز": "gas plant", "معمل الغاز": "gas plant", "معامل غاز": "gas plants",
	"محطة ضخ": "water pumping station", "محطة مياه الشرب": "water station", "محطة مياه": "water station",
	"آبار مياه": "water wells", "شبكة الكهرباء": "power grid", "خطوط الكهرباء": "power lines",
	"خطوط التوتر": "power lines", "محطة للطاقة": "power station", "محطات للطاقة": "power stations",
	"محطات الطاقة": "power stations", "منشآت الطاقة": "energy facilities", "منشآت طاقة": "energy facilities",
	"منشأة طاقة": "energy facility", "منشآت للطاقة": "energy facilities", "منشأة خدمية": "service facility", "منشآت خدمية": "service facilities",
	// shelters, stops, wards
	"مركز إيواء": "shelter for displaced people", "مراكز إيواء": "shelters for displaced people",
	"مراكز الإيواء": "shelters for displaced people", "مأوى": "shelter",
	"موقف حافلات": "bus stop", "موقف للحافلات": "bus stop", "موقف الحافلات": "bus stop", "موقف باصات": "bus stop",
	"موقف للباصات": "bus stop", "موقف السرافيس": "bus stop", "مواقف الحافلات": "bus stops",
	"قسم الإسعاف": "hospital emergency ward", "قسمي الإسعاف": "hospital emergency ward", "قسم الطوارئ": "hospital emergency ward",
	"قسم الإسعاف والطوارئ": "hospital emergency ward", "غرفة الإسعاف": "hospital emergency ward",
	// stores, labs, rescue and security posts
	"=مخزن": "store", "=مخزنا": "store", "مخزنين": "stores", "مختبرات": "laboratories", "مختبر": "laboratory",
	"مخابر": "laboratories", "=مخبر": "laboratory", "مركز الدفاع المدني": "civil defence centre",
	"مركز للدفاع المدني": "civil defence centre", "مراكز الدفاع المدني": "civil defence centres",
	"نقطة للدفاع المدني": "civil defence centre", "مركز تجسس": "spy centre", "مراكز تجسس": "spy centres",
	"فرع أمني": "security branch", "فرع الأمن": "security branch", "فرع المخابرات": "security branch",
	"مفرزة أمنية": "security detachment", "مفرزة": "security detachment",
	// people at large, as a crowd ("مكتظ بالناس")
	"=الناس": "civilians", "=ناس": "civilians",
}

// targetGroundOwners are the people that, after ل, say whose a gathering,
// a position or a building was: fighters or members of a force.
var targetGroundOwners = map[string]string{
	"مقاتلين": "fighters", "المقاتلين": "fighters", "مقاتلي": "fighters", "عناصر": "fighters",
	// the nominative plurals, as the subject of a relative clause ("منشآت
	// يستخدمها المسلحون")
	"المسلحون": "militants", "مسلحون": "militants", "الإرهابيون": "terrorists", "إرهابيون": "terrorists",
	"المقاتلون": "fighters", "مقاتلون": "fighters", "المتطرفون": "militants", "مرتزقة": "militants", "المرتزقة": "militants",
	// the regime, as the owner or user of a place ("مواقع للنظام"، "منشآت
	// يستخدمها النظام")
	"=النظام": "regime forces", "=للنظام": "regime forces",
}

// notArmedWords widen notMilitaryWords with the armed men whose absence a
// source stresses to say that a place was civilian: "لم يوجد به مسلح",
// "لا وجود لأي مقاتل", "لا يوجد فيه عناصر".
var notArmedWords = words("military", "=مسلح", "=مسلحين", "=مسلحون", "=مقاتل", "=مقاتلين", "=مقاتلون",
	"=عنصر", "=عناصر", "=مظاهر مسلحة")

// notArmedLinks widen notMilitaryLinks with the words that may stand
// between the negation and the armed men: "فيها"، "بها"، "هناك"، "لأي".
var notArmedLinks = words("link", "=فيها", "=فيه", "=بها", "=به", "=هناك", "=داخلها", "=داخله", "=بداخلها", "=بداخله", "=أحد")

// wholeWords say that all of what was hit shares a quality: "كلها مدنية",
// "جميعها مدنية"; the copula "هي" may stand instead.
var wholeWords = map[string]bool{"كلها": true, "جميعها": true, "كله": true, "جميعه": true, "هي": true, "هو": true}

// wholeAdjective reads a relational adjective that characterises what was
// hit right after a characterisation head, possibly after quote marks and
// a word of wholeness: `المواقع المستهدفة "كلها مدنية"`, "الأهداف المستهدفة
// جميعها عسكرية".
func (x *Extractor) wholeAdjective(d *doc, r region, in func(int) bool, j int) (string, bool) {
	for n := 0; j < r.hi && in(j) && n < 4; j, n = j+1, n+1 {
		u := d.toks[j]
		switch {
		case u.IsQuote():
			continue
		case u.Kind == arabic.TokWord && wholeWords[u.Norm]:
			continue
		}
		a, _, ok := x.adjectiveAt(d, r, in, j)
		if !ok {
			return "", false
		}
		switch a {
		case "civilian", "military", "residential", "service", "educational", "agricultural", "medical", "health":
			return a, true
		}
		return "", false
	}
	return "", false
}

// predicateTarget reads a nominal sentence whose subject is a place named
// as hit and whose predicate characterises it, after "إن" or "أن": "قال إن
// المحطة منشأة خدمية"، "أكد أن المبنى مدرسة". The subject is definite and
// the predicate an indefinite target word without a proclitic, possibly
// after a quote mark; the predicate's characterisation is returned.
func (x *Extractor) predicateTarget(d *doc, r region, in func(int) bool) string {
	for k := max(r.lo-1, 0); k+1 < r.hi; k++ {
		// "إن" itself may close the attribution, outside the claim
		if d.toks[k].Kind != arabic.TokWord || !in(k+1) {
			continue
		}
		switch d.toks[k].Norm {
		case "ان", "بان", "وان":
		default:
			continue
		}
		_, sm, ok := x.targets.at(d.toks, k+1)
		if !ok || !d.toks[k+1].Article || sm.Clitics != "" || !in(k+1) {
			continue
		}
		j := sm.Last
		for j < r.hi && in(j) && d.toks[j].IsQuote() {
			j++
		}
		if j >= r.hi || !in(j) || d.toks[j].Article || d.toks[j].Clitics != "" {
			continue
		}
		t, pm, ok := x.targets.at(d.toks, j)
		if !ok || people(t) {
			continue
		}
		t, pm = x.qualify(d, r, in, t, pm)
		t = x.joinNext(d, r, in, t, pm)
		if t == "target" || t == "targets" || bareOnly[t] {
			continue // "إن الموقع هدف": no characterisation
		}
		return t
	}
	return ""
}

// anaphoricSites reports whether a bare definite "المواقع" or "الموقع",
// with nothing that qualifies or owns it, points back to sites named
// before ("ثم قصفت المواقع"): "the sites", not "positions" of a force.
func anaphoricSites(d *doc, m arabic.Match, full string) bool {
	if full != "positions" && full != "position" || m.Last-m.First != 1 {
		return false
	}
	return d.toks[m.First].Article
}

// eventAdjective reports whether the word at j is the adjective "terrorist"
// agreeing with the event noun right before it ("تفجير إرهابي"، "بتفجيرين
// إرهابيين"، "هجمات إرهابية"): it calls the deed terrorist and names no
// one who was hit.
func (x *Extractor) eventAdjective(d *doc, j int) bool {
	if j == 0 || d.toks[j].Clitics != "" {
		return false
	}
	switch d.toks[j].Stem {
	case "ارهابي", "ارهابيه", "ارهابيين", "ارهابيان", "ارهابيتين", "ارهابيتان", "انتحاري", "انتحاريه", "انتحاريين":
	default:
		return false
	}
	_, tm, ok := x.triggers.at(d.toks, j-1)
	return ok && tm.Last == j
}

// neutralTargets name a thing or a place that says nothing of who was
// there: a crowd told in the same claim characterises it.
var neutralTargets = map[string]bool{
	"vehicle": true, "vehicles": true, "truck": true, "trucks": true, "building": true, "buildings": true,
	"station": true, "facility": true, "facilities": true, "bus": true, "buses": true, "centre": true, "complex": true,
}

// crowdWords say that a place was crowded, with the crowd after ب: "مكتظ
// بالمارة"، "سوق مزدحمة بالمتسوقين"، "بقعة تعج بالناس"، "كان يغص بالمصلين".
// Folded stems.
var crowdWords = map[string]bool{
	"مكتظ": true, "مكتظه": true, "مكتظا": true, "المكتظ": true, "المكتظه": true, "يكتظ": true, "تكتظ": true,
	"مزدحم": true, "مزدحمه": true, "مزدحما": true, "المزدحم": true, "المزدحمه": true, "يزدحم": true, "تزدحم": true,
	"يعج": true, "تعج": true, "يغص": true, "تغص": true, "غاص": true, "غاصه": true,
}

// crowdedWith finds a crowd word in the claim followed by the people it
// was crowded with ("مكتظ بالمارة"): it returns their characterisation.
func (x *Extractor) crowdedWith(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k+1 < r.hi; k++ {
		if !in(k) || !in(k+1) || !crowdWords[d.toks[k].Stem] {
			continue
		}
		if !hasClitic(d.toks[k+1].Clitics, 'ب') {
			continue
		}
		if t, _, ok := x.targets.at(d.toks, k+1); ok && people(t) {
			return t, true
		}
	}
	return "", false
}

// usedAsVerbs take the place as their object pronoun and what it is used as
// after it: "يتخذونه مقراً"، "تستخدمه مستودعاً"، "اتخذوها قاعدة". Folded
// stems.
var usedAsVerbs = map[string]bool{
	"يتخذونه": true, "يتخذونها": true, "يتخذه": true, "يتخذها": true, "تتخذه": true, "تتخذها": true,
	"اتخذوه": true, "اتخذوها": true, "اتخذه": true, "اتخذها": true, "اتخذته": true, "اتخذتها": true,
	"يستخدمونه": true, "يستخدمونها": true, "يستخدمه": true, "يستخدمها": true, "تستخدمه": true, "تستخدمها": true,
	"استخدموه": true, "استخدموها": true, "استخدمه": true, "استخدمها": true, "يحولونه": true, "حولوه": true,
	"حولوها": true, "تحول": true, "تحولت": true, "حولته": true, "حولتها": true,
}

// turnVerbs are the usedAsVerbs of turning into, whose use follows "إلى",
// possibly after a phrase of time ("حوّلوه قبل عام إلى مقر").
var turnVerbs = map[string]bool{"تحول": true, "تحولت": true, "حولوه": true, "حولوها": true, "حولته": true, "حولتها": true, "يحولونه": true}

// usedAs reads what a place is said to be used as, and by whom: "عناصر
// الفصيل يتخذونه مقراً" → "headquarters of fighters", "ويستخدمه
// المسلحون مستودعاً للذخيرة" → "depot of militants". The use is a target
// word right after the verb (after its subject when the subject follows);
// the users are an owner or people word within four words before the verb
// or right after it. Verbs of turning into (turnVerbs) are read only when
// turning is set.
func (x *Extractor) usedAs(d *doc, r region, in func(int) bool, turning bool) (string, bool) {
	for k := r.lo; k+1 < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord || !usedAsVerbs[strings.TrimPrefix(d.toks[k].Norm, "و")] {
			continue
		}
		if !turning && turnVerbs[strings.TrimPrefix(d.toks[k].Norm, "و")] {
			continue
		}
		users := ""
		j := k + 1
		if o, om, ok := x.owners.at(d.toks, j); ok && in(j) {
			users, j = o, om.Last // "يستخدمه مسلحو الهيئة مقراً"
		}
		if turnVerbs[strings.TrimPrefix(d.toks[k].Norm, "و")] {
			j = intoAt(d, r, in, j)
		}
		t, tm, ok := x.useAt(d, r, in, j, users != "")
		if !ok || people(t) || isForces(t) || localityTargets[t] || d.toks[tm.First].Article {
			continue
		}
		t, tm = x.qualify(d, r, in, t, tm)
		if full := x.joinNext(d, r, in, t, tm); full != t {
			t = full
		}
		if users == "" {
			users = x.usersBefore(d, r, in, k)
		}
		if users != "" && !strings.Contains(t, " of ") {
			t += " of " + users
		}
		return "used as " + t, true
	}
	return "", false
}

// usersBefore finds the people or owners named in the four words before
// the verb at k ("عناصر الفصيل يتخذونه").
func (x *Extractor) usersBefore(d *doc, r region, in func(int) bool, k int) string {
	for j := k - 1; j >= r.lo && j >= k-4 && in(j); j-- {
		if d.toks[j].Kind != arabic.TokWord {
			break
		}
		if o, _, ok := x.owners.at(d.toks, j); ok {
			return o
		}
		if t, _, ok := x.targets.at(d.toks, j); ok && (people(t) || isForces(t)) {
			return t
		}
	}
	return ""
}

// useAt finds the target word of a use after a usedAs verb at j: at once,
// after "إلى" ("حولوه إلى مقر"), or, after a named subject, past up to
// two words of its name ("يستخدمه مسلحو هيئة التحرير مقراً").
func (x *Extractor) useAt(d *doc, r region, in func(int) bool, j int, named bool) (string, arabic.Match, bool) {
	skip := 0
	if named {
		skip = 3 // "مسلحو هيئة تحرير الشام"
	}
	for n := 0; j < r.hi && in(j) && n <= skip+1; j, n = j+1, n+1 {
		u := d.toks[j]
		if u.Kind != arabic.TokWord {
			if u.IsQuote() {
				continue
			}
			break
		}
		if u.Norm == "الي" {
			continue
		}
		if t, tm, ok := x.targets.at(d.toks, j); ok {
			return t, tm, true
		}
		if n >= skip {
			break
		}
	}
	return "", arabic.Match{}, false
}

// vicinityWords say that what follows is only near where the attack fell:
// "محيط"، "أطراف"، "جوار"، "قرب". Folded stems.
var vicinityWords = map[string]bool{"محيط": true, "اطراف": true, "جوار": true, "قرب": true, "بالقرب": true, "مقربه": true}

// vicinityBefore reports whether a vicinity word stands between the head
// of the attack (ending at from) and the characterisation at at.
func vicinityBefore(d *doc, from, at int) bool {
	for j := from; j < at && j >= 0; j++ {
		if vicinityWords[d.toks[j].Stem] {
			return true
		}
	}
	return false
}

// laterHitVerbs say that something hit a thing, which follows: "أصابت
// إحداها"، "طالت"، "دمرت"، "أحرقت". Folded stems.
var laterHitVerbs = map[string]bool{
	"اصابت": true, "اصاب": true, "طالت": true, "طال": true, "دمرت": true, "دمر": true, "احرقت": true, "احرق": true,
	"استهدفت": true, "استهدف": true, "اصابه": true,
}

// laterHit finds, after the token at, a verb of hitting and the
// characterisation of what it hit ("أصابت إحداها منشأة لتعبئة الغاز").
func (x *Extractor) laterHit(d *doc, r region, in func(int) bool, at int) string {
	for k := at + 1; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord || !laterHitVerbs[strings.TrimPrefix(d.toks[k].Norm, "و")] {
			continue
		}
		j := k + 1
		if j < r.hi && (d.toks[j].Stem == "احداها" || d.toks[j].Stem == "احدها" || d.toks[j].Stem == "بعضها") {
			j++
		}
		if t := x.targetAfter(d, r, in, j, 3); t != "" && !people(t) {
			return t
		}
	}
	return ""
}

// pastWherePhrase skips, from j, a short phrase of where a place lies
// ("مبنى في حي الجامعة يضم ...", "مستودع قرب المطار يحوي ..."):
// a preposition of place and up to four words without punctuation. It
// returns the token after the phrase when a content verb follows it, else
// j.
func pastWherePhrase(d *doc, r region, in func(int) bool, j int) int {
	if j >= r.hi || !in(j) || !wherePreps[d.toks[j].Norm] {
		return j
	}
	for k := j + 1; k < r.hi && k <= j+5 && in(k); k++ {
		u := d.toks[k]
		if u.Kind != arabic.TokWord {
			return j
		}
		if contentVerbs[u.Norm] || contentVerbs[u.Stem] {
			return k
		}
	}
	return j
}

// purposeWords say what a place was set aside for: "مخصص لـ"، "مخصصاً
// لتطوير"، "معد لتخزين". Folded stems.
var purposeWords = map[string]bool{
	"مخصص": true, "مخصصا": true, "مخصصه": true, "المخصص": true, "المخصصه": true, "معد": true, "معدا": true, "معده": true,
}

// purposeOf reads what a place was set aside for, from j on: a purpose
// word, then a verbal noun of making with ل and its product ("معدّ
// لتخزين الذخيرة") or the product with ل ("مخصص للأغذية"). It returns the
// product.
func (x *Extractor) purposeOf(d *doc, r region, in func(int) bool, j0 int) (string, bool) {
	for j := j0; j < r.hi && j < j0+4 && in(j); j++ {
		if d.toks[j].Kind != arabic.TokWord || !purposeWords[d.toks[j].Stem] {
			continue
		}
		k := j + 1
		if k < r.hi && in(k) && makingNouns[strings.TrimPrefix(d.toks[k].Stem, "ل")] {
			k++
		}
		if k < r.hi && in(k) {
			if c, _, ok := x.contents.at(d.toks, k); ok {
				return c, true
			}
		}
		return "", false
	}
	return "", false
}

// intoAt finds "إلى" within four words from j, in the claim, and returns
// the token after it (or j when there is none).
func intoAt(d *doc, r region, in func(int) bool, j int) int {
	for k := j; k < r.hi && k < j+4 && in(k); k++ {
		if d.toks[k].Kind != arabic.TokWord {
			if d.toks[k].IsQuote() {
				continue
			}
			break
		}
		if d.toks[k].Norm == "الي" {
			return k + 1
		}
	}
	return j
}
