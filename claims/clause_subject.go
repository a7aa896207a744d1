package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/sources"
)

// clauseParticles are bare words that may stand right before a source's
// name without being the verb of the clause: prepositions and particles
// ("في وزارة ...", "عن المرصد").
var clauseParticles = map[string]bool{
	"في": true, "من": true, "عن": true, "على": true, "الى": true, "إلى": true, "مع": true,
	"بين": true, "عند": true, "منذ": true, "حتى": true, "بعد": true, "قبل": true, "خلال": true,
	"لدى": true, "نحو": true, "ضد": true, "عبر": true, "دون": true, "بدون": true, "غير": true,
	"ان": true, "أن": true, "إن": true, "ما": true, "لا": true, "لم": true, "لن": true, "قد": true,
	"كان": true, "كانت": true, "اما": true, "أما": true, "او": true, "أو": true, "ثم": true,
}

// clauseSubject is the subject of the verb that opens the clause of a
// participle continuer at i, when no speech verb opened it: in "دانت
// الوزارة الهجوم، مؤكدة أن ..." or "رفع المرصد حصيلته إلى ...، لافتاً إلى
// ..." the participle (حال) describes the subject of the main verb, which is
// the speaker, not whoever spoke in the sentence before. The verb stands
// among the first words of the sentence (after "بدوره،" or "وفي سياق
// متصل،"), bare (no article, at most و or ف), and the source's name follows
// it directly; or the verb takes فـ after a topic "أما X".
func (fs *frameScanner) clauseSubject(s tokRange, i int) (speaker, bool) {
	d := fs.d
	if v := i - 1; v > s.first && d.toks[v].Kind == arabic.TokWord && hasClitic(d.toks[v].Clitics, 'ف') {
		// "أما المرصد فاكتفى بالقول إن ...": the topic before the فـ-verb
		// whose manner of speaking the continuer names is its subject.
		if src, _, ok := fs.topicBefore(v, s.first); ok {
			return src, true
		}
	}
	words := 0
	for k := s.first; k < i && words < 8; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			continue
		}
		words++
		if _, ok := d.mentionAt(k); ok || d.srcCover[k] != 0 {
			return speaker{}, false // a source before any verb: not this construction
		}
		if t.Article || t.Clitics != "" && t.Clitics != "و" && t.Clitics != "ف" || clauseParticles[t.Norm] {
			continue
		}
		if sp, _, ok := fs.speechAt(k); ok && sp.relay {
			return speaker{}, false // a relay the frame rules passed over
		}
		n := k + 1
		if n+1 < i && d.toks[n].IsQuote() {
			n++ // a name in quotation marks: اكتفت "الهيئة" بـ...
		}
		if src, ok := fs.anaphorSubject(n, i); ok {
			return src, true
		}
		m, ok := d.mentionAt(n)
		if !ok || m.Last > i || fs.used[n] || hasClitic(m.Clitics, 'ل') || hasClitic(m.Clitics, 'ب') || hasClitic(m.Clitics, 'و') {
			continue
		}
		fs.used[n] = true
		return fs.fromMention(m, "clause_subject"), true
	}
	return speaker{}, false
}

// ownFrameBefore reports whether the sentence already has a frame of its
// own (not one embedded in another's content) before the token at hand.
func ownFrameBefore(frs []frame) bool {
	for _, f := range frs {
		if !f.embedded {
			return true
		}
	}
	return false
}

// relayedAside reads an aside that names the medium through which the
// speaker just named reached the article: "ذكرت اللجنة، وفق ما نقلت عنها
// إذاعة ...، أن ...". The pronoun on عن (عنه، عنها) points back to the
// speaker, so the medium relays and does not speak. from is the first
// token after the cue, mention the token where the medium's name begins.
func (fs *frameScanner) relayedAside(from, mention int) bool {
	for k := from; k < mention; k++ {
		switch fs.d.toks[k].Norm {
		case "عنه", "عنها", "عنهم", "نقلته", "نقلتها", "نقلها", "نقله", "اوردته", "اوردتها":
			return true
		}
	}
	return false
}

// mediumRelaysSubject reports whether an aside credit ("بحسب ما بثته
// سانا") only names the medium through which the subject of the speech
// verb is heard: the aside is a medium and the subject is not one (nor the
// outlet's own voice, whose correspondent cites what a medium reported).
func (fs *frameScanner) mediumRelaysSubject(subject, aside speaker) bool {
	if !fs.isMedia(aside.id) || subject.id == "outlet" || subject.id == "" || fs.isMedia(subject.id) {
		return false
	}
	return subject.id != fs.x.ownVoice(fs.d).id
}

// lastOfRole is the last speaker of the article that is the ministry of a
// role ("mfa", "interior", "mod") of any state (see ownStateBodies).
func (fs *frameScanner) lastOfRole(role string) (speaker, bool) {
	for i := len(fs.last) - 1; i >= 0; i-- {
		for _, bodies := range ownStateBodies {
			if bodies[role] == fs.last[i].id {
				return fs.last[i], true
			}
		}
	}
	// A ministry named earlier without speaking: "دانت وزارة الخارجية
	// السورية ..." in a sentence with no speech verb.
	for i := len(fs.d.mentions) - 1; i >= 0; i-- {
		m := fs.d.mentions[i]
		for _, bodies := range ownStateBodies {
			if bodies[role] == m.SourceID {
				return fs.fromMention(m, "anaphor_role"), true
			}
		}
	}
	return speaker{}, false
}

// topicBefore reads the topic construction "أما X (...) فـVERB": the source
// named right after أما is the subject of the verb that carries ف, however
// many words of place or description stand between ("أما هيئة الأركان في
// دمشق فذكرت"، "أما لجان التنسيق فأحصت"), a relative clause set off by
// commas among them. i is the verb, lo the first token the subject may
// stand on.
func (fs *frameScanner) topicBefore(i, lo int) (speaker, int, bool) {
	d := fs.d
	if !hasClitic(d.toks[i].Clitics, 'ف') {
		return speaker{}, 0, false
	}
	for j := i - 1; j >= lo && j >= i-16; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() && !isComma(t) && t.Text != "(" && t.Text != ")" {
			return speaker{}, 0, false
		}
		if t.Norm != "اما" {
			continue
		}
		m, ok := d.mentionAt(j + 1)
		if !ok {
			// "أما رئيس وفد المنظمة الدولية، فقال": a role over
			// the body, the first body named in the topic.
			m, ok = fs.roleTopic(j+1, i)
		}
		if !ok || fs.used[m.First] || m.Last > i {
			return speaker{}, 0, false
		}
		fs.used[m.First] = true
		return fs.fromMention(m, "topic"), j, true
	}
	return speaker{}, 0, false
}

// namedAfterTemporal reports whether the speech verb at i follows "قبل أن"
// or "بعد أن" (or "سبق أن", had said before) and the source that speaks
// is named right after it: the clause reports a statement of its own ("قبل
// أن تعلن مديرية الصحة وفاة مصابَين آخرين"، "وسبق أن ذكرت القيادة ...
// أن"), unlike "دون أن يوضح" or "بعد أن قال" with no one named.
func (fs *frameScanner) namedAfterTemporal(i int) bool {
	d := fs.d
	if i < 2 || i+1 >= len(d.toks) {
		return false
	}
	switch d.toks[i-2].Norm {
	case "قبل", "بعد", "وقبل", "وبعد", "ثم", "سبق", "وسبق":
	default:
		return false
	}
	if _, ok := d.mentionAt(i + 1); ok {
		return true
	}
	id, _, ok := fs.x.capitals.at(d.toks, i+1)
	return ok && !strings.HasSuffix(id, "*")
}

// presentNeedsSubject are present-tense verbs of saying that, after كان
// ("ما إذا كان يتحدث", "وكان يتحدث"), tell what someone was talking
// about, not a statement, unless the source is named next to them.
var presentNeedsSubject = map[string]bool{"يتحدث": true, "تتحدث": true, "يتحدثون": true}

// namedNextTo reports whether a source is named right before the verb at i
// or right after it (last is the token after the verb).
func (fs *frameScanner) namedNextTo(i, last int) bool {
	d := fs.d
	if i > 0 && d.srcCover[i-1] != 0 {
		return true
	}
	if _, ok := d.mentionAt(last); ok {
		return true
	}
	if i > 0 {
		if _, cm, ok := fs.x.capitals.at(d.toks, i-1); ok && cm.Last == i {
			return true
		}
	}
	_, _, ok := fs.x.capitals.at(d.toks, last)
	return ok
}

// afterKana reports whether the word before i is a form of كان.
func (fs *frameScanner) afterKana(i int) bool {
	if i == 0 {
		return false
	}
	switch fs.d.toks[i-1].Stem {
	case "كان", "كانت", "كانوا", "يكون", "تكون":
		return true
	}
	return false
}

// anaphorSubject reads an anaphor standing right after the clause's verb as
// its subject: "وعادت المصادر ذاتها لتؤكد ..."، "اكتفت الوزارة بالإشارة
// إلى ...". It names back the body or the source named before.
func (fs *frameScanner) anaphorSubject(k, i int) (speaker, bool) {
	d := fs.d
	if k >= i || d.srcCover[k] != 0 {
		return speaker{}, false
	}
	_, am, ok := fs.x.anaphors.at(d.toks, k)
	if !ok || am.Last > i || am.Clitics != "" || fs.longerCapital(k, am.Last) {
		return speaker{}, false
	}
	src := fs.resolveAnaphor(fs.x.anaphors.vals[am.Phrase], am)
	if src.id == "" {
		return speaker{}, false
	}
	return src, true
}

// anaphorBefore finds a source named back by an anaphor ("الوزارة",
// "المرصد"، "المصدر") that stands before the speech verb at i as its
// subject: in the pluperfect "وكانت الوزارة قد أعلنت ...", after a
// topic "أما المصدر فأوضح ..." and after a particle of contrast "غير أن
// الوزارة نفت ...". The anaphor refers to the source of its kind that
// spoke last.
func (fs *frameScanner) anaphorBefore(i, lo int) (speaker, int, bool) {
	d := fs.d
	k := i - 1
	if k > lo && d.toks[k].Norm == "قد" {
		k--
	}
	topic := hasClitic(d.toks[i].Clitics, 'ف')
	if topic && k > lo && isComma(d.toks[k]) {
		k-- // "أما الوزارة، فقالت"
	}
	quoted := false
	if k > lo && d.toks[k].IsQuote() {
		// "غير أن "الهيئة" نفت": the anaphor in quotes.
		k--
		quoted = true
	}
	for j := k; j >= lo && j >= k-2; j-- {
		kind, am, ok := fs.x.anaphors.at(d.toks, j)
		if !ok || am.Last != k+1 || d.srcCover[j] != 0 || j == 0 {
			continue
		}
		pj := j - 1
		if quoted {
			if pj <= lo || !d.toks[pj].IsQuote() {
				return speaker{}, 0, false
			}
			pj--
		}
		p := d.toks[pj]
		switch {
		case pj >= lo && pastKana(p) && !topic:
		case pj >= lo && p.Norm == "اما" && topic:
		case pj >= lo && !topic && contrastOpener(d, pj):
		default:
			return speaker{}, 0, false
		}
		src := fs.resolveAnaphor(kind, am)
		if src.id == "" || src.id == "unidentified" || src.rule == "anaphor_fallback" || src.rule == "own_voice" {
			// Nothing of the anaphor's kind spoke before: the narration
			// recalls someone else.
			return speaker{}, 0, false
		}
		return src, j, true
	}
	return speaker{}, 0, false
}

// contrastOpener reports whether token p closes a particle of contrast
// that a nominal clause follows, its subject first: "غير أن"، "إلا أن"،
// "بيد أن"، "لكن"، "ولكن". After it an anaphor before a speech verb is
// the verb's subject ("غير أن الوزارة نفت ..."), as after كان.
func contrastOpener(d *doc, p int) bool {
	t := d.toks[p]
	if t.Kind != arabic.TokWord {
		return false
	}
	switch strings.TrimPrefix(t.Norm, t.Clitics) {
	case "لكن":
		return t.Clitics == "" || t.Clitics == "و"
	case "ان":
		if t.Clitics != "" || p == 0 {
			return false
		}
		q := d.toks[p-1]
		switch strings.TrimPrefix(q.Norm, q.Clitics) {
		case "غير", "الا", "بيد":
			return q.Clitics == "" || q.Clitics == "و"
		}
	}
	return false
}

// pastKana reports whether t is a past form of كان ("وكانت"، "كانوا").
func pastKana(t arabic.Token) bool {
	if t.Clitics != "" && t.Clitics != "و" && t.Clitics != "ف" {
		return false
	}
	switch strings.TrimPrefix(t.Norm, t.Clitics) {
	case "كان", "كانت", "كانوا", "كانا":
		return true
	}
	return false
}

// pluperfectWord reports whether token j, before the speech verb at i, is
// a word of the pluperfect that may stand between the subject and the
// verb: a past form of كان, the particle قد, or a comma right before قد
// ("وكانت وزارة الدفاع، قد أعلنت"). "كان" is no complementizer "كأن".
func pluperfectWord(d *doc, j, i int) bool {
	t := d.toks[j]
	switch {
	case pastKana(t):
		return i-j <= 3
	case t.Norm == "قد":
		return j == i-1
	case isComma(t):
		return j+2 == i && d.toks[j+1].Norm == "قد"
	}
	return false
}

// roleTopic finds, in the topic that starts at k and ends before the verb
// at i, the body a role word heads: "مدير مكتب ... الأمم المتحدة". The
// topic must open with a role noun and its words run with no comma or
// other mark up to the body, which carries no preposition.
func (fs *frameScanner) roleTopic(k, i int) (sources.Mention, bool) {
	d := fs.d
	if _, _, ok := fs.x.localRoles.at(d.toks, k); !ok {
		return sources.Mention{}, false
	}
	for j := k + 1; j < i && j <= k+5; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return sources.Mention{}, false
		}
		if m, ok := d.mentionAt(j); ok {
			if t.Clitics != "" {
				return sources.Mention{}, false
			}
			return m, true
		}
	}
	return sources.Mention{}, false
}
