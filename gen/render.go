package gen

import (
	"strings"
	"time"
)

// stmt is one thing a speaker says, before it is worded as a sentence.
type stmt struct {
	sp   string   // speaker key
	via  string   // the speaker key that relays it, "" for none
	says []string // clauses that follow a speech verb and إن/أن; the first is the claim, the rest go on with it
	verb []string // a verb that takes obj directly (masculine, feminine), in place of a speech verb
	obj  string
	// quote lets the first clause stand in quotation marks.
	quote bool
}

// speech verbs with the complementizer each takes: masculine, feminine,
// plural after the subject, complementizer.
var sayVerbs = [][4]string{
	{"قال", "قالت", "قالوا", "إن"},
	{"قال", "قالت", "قالوا", "إن"},
	{"أفاد", "أفادت", "أفادوا", "بأن"},
	{"أعلن", "أعلنت", "أعلنوا", "أن"},
	{"ذكر", "ذكرت", "ذكروا", "أن"},
	{"أكد", "أكدت", "أكدوا", "أن"},
	{"أوضح", "أوضحت", "أوضحوا", "أن"},
	{"أشار", "أشارت", "أشاروا", "إلى أن"},
	{"كشف", "كشفت", "كشفوا", "عن أن"},
	{"صرح", "صرحت", "صرحوا", "بأن"},
}

// continuation verbs go on with the previous speaker.
var moreVerbs = [][4]string{
	{"أضاف", "أضافت", "أضافوا", "أن"},
	{"أضاف", "أضافت", "أضافوا", "أن"},
	{"تابع", "تابعت", "تابعوا", "أن"},
	{"أوضح", "أوضحت", "أوضحوا", "أن"},
	{"لفت", "لفتت", "لفتوا", "إلى أن"},
	{"أردف", "أردفت", "أردفوا", "أن"},
}

// participles that continue a sentence: masculine, feminine, and what follows.
var participles = [][3]string{
	{"مضيفاً", "مضيفة", "أن"},
	{"مشيراً", "مشيرة", "إلى أن"},
	{"لافتاً", "لافتة", "إلى أن"},
	{"مؤكداً", "مؤكدة", "أن"},
	{"موضحاً", "موضحة", "أن"},
}

// fillers stand between a speech verb and what follows it.
var fillersAfterName = []string{
	"في بيان", "في بيان رسمي", "في تصريح صحفي", "في وقت سابق", "اليوم", "في بيان مقتضب",
	"في إيجاز صحفي", "في تصريحات متلفزة",
}

// cues that put the source after the content; a verb takes the
// feminine ت when the source is feminine.
var afterCues = []string{"بحسب", "حسب", "وفق", "نقلاً عن", "بحسب ما أفاد", "حسبما ذكر", "وفقاً ل", "على ما أورد", "بحسب", "وفقاً ل", "على حد تعبير", "كما أفاد"}

// anonymity tails after an anonymous official.
var anonTails = []string{
	"طالباً عدم نشر اسمه", "شريطة عدم الكشف عن هويته", "مفضلاً عدم ذكر اسمه",
	"لأنه غير مخول بالحديث إلى وسائل الإعلام", "رافضاً الإفصاح عن اسمه",
}

// openers start a paragraph before a verb-first sentence; "و" is attached
// to the verb.
var openers = []string{"و", "و", "و", "و", "و", "و", "كما ", "", "في المقابل، ", "وفي السياق، ", "وفي التفاصيل، "}

// writer words statements for one article.
type writer struct {
	r     *rng
	o     outlet
	pub   time.Time       // the article's publication day
	named map[string]bool // speakers already named in the article
	marks []string        // clauses that give casualty figures
}

// sp returns the speaker for key.
func (w *writer) sp(key string) *speaker {
	s, ok := speakers[key]
	if !ok {
		panic("gen: no speaker " + key)
	}
	return s
}

// name returns how the article names s now: in full the first time, and
// sometimes by its short form later.
func (w *writer) name(key string) string {
	s := w.sp(key)
	if w.named[key] && s.short != "" && w.r.chance(0.5) {
		return s.short
	}
	w.named[key] = true
	return pick(w.r, s.names)
}

// verbFor picks the form of v that agrees with s when the verb comes first.
func verbFor(v [4]string, s *speaker) string {
	if s.fem {
		return v[1]
	}
	return v[0]
}

// verbAfter picks the form of v that agrees with s when s comes first.
func verbAfter(v [4]string, s *speaker) string {
	switch {
	case s.plural:
		return v[2]
	case s.fem:
		return v[1]
	}
	return v[0]
}

// ownVoice reports whether key is the article's own outlet.
func (w *writer) ownVoice(key string) bool { return key != "" && w.sp(key).id == w.o.id }

// withLi attaches the preposition ل to a name: "للمرصد"، "لوكالة"،
// "لـSY24".
func withLi(name string) string {
	switch {
	case strings.HasPrefix(name, "ال"):
		return "لل" + name[len("ال"):]
	case name == "" || name[0] < 0x80:
		return "لـ" + name
	}
	return "ل" + name
}

// render words one statement as a paragraph.
func (w *writer) render(s stmt) string {
	r := w.r
	if w.ownVoice(s.sp) {
		return w.narrate(s)
	}
	if w.ownVoice(s.via) {
		s.via = ""
	}
	sp := w.sp(s.sp)
	var b strings.Builder
	first := ""
	if len(s.says) > 0 {
		first = s.says[0]
	}
	rest := s.says
	if len(rest) > 0 {
		rest = rest[1:]
	}
	opener := pick(r, openers)
	switch {
	case s.verb != nil:
		v := s.verb[0]
		if sp.fem {
			v = s.verb[1]
		}
		if r.chance(0.7) {
			b.WriteString(opener + v + " " + w.name(s.sp) + " " + s.obj)
		} else {
			b.WriteString(w.name(s.sp) + " " + v + " " + s.obj)
		}
		if len(s.says) > 0 {
			rest = s.says
		}
	case s.via != "":
		b.WriteString(w.relay(opener, s, first))
	default:
		text, subj := w.attribute(opener, s, first)
		b.WriteString(text)
		sp = subj
	}
	// continuations: a participle on the same sentence, or new sentences
	for i, c := range rest {
		if i == 0 && !sp.plural && r.chance(0.45) {
			p := pick(r, participles)
			pp := p[0]
			if sp.fem {
				pp = p[1]
			}
			b.WriteString("، " + pp + " " + p[2] + " " + c)
			continue
		}
		b.WriteString(". ")
		v := pick(r, moreVerbs)
		verb := verbAfter(v, sp) // the subject is the pronoun in the verb
		if sp.short != "" && r.chance(0.5) {
			verb = verbFor(v, sp) + " " + sp.short
		}
		if r.chance(0.25) {
			b.WriteString("و" + verb + ": " + w.quoted(c))
			continue
		}
		b.WriteString("و" + verb + " " + v[3] + " " + c)
	}
	b.WriteString(".")
	return b.String()
}

// quoted puts s in quotation marks, mostly guillemets.
func (w *writer) quoted(s string) string {
	if w.r.chance(0.3) {
		return "“" + s + "”"
	}
	return "«" + s + "»"
}

// official is the grammatical subject when an unnamed official speaks for
// a body: masculine, and named again as "المسؤول".
var official = &speaker{short: "المسؤول"}

// spokesman is the subject when a named spokesman speaks: later sentences
// name him by his family name ("وأضاف بروكس").
func spokesman(name string) *speaker {
	f := strings.Fields(name)
	return &speaker{short: f[len(f)-1]}
}

// attribute words a statement whose speaker speaks for itself. It returns
// the sentence and the grammatical subject that later verbs agree with.
func (w *writer) attribute(opener string, s stmt, clause string) (string, *speaker) {
	r := w.r
	sp := w.sp(s.sp)
	v := pick(r, sayVerbs)
	filler := ""
	if r.chance(0.3) {
		filler = " " + pick(r, fillersAfterName)
	}
	switch x := r.intn(100); {
	case x < 12 && sp.org != "":
		// a spokesman, named, then his role
		who := pick(r, sp.people)
		if r.chance(0.5) {
			return opener + v[0] + " " + who + "، " + pick(r, []string{"المتحدث باسم ", "الناطق باسم ", "المتحدث الرسمي باسم "}) + sp.org + "، " + v[3] + " " + clause, spokesman(who)
		}
		return opener + v[0] + " المتحدث باسم " + sp.org + " " + trimTitle(who) + filler + " " + v[3] + " " + clause, spokesman(who)
	case x < 18 && sp.anon != "":
		return opener + v[0] + " مسؤول في " + sp.anon + "، " + pick(r, anonTails) + "، " + v[3] + " " + clause, official
	case x < 30:
		// the source first
		return w.name(s.sp) + " " + verbAfter(v, sp) + pick(r, []string{"", gendered(sp, " من جهته", " من جهتها", " من جهتهم"), gendered(sp, " بدوره", " بدورها", " بدورهم"), " في بيان"}) + " " + v[3] + " " + clause, sp
	case x < 44 && !s.quote:
		// the content first, the source after
		cue := pick(r, afterCues)
		name := w.name(s.sp)
		switch {
		case strings.HasSuffix(cue, "ل"):
			return clause + "، " + cue[:len(cue)-len("ل")] + withLi(name), sp
		case strings.HasSuffix(cue, "أفاد") || strings.HasSuffix(cue, "ذكر") || strings.HasSuffix(cue, "أورد"):
			if sp.fem {
				cue += "ت"
			}
		}
		return clause + "، " + cue + " " + name, sp
	case x < 54:
		// spoken to the outlet itself
		return opener + verbFor(v, sp) + " " + w.name(s.sp) + " " + withLi(w.o.ar) + " " + v[3] + " " + clause, sp
	case x < 64 && s.quote:
		return opener + verbFor(v, sp) + " " + w.name(s.sp) + filler + ": " + w.quoted(clause), sp
	}
	return opener + verbFor(v, sp) + " " + w.name(s.sp) + filler + " " + v[3] + " " + clause, sp
}

// gendered picks the masculine, feminine or plural form for s.
func gendered(s *speaker, m, f, pl string) string {
	switch {
	case s.plural:
		return pl
	case s.fem:
		return f
	}
	return m
}

// trimTitle drops the rank or title in front of a person's name when the
// role already comes first: "المتحدث باسم التحالف جيمس بروكس".
func trimTitle(person string) string {
	for _, t := range []string{"الكولونيل ", "النقيب ", "الكابتن ", "الرائد ", "العميد ", "اللواء ", "الجنرال "} {
		if strings.HasPrefix(person, t) {
			return person[len(t):]
		}
	}
	return person
}

// relay words a statement that reaches the article through another
// source: "نقلت رويترز عن مسؤول أمريكي قوله إن ...".
func (w *writer) relay(opener string, s stmt, clause string) string {
	r := w.r
	sp, via := w.sp(s.sp), w.sp(s.via)
	style := r.intn(3)
	if style == 1 && sp.plural {
		style = 0 // "أن مسؤولين قالوا" needs the accusative; keep it simple
	}
	switch style {
	case 0:
		qawl := "قوله"
		switch {
		case sp.plural:
			qawl = "قولهم"
		case sp.fem:
			qawl = "قولها"
		}
		v := "نقل"
		if via.fem {
			v = "نقلت"
		}
		return opener + v + " " + w.name(s.via) + " عن " + oblique(w.name(s.sp), sp) + " " + qawl + " إن " + clause
	case 1:
		v := pick(r, sayVerbs[3:5])
		inner := "قال"
		if sp.plural {
			inner = "قالوا"
		} else if sp.fem {
			inner = "قالت"
		}
		return opener + verbFor(v, via) + " " + w.name(s.via) + " أن " + w.name(s.sp) + " " + inner + " إن " + clause
	}
	v := pick(r, sayVerbs[:2])
	return opener + verbFor(v, sp) + " " + w.name(s.sp) + " " + withLi(w.name(s.via)) + " " + v[3] + " " + clause
}

// oblique puts the name of a plural speaker in the genitive after a
// preposition: "مسؤولون أمريكيون" → "مسؤولين أمريكيين".
func oblique(name string, s *speaker) string {
	if !s.plural {
		return name
	}
	f := strings.Fields(name)
	for i, w := range f {
		if strings.HasSuffix(w, "ون") {
			f[i] = strings.TrimSuffix(w, "ون") + "ين"
		}
	}
	return strings.Join(f, " ")
}

// narrate words what the outlet says in its own voice: the statement of a
// speaker that is the outlet itself.
func (w *writer) narrate(s stmt) string {
	r := w.r
	parts := s.says
	if s.verb != nil {
		parts = append([]string{s.obj}, s.says...)
	}
	if len(parts) == 0 {
		return ""
	}
	out := parts[0]
	switch r.intn(4) {
	case 0:
		out += "، حسب ما رصد مراسل " + w.o.self
	case 1:
		out += "، بحسب ما أفاد مراسل " + w.o.self + " في المنطقة"
	}
	out += "."
	for _, c := range parts[1:] {
		out += " " + pick(r, []string{"وتبين أن ", "وعلم " + w.o.self + " أن ", "ويأتي ذلك فيما تبين أن "}) + c + "."
	}
	return out
}
