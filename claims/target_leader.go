package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// targetLeaderWords name the leaders and officials of an armed group as
// outlets write them when a raid or a drone strike is said to have been
// aimed at one man: "زعيم التنظيم"، "أحد متزعمي الحزب"، "أمير في داعش"،
// "مسؤولاً بارزاً في التنظيم"، "القيادية في الحزب". A leader is named by
// the group he leads; the bare "زعيم" after a strike is a leader of the
// armed group the article is about ("زعيم عشيرة" is a notable, see
// targetNotableWords, and stays one: the longer entry wins).
var targetLeaderWords = map[string]string{
	"=زعيم": "top commander", "=زعيما": "top commander", "=زعماء": "top commanders", "=الزعيم": "top commander",
	"زعيم تنظيم": "top commander of militants", "زعيم التنظيم": "top commander of militants",
	"زعيم داعش": "top commander of ISIS militants", "زعيم الجماعة": "top commander of militants",
	"زعيم جماعة": "top commander of militants", "زعيم الفصيل": "top commander of militants",
	"زعيم فصيل": "top commander of militants", "زعيم خلية": "top commander of militants",
	"زعيم الخلية": "top commander of militants", "زعماء التنظيم": "top commanders of militants",
	"متزعم": "militant commander", "متزعمي": "militant commanders", "متزعما": "militant commander",
	"=قيادية": "militant commander", "=القيادية": "militant commander", "=قياديون": "militant commanders",
	// an "emir" or a "wali" only with the group he serves: the bare word
	// is also a name and a prince's title
	"أمير التنظيم": "militant commander", "أمير في التنظيم": "militant commander", "أميرا في التنظيم": "militant commander",
	"أمير داعش": "militant commander", "أمير في داعش": "militant commander", "أميرا في داعش": "militant commander",
	"أمراء التنظيم": "militant commanders", "أمراء داعش": "militant commanders",
	"والي التنظيم": "militant commander", "والي داعش": "militant commander", "واليا للتنظيم": "militant commander",
	// an official of the group, named by it
	"مسؤول في التنظيم": "militant commander", "مسؤولا في التنظيم": "militant commander",
	"مسؤول بارز في التنظيم": "militant commander", "مسؤولا بارزا في التنظيم": "militant commander",
	"مسؤول في داعش": "militant commander", "مسؤولا في داعش": "militant commander",
	"مسؤولين في التنظيم": "militant commanders", "مسؤولي التنظيم": "militant commanders",
}

// killHeads are the verbs and verbal nouns of killing (and of doing away
// with) whose object, when it is a leader or a commander, is the man the
// operation went after: "قتلت القوات قيادياً في التنظيم"، "أعلنت مقتل زعيم
// داعش"، "أدت إلى مصرع قائد ميداني"، "تصفية أحد متزعمي الخلية"، "القضاء
// على قيادي". Other victims of a killing are a toll, not a target.
var killHeads = newLexicon(words("kill", "=قتل", "=قتلت", "=تقتل", "=يقتل", "=قتلوا", "=مقتل", "=بمقتل", "=مصرع", "=بمصرع",
	"=تصفية", "=صفت", "=تصفي", "=القضاء على", "=قضت على", "=قضى على", "=تقضي على", "=يقضي على", "=لمقتل", "=ومقتل"))

// deadHeads name the dead, or the man a strike went after, as the
// subject of a nominal sentence that says who he was: "القتيل قيادي في
// التنظيم"، "الضحايا شبان مدنيون"، "المستهدف عنصر في الحزب".
var deadHeads = newLexicon(words("victim", "=القتيل", "=القتيلين", "=القتيلان", "=القتلى", "=الضحية", "=الضحيتين",
	"=الضحيتان", "=الضحايا", "=المستهدف", "=المستهدفين", "=المستهدفون"))

// leaderFillers may stand between a killing word and the leader it took:
// "مقتل أحد قياديي"، "قتلت اثنين من"، a quote mark.
var leaderFillers = map[string]bool{"احد": true, "احدي": true, "اثنين": true, "اثنان": true, "من": true, "كبار": true, "ابرز": true}

// killedLeader finds, in the claim, a killing word whose object is a
// commander or a leader (roleTarget): "قتلت قيادياً بارزاً في التنظيم" →
// "militant commander of militants". It returns "" when there is none.
func (x *Extractor) killedLeader(d *doc, r region, in func(int) bool) string {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		_, km, ok := killHeads.at(d.toks, k)
		if !ok {
			continue
		}
		j := km.Last
		for j < r.hi && j < km.Last+3 && in(j) && (d.toks[j].IsQuote() || leaderFillers[d.toks[j].Norm] || d.toks[j].Kind == arabic.TokNumber) {
			j++
		}
		if j >= r.hi || !in(j) {
			continue
		}
		if t := x.leaderAt(d, r, in, j); t != "" {
			return t
		}
	}
	return ""
}

// leaderAt returns the characterisation of a commander or a leader named
// at j, with the group he belongs to when "في" or "ب" names it ("قيادياً
// بارزاً في التنظيم"), or "".
func (x *Extractor) leaderAt(d *doc, r region, in func(int) bool, j int) string {
	t, m, ok := x.targets.at(d.toks, j)
	if !ok || !roleTarget(t) || strings.Contains(t, "civilian") {
		return ""
	}
	if strings.Contains(t, " of ") {
		return t
	}
	// past an adjective of rank: "قيادياً بارزاً في"، "قائداً كبيراً في"
	e := m.Last
	for e < r.hi && e < m.Last+2 && in(e) && rankAdjective(d.toks[e].Stem) {
		e++
	}
	if e+1 < r.hi && in(e) && in(e+1) && (d.toks[e].Norm == "في" || d.toks[e].Norm == "من") {
		if o, _, ok := x.owners.at(d.toks, e+1); ok {
			return t + " of " + o
		}
	}
	if e < r.hi && in(e) && hasClitic(d.toks[e].Clitics, 'ب') {
		if o, _, ok := x.owners.at(d.toks, e); ok {
			return t + " of " + o // "زعيماً بارزاً بتنظيم داعش"
		}
	}
	return t
}

// rankAdjective reports whether a folded stem ranks a commander: "بارز"،
// "كبير"، "رفيع"، "ميداني"، "أمني"، "عسكري" in any gender and case.
func rankAdjective(stem string) bool {
	switch trimNounEnding(stem) {
	case "بارز", "كبير", "رفيع", "ميداني", "امني", "عسكري", "مهم", "سابق", "اخر", "بارزت", "كبيرت":
		return true
	}
	return false
}

// victimIs reads a nominal sentence that says who the dead, or the man hit,
// were: "القتيل قيادي بارز في التنظيم" (a commander), "الضحايا شبان
// مدنيون" (civilians), "القتيل عنصر في جماعة ..." (fighters). Only people
// count: "القتلى في القرية" says where they died, not what was hit. It
// returns "" when the claim has no such sentence.
func (x *Extractor) victimIs(d *doc, r region, in func(int) bool) string {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		_, vm, ok := deadHeads.at(d.toks, k)
		if !ok {
			continue
		}
		// "بين القتلى مدنيون": a part of the toll, not who the dead were;
		// but "بين المستهدفين قيادي" names whom the strike sought, and
		// "بين القتلى عنصران سابقان في الميليشيا" singles out the dead a
		// source says were fighters once (see formerMembers)
		among := k > r.lo && amongWord(d.toks[k-1]) && !strings.HasPrefix(d.toks[k].Stem, "مستهدف")
		if among {
			if t := x.formerMembers(d, r, in, vm.Last); t != "" {
				return t
			}
			continue
		}
		for j := vm.Last; j < r.hi && j < vm.Last+3 && in(j); j++ {
			u := d.toks[j]
			if u.Kind == arabic.TokPunct && !u.IsQuote() || u.Article {
				// "الضحايا المدنيين": an adjective of the dead, not a
				// sentence on them; the predicate is indefinite
				break
			}
			if t := x.leaderAt(d, r, in, j); t != "" {
				return t
			}
			if t := x.membersOf(d, r, in, j); t != "" {
				return t
			}
			if t := x.belongedTo(d, r, in, j); t != "" {
				return t
			}
			if t, _, ok := x.targets.at(d.toks, j); ok {
				if people(t) {
					return t
				}
				break
			}
			if !victimCopula[u.Norm] {
				break
			}
		}
	}
	return ""
}

// victimCopula are the words that may stand between the dead and what they
// were: "القتيل كان قيادياً"، "الضحايا هم مدنيون".
var victimCopula = map[string]bool{"كان": true, "كانوا": true, "كانا": true, "هو": true, "هم": true, "هما": true, "جميعهم": true, "كلهم": true,
	// people named by age or sex before what they were: "الضحايا شبان مدنيون"
	"شبان": true, "شباب": true, "رجال": true, "رجل": true, "شاب": true, "اشخاص": true, "شخص": true}

// memberWord reports whether a folded stem names one member of a body:
// "عنصر"، "عنصراً"، "عناصر"، "مقاتل"، "مسلح".
func memberWord(stem string) bool {
	switch stem {
	case "عنصر", "عنصرا", "عنصران", "عنصرين", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "مقاتلون":
		return true
	}
	return false
}

// civilianOwner reports whether an owner characterisation is civilian
// ("civilians", "displaced people"), whose member is no fighter.
func civilianOwner(o string) bool {
	for _, w := range []string{"civilian", "displaced", "famil", "residents", "farmer", "radio", "television"} {
		if strings.Contains(o, w) {
			return true
		}
	}
	return false
}

// armedBodyAt reports whether the word at j names an armed party the
// extractor knows as an actor ("«المقاومة السورية لتحرير الجولان»"،
// "حزب الله"), quotes skipped.
func (x *Extractor) armedBodyAt(d *doc, j int) bool {
	for j < len(d.toks) && d.toks[j].IsQuote() {
		j++
	}
	if j >= len(d.toks) {
		return false
	}
	a, _, ok := x.actors.at(d.toks, j)
	return ok && a != "unknown" && a != "civilians"
}

// leaderOrVictim is the leader a killing took (killedLeader) or who the
// dead were said to be (victimIs), or "".
func (x *Extractor) leaderOrVictim(d *doc, r region, in func(int) bool) string {
	if t := x.killedLeader(d, r, in); t != "" {
		return t
	}
	if t := x.victimIs(d, r, in); t != "" {
		return t
	}
	return x.theyWereKilled(d, r, in)
}

// thatPronouns are "أن" with the pronoun of the people it speaks of
// (folded): "أنهم"، "بأنهما"، "أنه".
var thatPronouns = map[string]bool{"انهم": true, "بانهم": true, "انهما": true, "بانهما": true, "انه": true, "بانه": true}

// theyWereKilled reads "أن" with a pronoun, then what the people were and
// a verb of their death or wounding: "مؤكدة أنهم مدنيون قُتلوا في
// بيتهم"، "قال إنه مدني أصيب". What they were is what was hit; without
// the verb the pronoun may be anyone's ("أكد أنهم مدنيون نزحوا").
func (x *Extractor) theyWereKilled(d *doc, r region, in func(int) bool) string {
	for k := max(r.lo-1, 0); k+2 < r.hi; k++ {
		if d.toks[k].Kind != arabic.TokWord || !thatPronouns[d.toks[k].Norm] || !in(k+1) {
			continue
		}
		t, pm, ok := x.targets.at(d.toks, k+1)
		if !ok || !people(t) || d.toks[k+1].Article || pm.Last >= r.hi || !in(pm.Last) {
			continue
		}
		if o, _, ok := x.outAfter.at(d.toks, pm.Last); ok && (o == OutcomeKilled || o == OutcomeWounded) {
			return t
		}
	}
	return ""
}

// amongWord reports whether a token says "among" ("بين"، "من بين"), which
// makes the dead after it the whole of which a part is named.
func amongWord(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && t.Stem == "بين"
}

// trimNounEnding cuts one ending of case, number or gender off a folded
// stem: the accusative alif, the folded ta marbuta, the sound plurals and
// the dual ("سابقاً"، "سابقة"، "سابقين"، "سابقون"، "سابقان").
func trimNounEnding(stem string) string {
	for _, suf := range []string{"ين", "ون", "ان", "ا", "ه"} {
		if base, ok := strings.CutSuffix(stem, suf); ok && len([]rune(base)) >= 3 {
			return base
		}
	}
	return stem
}

// formerWord reports whether a folded stem is "سابق" (former) in any
// gender, number or case.
func formerWord(stem string) bool {
	return trimNounEnding(stem) == "سابق"
}

// membersOf reads a member of an armed body at j, past adjectives of rank
// or of a past tie, with the body after "في" or "من": "عنصر في
// التنظيم"، "عنصران سابقان في الميليشيا". It returns "fighters of" the
// body, "former fighters of" it when the tie is said to be past, or "".
func (x *Extractor) membersOf(d *doc, r region, in func(int) bool, j int) string {
	if j >= r.hi || !in(j) || !memberWord(d.toks[j].Stem) {
		return ""
	}
	e, former := j+1, false
	for e < r.hi && e < j+3 && in(e) && rankAdjective(d.toks[e].Stem) {
		former = former || formerWord(d.toks[e].Stem)
		e++
	}
	if e+1 >= r.hi || !in(e) || !in(e+1) || d.toks[e].Norm != "في" && d.toks[e].Norm != "من" {
		return ""
	}
	head := "fighters of "
	if former {
		head = "former fighters of "
	}
	if o, _, ok := x.owners.at(d.toks, e+1); ok && !civilianOwner(o) {
		return head + o
	}
	if x.armedBodyAt(d, e+1) {
		return head + "an armed group"
	}
	return ""
}

// formerMembers reads, after "بين القتلى", members a source says once
// served in an armed body: "بين القتلى ثلاثة مقاتلين سابقين في الميليشيا".
// Only a past tie counts: a count of serving members among the dead
// ("بين القتلى عنصر من الحزب") is a part of the toll, while saying that
// some of the dead had been fighters characterises who was killed, and
// answers an account of civilians. It returns "" when there is none.
func (x *Extractor) formerMembers(d *doc, r region, in func(int) bool, k int) string {
	j := k
	if j < r.hi && in(j) && counted(d.toks[j]) && !memberWord(d.toks[j].Stem) {
		// "بين القتلى ثلاثة عناصر سابقين"; a dual counts itself
		// ("عنصرين سابقين")
		j++
	}
	if t := x.membersOf(d, r, in, j); strings.HasPrefix(t, "former ") {
		return t
	}
	return ""
}

// belongVerbs say that a man belonged to a body: "ينتمي"، "ينتمون"،
// "منتمياً"، "ينتسب". Folded stems.
var belongVerbs = foldedSet("ينتمي", "ينتميان", "ينتمون", "ينتسب", "ينتسبون", "منتم", "منتميا", "منتمين", "منتمون")

// belongedTo reads "ينتمي إلى" with an armed body after the dead: "القتيل
// كان ينتمي إلى الفصيل"، "القتيلان ينتميان إلى ميليشيا ...". It returns
// "fighters of" the body, or "" when the body is not armed or none is
// named.
func (x *Extractor) belongedTo(d *doc, r region, in func(int) bool, j int) string {
	if j+1 >= r.hi || !in(j) || !in(j+1) || !belongVerbs[d.toks[j].Stem] {
		return ""
	}
	e := j + 1
	if d.toks[e].Norm == "الي" || d.toks[e].Norm == "الى" {
		e++
	} else if !hasClitic(d.toks[e].Clitics, 'ل') {
		return ""
	}
	if e >= r.hi || !in(e) {
		return ""
	}
	if o, _, ok := x.owners.at(d.toks, e); ok && !civilianOwner(o) {
		return "fighters of " + o
	}
	if x.armedBodyAt(d, e) {
		return "fighters of an armed group"
	}
	return ""
}
