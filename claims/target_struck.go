package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// strikeVerbs are verbs of striking or destroying that name no event by
// themselves ("ضرب" is also what a quake or a storm does, "دمّر" what a
// flood does) but tell of a strike when what follows them is a word for
// what was hit: "ضربت مواقع للفصائل"، "دمّرت مقراً للإرهابيين"، "دمرنا
// منصات الإطلاق". Folded stems, without proclitics; the bare "ضرب" is
// left out, as it is also the verbal noun ("عن ضرب منشآت").
var strikeVerbs = map[string]bool{
	"ضربت": true, "ضربوا": true, "ضربنا": true, "يضرب": true, "تضرب": true, "نضرب": true, "يضربون": true,
	"دمر": true, "دمرت": true, "دمروا": true, "دمرنا": true, "يدمر": true, "تدمر": true, "ندمر": true, "يدمرون": true,
}

// struckTimeWords may stand between a verb of striking and its object:
// "دمرت اليوم مقراً"، "ضربت فجر اليوم مواقع".
var struckTimeWords = map[string]bool{
	"اليوم": true, "امس": true, "فجر": true, "صباح": true, "مساء": true, "ليل": true, "ليله": true, "ظهر": true,
	"الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true, "السبت": true, "الاحد": true,
}

// struckObject finds, in a claim with no event word, a verb of striking or
// destroying (see strikeVerbs) whose object, after at most two words of
// time, is a word for what was hit that says more than a locality: it
// returns the verb's token. A negated verb ("لم تدمر") or one in a
// clause of intent tells of no strike.
func (x *Extractor) struckObject(d *doc, r region, in func(int) bool) (int, bool) {
	k, _, ok := x.struckObjectFrom(d, r, in, r.lo)
	return k, ok
}

// struckObjectFrom is struckObject from token from on: it returns the
// verb's token and its object's.
func (x *Extractor) struckObjectFrom(d *doc, r region, in func(int) bool, from int) (int, int, bool) {
	for k := from; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || !strikeVerbs[t.Stem] && !x.bareStrikeVerb(d, r, k) ||
			hasClitic(t.Clitics, 'ب') || hasClitic(t.Clitics, 'ل') || t.Article {
			continue
		}
		if _, neg := negatedHit(d, r, in, k, k+1); neg || x.irrealisBefore(d, k, r) || naturalCauseBefore(d, r, k) {
			continue
		}
		j := x.struckSubjectEnd(d, r, in, k+1)
		for t0 := j; j < r.hi && j <= t0+1 && in(j) && struckTimeWords[d.toks[j].Norm]; {
			j++
		}
		if j >= r.hi || !in(j) {
			continue
		}
		if tg, _, ok := x.targets.at(d.toks, j); ok && !localityTargets[tg] {
			return k, j, true
		}
	}
	return 0, 0, false
}

// bareStrikeVerb reports whether the bare "ضرب" or "دمر" at k is the
// verb, not the verbal noun ("عن ضرب منشآت"، "أعلنت ضرب مواقع"): right
// after its subject (see subjectEndsAt), or after a complementizer that
// carries its subject as a pronoun ("قال الجيش إنه ضرب"، "أكد أنه دمر"),
// which only a verb or a predicate follows.
func (x *Extractor) bareStrikeVerb(d *doc, r region, k int) bool {
	switch d.toks[k].Stem {
	case "ضرب", "دمر":
	default:
		return false
	}
	if k > r.lo && pronounSubjects[d.toks[k-1].Stem] {
		return true
	}
	return x.subjectEndsAt(d, k)
}

// struckInLocality reads, in a claim whose target is only the town or
// village struck, what a verb of destroying there names: "الغارة التي
// استهدفت بلدة سرمين دمرت مستودعاً للأسلحة" → the depot.
func (x *Extractor) struckInLocality(d *doc, r region, in func(int) bool) string {
	if _, j, ok := x.struckObjectFrom(d, r, in, r.lo); ok {
		return x.targetAfter(d, r, in, j, 1)
	}
	return ""
}

// struckSubjectEnd returns the token after the subject that may stand
// between a verb of striking and its object in verb-first order ("دمرت
// القوات الجوية الروسية فجر اليوم مقراً"، "ضرب الجيش التركي مواقع"): a
// named party (see actors) or an armed service (see serviceNouns) with
// the adjective of its state after it; with no such subject it returns j.
func (x *Extractor) struckSubjectEnd(d *doc, r region, in func(int) bool, j int) int {
	if j >= r.hi || !in(j) {
		return j
	}
	e := j
	if a, m, ok := x.actors.at(d.toks, j); ok && a != "unknown" {
		e = m.Last
	} else if _, m, ok := x.services.at(d.toks, j); ok {
		e = m.Last
	} else if e2, ok := x.aircraftOfState(d, r, in, j); ok {
		return e2
	} else {
		return j
	}
	if e < r.hi && in(e) {
		// "القوات الجوية الروسية": the state's adjective after the service.
		if a, m, ok := x.actors.at(d.toks, e); ok && a != "unknown" && m.Last == e+1 && d.toks[e].Article {
			e = m.Last
		}
	}
	if e > r.hi {
		return j
	}
	return e
}

// lamFunctionWords are the second words of entries that are no genitive, so
// that no periphrasis with ل is made of them.
var lamFunctionWords = map[string]bool{"في": true, "من": true, "على": true, "عن": true, "إلى": true, "مع": true}

// withLamGenitive adds to every entry of two or more words whose head is
// indefinite the periphrasis of its genitive with ل, which news writing
// uses as freely as the construct: "منصات إطلاق الصواريخ" is also "منصات
// لإطلاق الصواريخ", "محطة ضخ" also "محطة لضخ المياه". An entry already
// written with ل stays as it is, and so does one whose genitive is an
// owner or a content in skip ("مقر الإذاعة", "مستودع ذخيرة"): the readings
// of "X لـ owner" and "X لـ content" already tell those.
func withLamGenitive[T any](entries map[string]T, skip ...map[string]string) map[string]T {
	skipped := map[string]bool{}
	for _, m := range skip {
		for k := range m {
			skipped[arabic.Fold(strings.TrimPrefix(k, "ال"))] = true
		}
	}
	out := make(map[string]T, len(entries)*2)
	for k, v := range entries {
		out[k] = v
	}
	for k, v := range entries {
		ws := strings.Fields(k)
		if len(ws) < 2 || strings.HasPrefix(ws[0], "=") || strings.HasPrefix(ws[0], "ال") ||
			strings.HasPrefix(ws[1], "=") || strings.HasPrefix(ws[1], "ل") || lamFunctionWords[ws[1]] ||
			skipped[arabic.Fold(strings.TrimPrefix(strings.Join(ws[1:], " "), "ال"))] {
			continue
		}
		var alts []string
		if rest, ok := strings.CutPrefix(ws[1], "ال"); ok {
			alts = []string{"لل" + rest}
		} else {
			alts = []string{"ل" + ws[1], "لل" + ws[1]}
		}
		for _, a := range alts {
			alt := strings.Join(append([]string{ws[0], a}, ws[2:]...), " ")
			if _, ok := out[alt]; !ok {
				out[alt] = v
			}
		}
	}
	return out
}

// heldAfter reads what the place a characterisation head names holds, by a
// content verb at j, after "كان" perhaps: "الموقع المستهدف (كان) يحتوي على
// أسلحة وذخائر"، "المستودع المستهدف يضم مواد غذائية". The content, not the
// place, says what was hit.
func (x *Extractor) heldAfter(d *doc, r region, in func(int) bool, j int) (string, bool) {
	if j < r.hi && in(j) && (d.toks[j].Norm == "كان" || d.toks[j].Norm == "كانت") {
		j++
	}
	if j >= r.hi || !in(j) || !contentVerbs[d.toks[j].Norm] {
		return "", false
	}
	for k := j + 1; k < r.hi && k <= j+3 && in(k); k++ {
		u := d.toks[k]
		if c, _, ok := x.contents.at(d.toks, k); ok {
			return c, true
		}
		if u.Norm != "علي" && !u.IsQuote() {
			break
		}
	}
	return "", false
}

// ownerAfter reads whom the place a characterisation head names belongs
// to, by a word of belonging at j and an owner after ل: "الموقع المستهدف
// يعود لحزب الله"، "المبنى المستهدف تابع للفصائل".
func (x *Extractor) ownerAfter(d *doc, r region, in func(int) bool, j int) (string, bool) {
	if j+1 >= r.hi || !in(j) || !in(j+1) || !belongsWord(d.toks[j].Stem) {
		return "", false
	}
	o, om, ok := x.owners.at(d.toks, j+1)
	return o, ok && hasClitic(om.Clitics, 'ل')
}

// targetedPlaceIs reads a nominal sentence on "the targeted X" (the
// characterisation head at hm is a form of "المستهدف") that tells what X
// held or whom it belonged to: "المستودعات المستهدفة كانت تضم زيوتاً" →
// "depots holding oils", "المزرعة المستهدفة تعود لحزب الله" → "farm
// of Hezbollah". X is the target word just before the head, or "place".
func (x *Extractor) targetedPlaceIs(d *doc, r region, in func(int) bool, hm arabic.Match) (string, bool) {
	if !strings.HasPrefix(d.toks[hm.First].Stem, "مستهدف") {
		return "", false
	}
	place := "place"
	for j := hm.First - 1; j >= r.lo && j >= hm.First-3; j-- {
		if tg, tm, ok := x.targets.at(d.toks, j); ok && tm.Last == hm.First && in(j) {
			place = tg
			break
		}
	}
	if c, ok := x.heldAfter(d, r, in, hm.Last); ok {
		return place + " holding " + c, true
	}
	if o, ok := x.ownerAfter(d, r, in, hm.Last); ok {
		return place + " of " + o, true
	}
	return "", false
}

// naturalCauses are the quakes, floods, storms and fires that destroy
// places too: "السيول دمرت الجسر"، "الزلزال ضرب المدينة". Folded stems.
var naturalCauses = map[string]bool{
	"زلزال": true, "زلازل": true, "هزه": true, "سيول": true, "سيل": true, "فيضان": true, "فيضانات": true,
	"عاصفه": true, "عواصف": true, "امطار": true, "حريق": true, "حرائق": true, "نيران": true, "اعصار": true,
}

// naturalCauseBefore reports whether one of the two words before the verb
// at k is a natural cause, its subject.
func naturalCauseBefore(d *doc, r region, k int) bool {
	for j := k - 1; j >= r.lo && j >= k-2; j-- {
		if naturalCauses[d.toks[j].Stem] {
			return true
		}
	}
	return false
}

// farFrom reports whether a word says a place lies far from something:
// "بعيد عن"، "بعيدة عن"، "بعيداً عن".
func farFrom(stem string) bool {
	switch stem {
	case "بعيد", "بعيده", "بعيدا", "بعيدين":
		return true
	}
	return false
}

// presenceDenied reports whether the word at k is a presence after a verb
// of denying ("نفى وجود"، "نفت تواجد"، "ينفي وجود"): what follows is said
// not to be there. The verb may be the claim's cue, up to four words
// (its speaker) before, outside the claim's content.
func presenceDenied(d *doc, r region, k int) bool {
	if k < 1 || k+1 >= r.hi {
		return false
	}
	switch d.toks[k].Stem {
	case "وجود", "تواجد":
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch d.toks[j].Stem {
		case "نفي", "نفت", "ينفي", "تنفي", "نفوا", "نافيا", "نافيه", "نافين":
			return true
		}
		if d.toks[j].Kind != arabic.TokWord {
			return false
		}
	}
	return false
}

// armedPeopleOnly reports whether a characterisation names armed people
// and nothing else: "militants", "fighters", "terrorists".
func armedPeopleOnly(t string) bool {
	switch t {
	case "militants", "fighters", "terrorists", "militant", "gunmen":
		return true
	}
	return false
}

// definiteAircraft are the folded stems of the definite words for aircraft
// that are no armed service by themselves ("الطائرات"، "المسيّرة"): said
// with a state's adjective they name that state's aircraft.
// Stems, without the article.
var definiteAircraft = foldedSet("طائرات", "طائرة", "طائرتان", "طائرتين", "مسيرات", "مسيرة",
	"مروحيات", "مروحية", "مقاتلة", "قاذفات", "قاذفة")

// aircraftOfState reads, at j, a definite aircraft word with a state's
// definite adjective after it, past at most two adjectives of aircraft:
// "الطائرات الروسية"، "المسيرات الحربية التركية". It returns the token
// after the adjective. A bare aircraft word names no subject ("دمرت
// الطائرات منازل" stays unread, as the subject has no side).
func (x *Extractor) aircraftOfState(d *doc, r region, in func(int) bool, j int) (int, bool) {
	t := d.toks[j]
	if t.Kind != arabic.TokWord || t.Clitics != "" || !t.Article || !definiteAircraft[t.Stem] {
		return 0, false
	}
	e := pastAircraftAdjectives(d, j+1, r.hi)
	if e >= r.hi || !in(e) || !d.toks[e].Article {
		return 0, false
	}
	if a, m, ok := x.actors.at(d.toks, e); ok && a != "unknown" && m.First == e && m.Last <= r.hi {
		return m.Last, true
	}
	return 0, false
}
