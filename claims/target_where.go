package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// localityTargets are the characterisations that name only a populated
// place: a town or a village says where the attack fell, and says what was
// hit only when it is the object of the attack itself ("قصف على قرية",
// "استهدفت بلدات"), never when it locates something ("غارة في بلدة",
// "قرب قرية", "أطراف البلدة").
var localityTargets = map[string]bool{"town": true, "towns": true, "village": true, "villages": true,
	"residential quarter": true, "residential quarters": true}

// whereWords are the prepositions and nouns of location that, right before
// a town or a village, make it the place where something happened: "في",
// "قرب", "بين", "محيط", "أطراف", "ريف", "أهالي", "مدخل", the quarters of
// the compass. Folded stems.
var whereWords = map[string]bool{
	"في": true, "قرب": true, "بالقرب": true, "من": true, "بين": true, "حول": true, "عند": true, "داخل": true,
	"خارج": true, "لدي": true, "فوق": true, "تحت": true, "امام": true, "بمحيط": true, "محيط": true, "اطراف": true,
	"ريف": true, "اهالي": true, "سكان": true, "ابناء": true, "مدخل": true, "مداخل": true, "وسط": true, "سماء": true,
	"منطقه": true, "مناطق": true, "ناحيه": true, "شمال": true, "جنوب": true, "شرق": true, "غرب": true,
	"شمالي": true, "جنوبي": true, "شرقي": true, "غربي": true, "طريق": true, "بلديه": true,
	"مختار": true, "مجلس": true,
	// a front line, the outskirts or the barren heights of a town: "على
	// محور بلدة"، "على مشارف القرية"، "تخوم البلدة"، "جرود البلدة"
	"محور": true, "مشارف": true, "تخوم": true, "ضواحي": true, "جرود": true,
}

// locatesOnly reports whether the locality at j (a town or a village)
// only says where: it does not follow the attack word at once (j0 is the
// first token after it), and a word of location or a proclitic ب ("ببلدة")
// stands right before it.
func locatesOnly(d *doc, j0, j int) bool {
	if hasClitic(d.toks[j].Clitics, 'ب') || hasClitic(d.toks[j].Clitics, 'ف') && !hasClitic(d.toks[j].Clitics, 'و') {
		return true
	}
	if j <= j0 {
		return false
	}
	if hasClitic(d.toks[j].Clitics, 'ل') && j-2 >= j0 && whereWords[d.toks[j-2].Stem] {
		return true // "على المنطقة الجردية لبلدة": the area of the town, past its adjective
	}
	if hasClitic(d.toks[j].Clitics, 'و') {
		// "الطريق الواصل بين المدينة وبلدة": the second end of a span
		for k := j - 1; k > j0 && k >= j-3; k-- {
			if d.toks[k].Stem == "بين" {
				return true
			}
		}
		// "المعارك في محيط البلدة والقرى المجاورة": joined to a place
		// named after a word of location, it locates too
		if j-2 >= j0 && d.toks[j-1].Kind == arabic.TokWord && (whereWords[d.toks[j-2].Stem] || whereWords[d.toks[j-2].Norm]) {
			return true
		}
	}
	p := d.toks[j-1]
	if p.Kind != arabic.TokWord {
		return false
	}
	return whereWords[p.Stem] || whereWords[p.Norm]
}

// otherIncidentCut finds where a claim turns to the background of other
// incidents: "ويأتي الهجوم بعد أيام من ..."، "وتأتي الحادثة في سياق ..."،
// "ويتزامن القصف مع ..."، "ويأتي ذلك فيما/بينما/رغم ...". The words after
// the connector (في سياق، في ظل، في وقت، وسط، مع، بعد ساعات من، فيما،
// بينما، رغم، قبل) tell of other events, so what they name
// was not hit in this one. It returns the connector's token, or -1.
func otherIncidentCut(d *doc, r region, in func(int) bool) int {
	return frameConnector(d, r, in, true, func(j int) bool {
		u := d.toks[j]
		switch u.Norm {
		case "وسط", "مع", "تزامنا", "بالتزامن", "رغم", "برغم", "فيما", "بينما", "قبيل":
			// "ويأتي ذلك فيما تحشد ..."، "وجاء القصف رغم اتفاق ...": what
			// follows is another matter told beside the story.
			return true
		case "قبل":
			// "يأتي الهجوم قبل لقاء مرتقب": what comes after is later,
			// so another matter.
			return true
		case "بعد":
			// "بعد ساعات من"، "بعد أقل من أسبوع على": a time apart, so a
			// different incident; a bare "بعد/عقب" + event is the sequel
			// the claim itself may tell of.
			if j+1 < r.hi && spanWords[d.toks[j+1].Stem] {
				return true
			}
		case "في", "ضمن":
			if j+1 < r.hi {
				switch d.toks[j+1].Stem {
				case "سياق", "ظل", "وقت", "اطار", "اعقاب", "خضم":
					return true
				}
			}
		}
		return false
	})
}

// dayApartCut finds, in a claim opened by a background frame (see
// comesFrame), "غداة" (the day after) or "عشية" (the eve of) within its
// first words: "ويأتي القصف غداة سيطرة القوات على البلدة". What follows
// dates the story by another incident, so nothing named there was hit in
// this one. It returns the token of the connector, or -1. The places of
// that incident stay with the claim (asidePlacesCut does not cut here):
// it is an event of its own.
func dayApartCut(d *doc, r region, in func(int) bool) int {
	return frameConnector(d, r, in, false, func(j int) bool {
		return d.toks[j].Norm == "غداه" || d.toks[j].Norm == "عشيه"
	})
}

// frameConnector finds, in a claim opened by a background frame (see
// comesFrame), the first of the five words after the frame verb that
// connector accepts, stopping at a punctuation mark other than a quote
// (and a comma, when commas is set); it returns that token, or -1.
func frameConnector(d *doc, r region, in func(int) bool, commas bool, connector func(j int) bool) int {
	k := r.lo
	for k < r.hi && (!in(k) || d.toks[k].Kind != arabic.TokWord) {
		k++
	}
	if k >= r.hi || !comesFrame(d.toks[k].Stem) {
		return -1
	}
	for j := k + 1; j < r.hi && j <= k+5 && in(j); j++ {
		u := d.toks[j]
		if u.Kind == arabic.TokPunct && !u.IsQuote() && !(commas && (u.Text == "," || u.Text == "،")) {
			return -1
		}
		if connector(j) {
			return j
		}
	}
	return -1
}

// spanWords are the lengths of time and the comparatives that follow
// "بعد" or "قبل" in a background frame: "بعد ساعات من"، "بعد أقل من".
var spanWords = map[string]bool{
	"ساعات": true, "ساعه": true, "ساعتين": true, "ايام": true, "يوم": true, "يومين": true, "اسابيع": true, "اسبوع": true,
	"اسبوعين": true, "اشهر": true, "شهر": true, "شهرين": true, "اقل": true, "اكثر": true, "نحو": true, "سنوات": true, "عام": true,
	"دقائق": true,
}

// comesFrame reports whether a stem opens a background frame: the verbs
// "يأتي/تأتي/جاء/جاءت" and "يتزامن/تزامن" (with their conjunction).
func comesFrame(stem string) bool {
	s := strings.TrimPrefix(stem, "و")
	switch s {
	case "ياتي", "تاتي", "جاء", "جاءت", "يتزامن", "تتزامن", "تزامن", "تزامنت":
		return true
	}
	return false
}

// notAttackAfterOn are the words that make "على" before them a cause, a
// doer or a stance rather than the preposition of attack:
// "على خلفية"، "على إثر"، "على يد"، "على الرغم"، "على صعيد"، "على حساب"،
// "على مستوى"، "على قيد"، "على حد". Folded stems.
var notAttackAfterOn = map[string]bool{
	"خلفيه": true, "اثر": true, "يد": true, "ايدي": true, "الرغم": true, "رغم": true, "صعيد": true, "حساب": true,
	"مستوي": true, "قيد": true, "حد": true, "هامش": true, "وقع": true,
	"راس": true, "خلاف": true, "غرار": true, "لسان": true, "ذمه": true, "درايه": true, "علم": true, "تواصل": true,
	// "أتى على ذكر" (to mention): what a source mentions, or, negated
	// ("لم يأت على ذكر أي مدنيين"), leaves out
	"ذكر": true,
}

// relativeWords open a relative clause after a noun: "التي"، "الذي".
var relativeWords = map[string]bool{"التي": true, "الذي": true, "اللتين": true, "اللذين": true, "اللتان": true, "اللذان": true}

// madeThere reads what a place makes, assembles or stores, told by a
// verbal noun of making right after it and the thing made ("ورشات تصنيع
// الطائرات المسيرة", "معمل لتجميع الصواريخ", "مصنع لإنتاج العبوات"): the
// product, not the workshop, says whether it was military.
func (x *Extractor) madeThere(d *doc, r region, in func(int) bool, t string, m arabic.Match) (string, bool) {
	if people(t) || isForces(t) {
		return "", false
	}
	j := m.Last
	if j+1 >= r.hi || !in(j) || !in(j+1) || d.toks[j].Kind != arabic.TokWord {
		return "", false
	}
	if !makingNouns[d.toks[j].Stem] && !makingNouns[strings.TrimPrefix(d.toks[j].Stem, "ل")] {
		return x.madeInClause(d, r, in, j)
	}
	c, _, ok := x.contents.at(d.toks, j+1)
	return c, ok
}

// makingVerbs are the imperfect verbs of making, assembling, preparing,
// fitting or storing (folded), in the forms of he, she and they: what a
// relative clause says was done inside a place.
var makingVerbs = map[string]bool{
	"يصنع": true, "تصنع": true, "يصنعون": true, "يجهز": true, "تجهز": true, "يجهزون": true,
	"يجمع": true, "تجمع": true, "يجمعون": true, "يخزن": true, "تخزن": true, "يخزنون": true,
	"يطور": true, "تطور": true, "يطورون": true, "يحضر": true, "تحضر": true, "يحضرون": true,
	"يعد": true, "تعد": true, "يعدون": true, "يركب": true, "تركب": true, "يركبون": true,
	"ينتج": true, "تنتج": true, "ينتجون": true, "يعدل": true, "تعدل": true, "يعدلون": true,
	"يفخخ": true, "تفخخ": true, "يفخخون": true, "يذخر": true, "تذخر": true, "يذخرون": true,
}

// madeInClause reads what a place makes from a relative clause after it,
// from token j on, that says something is made in it: a verb of making
// with a resumptive pronoun and the thing made ("ورشة كان المسلحون
// يجهزون فيها طائرات مسيرة", "المستودع الذي يخزنون فيه الذخائر"), or
// the resumptive pronoun and a verbal noun of making ("معمل يتم فيه
// تصنيع العبوات"). At most makingClauseWords words may stand before the
// verb (a relative pronoun, "كان", the doer), none of them punctuation.
func (x *Extractor) madeInClause(d *doc, r region, in func(int) bool, j int) (string, bool) {
	words := 0
	for k := j; k < r.hi && words <= makingClauseWords && in(k); k++ {
		u := d.toks[k]
		if quoteMark(u) {
			continue // a doer named in quotes: «هيئة تحرير الشام»
		}
		if u.Kind != arabic.TokWord {
			return "", false
		}
		words++
		verb := makingVerbs[u.Stem]
		if !verb && !inIt[u.Norm] {
			continue
		}
		n := k + 1
		if verb {
			if n >= r.hi || !in(n) || !inIt[d.toks[n].Norm] {
				return "", false
			}
			n++
		} else {
			if n >= r.hi || !in(n) || !makingNouns[d.toks[n].Stem] {
				return "", false
			}
			n++
		}
		if n >= r.hi || !in(n) {
			return "", false
		}
		c, _, ok := x.contents.at(d.toks, n)
		return c, ok
	}
	return "", false
}

// makingClauseWords is how many words may open a relative clause on a
// place before its verb of making (see madeInClause): a relative pronoun,
// "كان", and a doer of up to four words ("عناصر جبهة أنصار الدين").
const makingClauseWords = 6

// quoteMark reports whether a token is a quotation mark, which may
// enclose a name inside a clause.
func quoteMark(t arabic.Token) bool {
	if t.Kind != arabic.TokPunct {
		return false
	}
	switch t.Text {
	case "«", "»", "\"", "“", "”":
		return true
	}
	return false
}

// hitVerbs say that a missile, a shell or its fragments reached something:
// "أصاب بعضها"، "سقطت شظايا على"، "طالت"، "ألحقت أضراراً بـ".
var hitVerbs = map[string]bool{
	"اصاب": true, "اصابت": true, "سقط": true, "سقطت": true, "طال": true, "طالت": true,
	"استهدف": true, "استهدفت": true, "الحق": true, "الحقت": true, "ادي": true, "ادت": true,
	"دمر": true, "دمرت": true, "تسبب": true, "تسببت": true, "وقع": true, "وقعت": true,
}

// hitAfterInterception reports whether a claim typed an interception goes
// on, after its last interception word, to a verb of hitting with a
// target after it: the claim then tells of the attack too ("أسقطت
// الدفاعات معظم الصواريخ، بينما سقط أحدها على منزل").
func (x *Extractor) hitAfterInterception(d *doc, r region, in func(int) bool) bool {
	last := -1
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if t, m, ok := x.triggers.at(d.toks, k); ok {
			if t.typ == EventInterception {
				last = m.Last
			}
			k = m.Last - 1
		}
	}
	if last < 0 {
		return false
	}
	for k := last; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord || !hitVerbs[d.toks[k].Stem] {
			continue
		}
		if x.targetAfter(d, r, in, k+1, 8) != "" {
			return true
		}
	}
	return false
}
