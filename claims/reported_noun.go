package claims

import "github.com/riwaya/riwaya/claims/arabic"

// A denial also names whose report it denies with a noun of report or
// claim and the party after it: "كذّب الجيش ادعاءات المرصد بشأن ...",
// "نفت الوزارة مزاعم ناشطين عن ...", "نفى صحة الأنباء التي نشرتها صفحات
// محلية عن ...". The party asserts the content the noun introduces; the
// denier denies it. An accusation ("اتهامات X للجيش بقصف ...") asserts
// the act it accuses of. A noun with no party ("نفى الأنباء عن ...") or
// a verb that does not deny ("نقلت الوكالة أنباء عن ...") names no one
// who asserts.

// reportNouns are the nouns of report, rumour, account and claim.
var reportNouns = words("report_noun",
	"ادعاءات", "الادعاءات", "ادعاء", "الادعاء", "مزاعم", "المزاعم",
	"أنباء", "الأنباء", "تقارير", "التقارير", "روايات", "الروايات", "رواية", "الرواية",
	"شائعات", "الشائعات", "إشاعات", "الإشاعات")

// accusationNouns are the nouns of accusation: the content after the
// party is the accused and the act ("اتهامات المرصد للجيش بقصف ...").
var accusationNouns = words("accusation_noun", "اتهامات", "الاتهامات", "اتهام", "الاتهام")

// reportNounGap bounds the words between a denial's subject and the noun
// ("نفى المصدر صحة الأنباء").
const reportNounGap = 2

// reportNounFrame finds, at token i, a report noun that is the object of
// the last frame's denial, with the party that spread the report and the
// content: "نفى المصدر مزاعم ناشطين عن قصف المدرسة". The frame is
// embedded: the denier speaks of the same content with its own stance.
func (fs *frameScanner) reportNounFrame(i int, s tokRange, before []frame) (frame, int, bool) {
	d, x := fs.d, fs.x
	denier, ok := lastSpeaking(before)
	if !ok || denier.stance != StanceDenies || i < denier.contentStart || i > denier.contentStart+reportNounGap {
		return frame{}, 0, false
	}
	_, m, accusation := x.accusationNouns.at(d.toks, i)
	if !accusation {
		if _, m, ok = x.reportNouns.at(d.toks, i); !ok {
			return frame{}, 0, false
		}
	}
	j := fs.skipQuotes(m.Last, s.last)
	if j < s.last && isRelative(d.toks[j]) {
		// "الأنباء التي نشرتها صفحات محلية": the party is the subject of
		// the relative clause's verb of spreading.
		_, vm, ok := x.spreadVerbs.at(d.toks, j+1)
		if !ok {
			return frame{}, 0, false
		}
		j = fs.skipQuotes(vm.Last, s.last)
	}
	if j >= s.last {
		return frame{}, 0, false
	}
	src, partyEnd, ok := fs.partyAt(j)
	if !ok {
		return frame{}, 0, false
	}
	cs, ok := fs.aboutAfter(partyEnd, s.last)
	if !ok && accusation && partyEnd < s.last && d.toks[partyEnd].Kind == arabic.TokWord {
		cs, ok = partyEnd, true
	}
	if !ok {
		return frame{}, 0, false
	}
	fs.usePartyAt(j)
	cue := m
	f := frame{anchor: i, cue: &cue, src: src, stance: StanceAsserts, rule: "report_noun", contentStart: cs, embedded: true}
	return f, cs, true
}

// deniedReportNoun reports whether token i is a noun of report, claim or
// accusation that is the object of the last frame's denial and names no
// party after it: "نفى الجيش مزاعم عن قصف القرى"، "نفت الوزارة صحة
// المزاعم حول ...". Such a noun ("مزاعم" is also a verbal noun of speech
// that takes its speaker after it) opens no frame of its own: what it
// introduces is the content the denier denies, not a hedged claim of the
// denier's. A party after it is read by reportNounFrame before; the noun
// must be followed by the word that opens its topic.
func (fs *frameScanner) deniedReportNoun(i int, before []frame) bool {
	denier, ok := lastSpeaking(before)
	if !ok || denier.stance != StanceDenies || i < denier.contentStart || i > denier.contentStart+reportNounGap {
		return false
	}
	_, m, ok := fs.x.accusationNouns.at(fs.d.toks, i)
	if !ok {
		if _, m, ok = fs.x.reportNouns.at(fs.d.toks, i); !ok {
			return false
		}
	}
	// Only when what follows is the report's topic ("عن"، "بشأن"، "حول"):
	// a word that may name the party ("مزاعم واشنطن بشأن ...") is left to
	// the speech noun.
	j := fs.skipQuotes(m.Last, len(fs.d.toks))
	if j >= len(fs.d.toks) {
		return false
	}
	t := fs.d.toks[j]
	return t.Kind == arabic.TokWord && (aboutWords[t.Norm] || aboutWords[t.Stem] && t.Clitics == "")
}

// lastSpeaking is the last frame that is not embedded in another.
func lastSpeaking(before []frame) (frame, bool) {
	for k := len(before) - 1; k >= 0; k-- {
		if !before[k].embedded {
			return before[k], true
		}
	}
	return frame{}, false
}

// skipQuotes moves j past quotation marks.
func (fs *frameScanner) skipQuotes(j, end int) int {
	for j < end && fs.d.toks[j].IsQuote() {
		j++
	}
	return j
}
