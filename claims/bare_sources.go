package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// An outlet often credits a report to "مصادر" or "مصدر" with no word that
// says whose: "وأفادت مصادر بمقتل ..."، "ورجحت مصادر أن ..."، "وقال مصدر، لم
// يُكشف اسمه، إن ...". Such a source is unnamed but not the
// outlet's own voice: it is an informed source. When a qualifier follows
// ("مصادر طبية"، "مصدر في الشرطة"، "مصادر ميدانية") the registry or the
// words after decide instead, so the bare reading holds only when the
// noun is followed by punctuation, the end of the clause, a complementiser
// or a verbal noun under "ب" that opens the content.

// bareSourceNouns are the folded indefinite forms of "source(s)".
var bareSourceNouns = map[string]bool{"مصادر": true, "مصدر": true}

// bareContentOpeners are the words that open reported content right after
// the speaker:
// "أن"، "إن"، "بأن", and "عن"، "إلى" after verbs of speaking of or
// pointing to: "وتحدثت مصادر عن مقتل ..."، "وأشارت مصادر إلى ...".
var bareContentOpeners = map[string]bool{"ان": true, "بان": true, "انه": true, "بانه": true, "انها": true, "بانها": true, "عن": true, "الي": true}

// bareSources reads an unqualified "مصادر"/"مصدر" at k as the subject of a
// speech verb, and returns the informed-sources speaker and the token after
// the noun.
func (fs *frameScanner) bareSources(k, end int) (speaker, int, bool) {
	d := fs.d
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Article || t.Clitics != "" || !bareSourceNouns[t.Norm] {
		return speaker{}, 0, false
	}
	if k+1 < end && !fs.bareSourceEnds(k+1) {
		return speaker{}, 0, false
	}
	src, ok := fs.registered("informed_sources", "bare_sources")
	if !ok {
		return speaker{}, 0, false
	}
	src.anonymous = true
	return src, k + 1, true
}

// bareSourceEnds reports whether the token at n, right after a bare
// "مصادر", closes the speaker's name: punctuation, a complementiser, or a
// verbal noun under "ب" ("بمقتل"، "بسقوط"), or the medium spoken to.
func (fs *frameScanner) bareSourceEnds(n int) bool {
	t := fs.d.toks[n]
	if t.Kind == arabic.TokPunct {
		return !t.IsQuote()
	}
	if t.Kind != arabic.TokWord {
		return false
	}
	if bareContentOpeners[t.Norm] {
		return true
	}
	if m, ok := fs.d.mentionAt(n); ok && hasClitic(m.Clitics, 'ل') && fs.isMedia(m.SourceID) {
		return true // the medium spoken to: "مصادر لعنب بلدي"
	}
	return t.Clitics == "ب" && !t.Article && t.Stem != ""
}

// objectAfterRole reports whether a party named at k, past a role's words
// that ended on a definite noun, begins a new noun phrase (the object of
// the verb) rather than continuing the role's genitive chain: in "اتهم
// قائد الفصيل قوات النظام بقصف ..." the chain "قائد الفصيل" closes on its
// definite noun, and "قوات النظام", with no preposition to tie it,
// is the accused. A chain goes on only through indefinite heads
// ("قائد فصائل المعارضة") or a preposition ("قائد في الجيش").
func (fs *frameScanner) objectAfterRole(k, roleEnd int) bool {
	d := fs.d
	if k <= roleEnd || k == 0 {
		return false
	}
	prev, t := d.toks[k-1], d.toks[k]
	if prev.Kind != arabic.TokWord || !prev.Article || t.Kind != arabic.TokWord || t.Article || t.Clitics != "" {
		return false
	}
	_, _, ok := fs.x.actorAt(d, k)
	return ok
}

// addresseeBeforeColon skips, from c, the medium a headline's speaker
// spoke to before the colon: "مصدر أمني لـ«سبوتنيك»: ..."، "مسؤول محلي
// لعنب بلدي: ...". It returns the token that should be the colon and the
// medium as a relay when one was named.
func (fs *frameScanner) addresseeBeforeColon(c, end int) (int, []speaker) {
	d := fs.d
	k, to := c, false
	for k < end && (d.toks[k].IsQuote() || d.toks[k].Detached() && hasClitic(d.toks[k].Clitics, 'ل')) {
		to = to || !d.toks[k].IsQuote()
		k++
	}
	if k >= end {
		return c, nil
	}
	m, ok := d.mentionAt(k)
	if !ok || !fs.isMedia(m.SourceID) || !to && !hasClitic(m.Clitics, 'ل') {
		return c, nil
	}
	next := m.Last
	for next < end && d.toks[next].IsQuote() {
		next++
	}
	return next, []speaker{fs.fromMention(m, "addressee")}
}

// roleHeadline reads a headline credited by colon to a person by role with
// no registered body: "قائد فصيل لـ«عنب بلدي»: ..."، "طبيب في المدينة: ...".
// The role's words end at the medium it spoke to or at the colon.
func (fs *frameScanner) roleHeadline(i int, s tokRange) (frame, int, bool) {
	d := fs.d
	if f, next, ok := fs.bareSourceHeadline(i, s); ok {
		return f, next, true
	}
	if f, next, ok := fs.quotedBodyHeadline(i, s); ok {
		return f, next, true
	}
	_, rm, ok := fs.x.localRoles.at(d.toks, i)
	if !ok || rm.Last >= s.last {
		return frame{}, 0, false
	}
	src, next, ok := fs.localRole(i, rm.Last, s.last)
	if !ok || next-i > 6 {
		return frame{}, 0, false
	}
	for next-1 >= rm.Last && (d.toks[next-1].IsQuote() || d.toks[next-1].Detached()) {
		next-- // "لـ«" before the medium belongs to the addressee
	}
	c, via := fs.addresseeBeforeColon(next, s.last)
	if c >= s.last || d.toks[c].Text != ":" {
		return frame{}, 0, false
	}
	src.speaker = strings.TrimSpace(d.text[d.toks[i].Start:d.toks[next-1].End])
	fs.remember(src)
	return frame{anchor: i, contentStart: c + 1, src: src, rule: "colon_headline", via: via}, c + 1, true
}

// ownStatementCues are the verbless references, by a noun of speaking with
// a pronoun, to what the speaker last named said: "وجاء ذلك بعد إعلانه
// مقتل ..."، "وفق بيانها"، "في تصريحه". The pronoun refers back to the
// speaker, who is credited with what follows. "في بيانها" is left out: it
// follows its own subject ("اكتفت الوزارة في بيانها بالإشارة إلى ...").
func ownStatementCues() map[string]string {
	preps := []string{"بعد", "عقب", "إثر", "وفق", "حسب", "بحسب"}
	nouns := []string{"إعلان", "تأكيد", "بيان", "تصريح", "تصريحات", "إحصائية", "توثيق"}
	pronouns := []string{"ه", "ها", "هم"}
	m := make(map[string]string, len(preps)*len(nouns)*len(pronouns))
	for _, p := range preps {
		for _, n := range nouns {
			for _, pr := range pronouns {
				m[p+" "+n+pr] = "own_statement"
			}
		}
	}
	return m
}

// statementLexicon is the statement cues and the possessive ones.
func statementLexicon() map[string]string {
	m := ownStatementCues()
	for k, v := range statementCues {
		m[k] = v
	}
	return m
}

// firstNamedBefore is the first source the sentence names, by a mention or
// a capital, between first and i: the subject a possessive pronoun after
// it most likely refers to.
func (fs *frameScanner) firstNamedBefore(first, i int) (speaker, bool) {
	d := fs.d
	for k := first; k < i; k++ {
		if m, ok := d.mentionAt(k); ok && m.Last <= i {
			return fs.fromMention(m, "own_statement"), true
		}
		if id, cm, ok := fs.x.capitals.at(d.toks, k); ok && cm.Last <= i && !strings.HasPrefix(id, "@") {
			if src, ok := fs.registered(strings.TrimSuffix(id, "*"), "own_statement"); ok {
				return src, true
			}
		}
	}
	return speaker{}, false
}

// resumeAfterStatement returns a frame, at the first comma after j in the
// sentence, that gives the words back to whoever spoke before the
// possessive statement cue (the outlet when no one did).
func (fs *frameScanner) resumeAfterStatement(prior []frame, j int, s tokRange) (frame, int, bool) {
	d := fs.d
	for c := j; c < s.last; c++ {
		t := d.toks[c]
		if t.Kind != arabic.TokPunct || t.Text != "،" && t.Text != "," {
			continue
		}
		if c+1 >= s.last {
			return frame{}, 0, false
		}
		src := fs.x.ownVoice(d)
		if len(prior) > 0 {
			src = prior[len(prior)-1].src
		}
		return frame{anchor: c + 1, contentStart: c + 1, src: src, rule: "own_voice"}, c + 1, true
	}
	return frame{}, 0, false
}

// statementFrames reads a statement cue at i. "وجاء في البيان أن ..." is
// the statement of the last speaker. A possessive cue ("بعد إعلانها مقتل
// ...") is the statement of the sentence's subject when it names one, else
// of the last speaker; after the comma that closes the announced noun
// phrase, whoever spoke before it goes on.
func (fs *frameScanner) statementFrames(i int, s tokRange, prior []frame) ([]frame, int, bool) {
	class, m, ok := fs.x.statements.at(fs.d.toks, i)
	if !ok || statementAsObject(fs.d, i, s) {
		return nil, 0, false
	}
	own := class == "own_statement"
	src, named := speaker{}, false
	if own {
		src, named = fs.firstNamedBefore(s.first, i)
	}
	if !named {
		if len(fs.last) == 0 {
			return nil, 0, false
		}
		src = fs.resolveAnaphor("any", m)
	}
	src.rule = "statement"
	rule := "statement"
	if own {
		rule = "own_statement"
	}
	cue := m // a copy, so that m does not escape at every token
	out := []frame{{anchor: i, cue: &cue, contentStart: m.Last, src: src, rule: rule}}
	next := m.Last
	if own {
		if back, c, ok := fs.resumeAfterStatement(prior, next, s); ok {
			out = append(out, back)
			next = c
		}
	}
	return out, next, true
}

// byWhatWords open "ما جاء في البيان" as the source of what follows:
// "وفق ما جاء في البيان"، "بحسب ما ورد في التقرير". Folded forms.
var byWhatWords = foldSet("وفق", "وفقا", "حسب", "بحسب", "طبقا", "على")

// statementAsObject reports whether the statement cue at i is the object
// of the verb before it rather than a new speaker: "ما" right before it
// makes "what came in the statement" a noun phrase ("نفت الحركة ما جاء
// في بيان الوزارة عن ..."، "وكذّب ما ورد في التقرير"), so that the verb's
// speaker goes on speaking of it. After a word of accordance ("وفق ما جاء
// في البيان") or as "كما" the statement is still the source.
func statementAsObject(d *doc, i int, s tokRange) bool {
	if i-1 < s.first || d.toks[i-1].Norm != "ما" {
		return false
	}
	return i-2 < s.first || !byWhatWords[arabic.Fold(d.toks[i-2].Norm)]
}

// statementMedia are the nouns of the form a speaker's words took, after
// "في": "في بيان"، "في تصريح"، "في حديث"، "في مقابلة".
var statementMedia = map[string]bool{"بيان": true, "تصريح": true, "تصريحات": true, "حديث": true, "مقابله": true, "منشور": true}

// pluralRoleWords are the first words of local roles in the plural
// (folded): "أطباء في المنطقة"، "عاملون في المستشفى"، "أقارب الضحايا".
var pluralRoleWords = map[string]bool{
	"اطباء": true, "الاطباء": true, "ممرضون": true, "ممرضين": true, "عاملون": true, "العاملون": true,
	"ناجون": true, "اقارب": true, "ذوو": true, "ذوي": true, "عائلات": true, "عشائر": true, "قبائل": true,
}

// pluralRole reports whether s is a local role named in the plural.
func pluralRole(s speaker) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s.speaker), " ")
	return s.rule == "local_role" && pluralRoleWords[arabic.Fold(first)]
}

// partitiveOne reports whether t is the bare "أحد" or "إحدى" that opens a
// partitive construct ("أحد مشافي المدينة"، "إحدى المنظمات").
func partitiveOne(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && t.Clitics == "" && (t.Norm == "احد" || t.Norm == "احدي")
}

// roleWordsEnd reports whether a role's words (from a local role at the
// head, roleEnd past it) end before token k: at "إلى" ("أشار قائد الفصيل
// إلى مقتل ...")، at a number or a counted noun that opens the object ("نعت
// قبيلة ... ثلاثة من أبنائها")، or at "في بيان"-like words that say how the
// speaker spoke.
func (fs *frameScanner) roleWordsEnd(k, roleEnd int) bool {
	d := fs.d
	if k <= roleEnd {
		return false
	}
	t := d.toks[k]
	if k == roleEnd+1 && partitiveOne(d.toks[roleEnd]) {
		return false // "مدير أحد مشافي المدينة": one of the places, not a count
	}
	if t.Kind == arabic.TokNumber || d.counted[k] {
		return true
	}
	if t.Kind != arabic.TokWord || t.Clitics != "" {
		return false
	}
	if t.Norm == "الي" {
		return true
	}
	return t.Norm == "في" && k+1 < len(d.toks) && !d.toks[k+1].Article && statementMedia[d.toks[k+1].Stem]
}

// bareSourceHeadline reads "مصادر: ..." or "مصدر لـ«X»: ..." at the head
// of a line: an unnamed informed source, relayed by the medium it spoke
// to.
func (fs *frameScanner) bareSourceHeadline(i int, s tokRange) (frame, int, bool) {
	d := fs.d
	t := d.toks[i]
	if t.Kind != arabic.TokWord || t.Article || t.Clitics != "" || !bareSourceNouns[t.Norm] || i+1 >= s.last {
		return frame{}, 0, false
	}
	c, via := fs.addresseeBeforeColon(i+1, s.last)
	if c >= s.last || d.toks[c].Text != ":" {
		return frame{}, 0, false
	}
	src, ok := fs.registered("informed_sources", "colon_headline")
	if !ok {
		return frame{}, 0, false
	}
	src.anonymous = true
	fs.remember(src)
	return frame{anchor: i, contentStart: c + 1, src: src, rule: "colon_headline", via: via}, c + 1, true
}
