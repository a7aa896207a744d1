package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// A denial often names whose report it denies: "نفى المصدر ما تبثه قنوات
// المعارضة عن قصف المخبز", "كذّبت الوزارة ما زعمته صفحات محلية عن ...".
// The party named after the relative "ما" and a verb of spreading or
// claiming asserts the content it is said to spread; the denier denies it.
// The party is often no registered source but a plural noun of outlets
// or activists ("قنوات"، "صفحات"، "التنسيقيات"), which the registry
// leaves alone because, outside such a relative clause, those words do
// not speak.

// spreadVerbs are the forms of the verbs of reporting, spreading and
// claiming that follow a relative "ما" ("ما تروجه"، "ما زعمته"), with and
// without the pronoun that refers back to it.
var spreadVerbs = words("spread",
	"تناقل", "تناقلت", "تناقلته", "تناقله", "تناقلوه", "تتناقل", "تتناقله", "يتناقل", "يتناقله", "يتناقلون", "يتناقلونه",
	"تداول", "تداولت", "تداولته", "تداوله", "تداولوه", "تتداول", "تتداوله", "يتداول", "يتداوله", "يتداولون", "يتداولونه",
	"روج", "روجت", "روجته", "روجه", "روجوا", "روجوه", "تروج", "تروجه", "يروج", "يروجه", "يروجون", "يروجونه",
	"نشر", "نشرت", "نشرته", "نشره", "نشروا", "نشروه", "تنشر", "تنشره", "ينشر", "ينشره", "ينشرون", "ينشرونه",
	"بث", "بثت", "بثته", "بثه", "بثوا", "بثوه", "تبث", "تبثه", "يبث", "يبثه", "يبثون", "يبثونه",
	"زعم", "زعمت", "زعمته", "زعمه", "زعموا", "زعموه", "تزعم", "تزعمه", "يزعم", "يزعمه", "يزعمون", "يزعمونه",
	"ادعى", "ادعت", "ادعته", "ادعاه", "ادعوا", "ادعوه", "تدعي", "تدعيه", "يدعي", "يدعيه", "يدعون", "يدعونه",
	"أورد", "أوردت", "أوردته", "أورده", "أوردوا", "أوردوه", "تورد", "تورده", "يورد", "يورده",
	"أشاع", "أشاعت", "أشاعته", "أشاعه", "أشاعوا", "أشاعوه", "تشيع", "تشيعه", "يشيع", "يشيعه", "يشيعون",
	"تناقلتها", "تتناقلها", "تداولتها", "تتداولها", "روجتها", "تروجها", "نشرتها", "تنشرها", "بثتها", "تبثها",
	"زعمتها", "تزعمها", "ادعتها", "تدعيها", "أوردتها", "توردها", "أشاعتها", "تشيعها", "ذكرتها", "تذكرها",
	"تحدثت", "تتحدث", "يتحدث", "يتحدثون", "تحدثوا",
	"ذكر", "ذكرت", "ذكرته", "ذكره", "ذكروا", "ذكروه", "تذكر", "تذكره", "يذكر", "يذكره")

// spreadRelatives are the forms of the relative "ما" before a spread
// verb: "ما"، "عما"، "مما"، "بما"، "لما".
var spreadRelatives = map[string]bool{"ما": true, "عما": true, "مما": true, "بما": true, "لما": true}

// spreadingParties are the plural nouns of unnamed parties that spread
// reports, with the registry id each stands for.
var spreadingParties = map[string]string{
	"قنوات": "media", "القنوات": "media", "وسائل إعلام": "media", "وسائل الإعلام": "media",
	"مواقع": "media", "المواقع": "media", "صفحات": "media", "الصفحات": "media",
	"منصات": "media", "المنصات": "media", "حسابات": "media", "الحسابات": "media",
	"صحف": "media", "الصحف": "media", "وكالات": "media", "الوكالات": "media",
	"الإعلام": "media", "إعلام": "media", "فضائيات": "media", "الفضائيات": "media",
	"تنسيقيات": "activist", "التنسيقيات": "activist",
	"ناشطون": "local_sources", "الناشطون": "local_sources", "ناشطين": "local_sources", "الناشطين": "local_sources",
}

// aboutWords introduce the content of a report after its party: "عن"،
// "بشأن"، "حول".
var aboutWords = map[string]bool{"عن": true, "بشان": true, "حول": true}

// maxPartyWords bounds the words of a spreading party's description
// ("قنوات الفتنة والتضليل") before the content.
const maxPartyWords = 5

// spreadFrame finds, at token i, a spread verb after a relative "ما"
// inside another frame's sentence, with its party and the content that
// "عن" opens: "نفى المصدر ما تتناقله قنوات ... عن استهداف المدرسة". The
// frame is embedded: the speaker before it goes on after it.
func (fs *frameScanner) spreadFrame(i int, s tokRange, before []frame) (frame, int, bool) {
	d, x := fs.d, fs.x
	if len(before) == 0 || i <= s.first || !spreadRelatives[d.toks[i-1].Norm] {
		return frame{}, 0, false
	}
	_, m, ok := x.spreadVerbs.at(d.toks, i)
	if !ok {
		m, ok = cameInStatementAt(d, i, s.last)
	}
	if !ok {
		return frame{}, 0, false
	}
	j := m.Last
	if j < s.last && (d.toks[j].Norm == "له" || d.toks[j].Norm == "لها") {
		j++ // "ما روجت له الصفحات"
	}
	j = fs.skipQuotes(j, s.last)
	if j >= s.last {
		return frame{}, 0, false
	}
	src, partyEnd, ok := fs.partyAt(j)
	if !ok {
		return frame{}, 0, false
	}
	cs, ok := fs.aboutAfter(partyEnd, s.last)
	if !ok {
		return frame{}, 0, false
	}
	fs.usePartyAt(j)
	cue := m
	f := frame{anchor: i, cue: &cue, src: src, rule: "spread_party", contentStart: cs, embedded: true}
	return f, cs, true
}

// partyAt finds the party that spreads a report at token j: a registered
// source mention not yet used, or a plural noun of unnamed outlets or
// activists. It returns the token after the party.
func (fs *frameScanner) partyAt(j int) (speaker, int, bool) {
	d, x := fs.d, fs.x
	if men, ok := d.mentionAt(j); ok && !fs.used[j] {
		return fs.fromMention(men, "spread_party"), men.Last, true
	}
	id, pm, ok := x.spreaders.at(d.toks, j)
	if !ok {
		return fs.partyAnaphorAt(j)
	}
	src, ok := fs.registered(id, "spread_party")
	if !ok {
		return speaker{}, 0, false
	}
	src.anonymous = true
	return src, pm.Last, true
}

// partyAnaphorAt reads a definite head word at j that names back a body
// named earlier in the article ("ما تروجه الهيئة عن ..." after "هيئة
// تحرير الشام"), matched by the head word of its name.
func (fs *frameScanner) partyAnaphorAt(j int) (speaker, int, bool) {
	kind, am, ok := fs.x.anaphors.at(fs.d.toks, j)
	if !ok || am.Clitics != "" {
		return speaker{}, 0, false
	}
	src := fs.resolveAnaphor(kind, am)
	if src.id == "" || !strings.HasPrefix(src.rule, "anaphor_head") {
		return speaker{}, 0, false
	}
	return src, am.Last, true
}

// usePartyAt marks the source mention covering token j as used, so that
// no frame of its own starts there.
func (fs *frameScanner) usePartyAt(j int) {
	if mi := fs.d.srcCover[j]; mi > 0 {
		fs.used[fs.d.mentions[mi-1].First] = true
	}
}

// aboutAfter finds the "عن" that opens a report's content within a few
// words of j, past the rest of the party's description; it stops at a
// comma, a full stop or a speech verb.
func (fs *frameScanner) aboutAfter(j, end int) (int, bool) {
	d := fs.d
	for k, words := j, 0; k < end && words <= maxPartyWords; k++ {
		t := d.toks[k]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord {
			return 0, false
		}
		if aboutWords[t.Norm] || aboutWords[t.Stem] && t.Clitics == "" {
			return k, true
		}
		words++
	}
	return 0, false
}

// An impersonal report names no one: "أُفيد بمقتل ..."، "ترددت أنباء عن
// ..."، "أشارت معلومات أولية إلى ...". The genre's convention credits it to
// unnamed media, unconfirmed.

// rumourVerbs are verbs whose subject is an unnamed report ("ترددت أنباء");
// "تحدثت أنباء عن" is read as a hedged report of the media already.
var rumourVerbs = map[string]bool{
	"ترددت": true, "تردد": true, "تترد": true, "يتردد": true, "تتردد": true,
	"اشارت": true, "تشير": true, "افادت": true, "تفيد": true, "ذكرت": true, "تذكر": true,
	"رجحت": true, "ترجح": true, "كشفت": true, "تكشف": true,
}

// rumourNouns are the unnamed reports that such verbs take as subject.
var rumourNouns = map[string]bool{"انباء": true, "معلومات": true, "الانباء": true, "المعلومات": true, "انباء اوليه": true}

// impersonalAt reads an impersonal report at token i and returns the
// token where its content begins: the passive "أُفيد" before بـ, عن or
// أنّ, or a verb of reporting whose subject is "أنباء" or "معلومات".
func (fs *frameScanner) impersonalAt(i, end int) (int, bool) {
	d := fs.d
	t := d.toks[i]
	if t.Kind != arabic.TokWord || i+1 >= end || t.Article || !plainClitics(t.Clitics) {
		return 0, false
	}
	stem := t.Norm[len(t.Clitics):]
	next := d.toks[i+1]
	if stem == "افيد" {
		// "أُفيد بسقوط"، "وأُفيد عن غارة"، "أُفيد بأن": not "أفيد" of a
		// speaker who informs ("أفيد القارئ").
		if hasClitic(next.Clitics, 'ب') || next.Norm == "عن" || next.Norm == "ان" || next.Norm == "بان" {
			return i + 1, true
		}
		return 0, false
	}
	if !rumourVerbs[stem] || next.Kind != arabic.TokWord || next.Clitics != "" || !rumourNouns[next.Norm] {
		return 0, false
	}
	k := i + 2
	for k < end && k <= i+3 && d.toks[k].Kind == arabic.TokWord && rumourQualifier(d.toks[k]) {
		k++ // "معلومات أولية"، "أنباء متداولة"، "أنباء غير مؤكدة"
	}
	return k, true
}

// plainClitics reports whether a verb's proclitics are at most a
// conjunction.
func plainClitics(c string) bool { return c == "" || c == "و" || c == "ف" }

// rumourQualifier reports whether t qualifies an unnamed report:
// "أولية"، "متداولة"، "غير"، "مؤكدة"، "متضاربة"، "صحفية".
func rumourQualifier(t arabic.Token) bool {
	switch t.Stem {
	case "اوليه", "متداوله", "غير", "مؤكده", "موكده", "متضاربه", "صحفيه", "اعلاميه", "محليه", "جديده":
		return true
	}
	return false
}

// cameInVerbs are the verbs of what "came" in a statement (folded): "ما
// جاء في بيان ..."، "ما ورد في تقرير ...".
var cameInVerbs = map[string]bool{"جاء": true, "ورد": true, "يرد": true}

// cameInStatementAt matches, at token i, a verb of what came in a
// statement, "في" and the statement's noun ("جاء في بيان"، "ورد في
// تصريحات"), so that the body named after the noun is the party whose
// report the relative "ما" before it takes: "نفت الحركة ما جاء في بيان
// الوزارة عن قصف القرية".
func cameInStatementAt(d *doc, i, end int) (arabic.Match, bool) {
	if i+3 > end || !cameInVerbs[d.toks[i].Norm] || d.toks[i+1].Norm != "في" {
		return arabic.Match{}, false
	}
	n := d.toks[i+2]
	if n.Clitics != "" || !statementMedia[n.Norm] && n.Norm != "تقرير" {
		return arabic.Match{}, false
	}
	return arabic.Match{First: i, Last: i + 3, Span: arabic.Span{Start: d.toks[i].Start, End: n.End}}, true
}
