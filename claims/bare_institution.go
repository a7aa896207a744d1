package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/sources"
)

// A body is often named by its bare institution word, with no nationality
// in the noun phrase: "المتحدث باسم الجيش"، "مصدر في الشرطة"، "قائد
// الجيش". The registry reads such a word as the Syrian state's (the
// genre's default), but which state's it is the context says: the army
// that spoke before with its nationality ("أعلن الجيش الإسرائيلي ...
// وأوضح المتحدث باسم الجيش ..."), else the army of the outlet's own side
// (an Israeli or a Turkish medium's "الجيش" is its own state's).
//
// After the fall of the Assad government (8 December 2024) the Syrian
// opposition's media report on a state that is now their own side's:
// "مصدر أمني" in such a medium is the new Syrian state's security, as it
// is in the state's own agency.

// newStateDate is the day the Assad government fell; articles published
// from it on report on the new Syrian state.
const newStateDate = "2024-12-08"

// bareDefaultRoles are the Syrian state bodies the registry gives a bare
// institution word, by the role the word names.
var bareDefaultRoles = map[string]string{"syrian_army": "army", "syria_interior": "security"}

// bareInstitutionSide re-reads a mention of a bare institution word that
// the registry gave to the Syrian state (id) by the article's context: the
// body of that role that spoke last with its nationality named, else the
// body of that role of the outlet's own side; else id stands.
func (fs *frameScanner) bareInstitutionSide(m sources.Mention, id string) string {
	role, ok := bareDefaultRoles[id]
	if !ok || !fs.bareMention(m) {
		return id
	}
	for i := len(fs.last) - 1; i >= 0; i-- {
		s := fs.last[i]
		if s.mention == 0 || s.mention > len(fs.d.mentions) {
			continue
		}
		if side := fs.sideOfRole(s.id, role); side != "" && fs.qualifiedMention(fs.d.mentions[s.mention-1]) {
			return s.id
		}
	}
	if out, ok := fs.x.reg.Source(fs.d.a.OutletID); ok && contextSides[out.Affiliation] {
		if own := ownStateBodies[out.Affiliation][role]; own != "" {
			return own
		}
		if role == "army" {
			if mil := fs.x.reg.MilitaryOf(out.Affiliation); mil != "" {
				return mil
			}
		}
	}
	if role == "army" {
		// "قيادة الجيش" in a story set in Lebanon's Beqaa: with no side
		// named before and an outlet of no state's side at hand, the army
		// is that of the state where the article's places lie.
		if own := ownStateBodies[fs.x.sceneState(fs.d)]["army"]; own != "" {
			return own
		}
	}
	return id
}

// foreignArmyStates are the neighbouring states whose army an article set
// on their soil names bare ("الجيش"، "قيادة الجيش"), by the gazetteer id of
// the country and the side's affiliation.
var foreignArmyStates = map[string]string{"lebanon": "lebanon", "iraq": "iraq", "jordan": "jordan", "turkey": "turkey", "israel": "israel"}

// sceneState is the affiliation of the one neighbouring state in which the
// article's places lie at least twice as often as in Syria and in any
// other state (at least two mentions), else "".
func (x *Extractor) sceneState(d *doc) string {
	counts := map[string]int{}
	syrian := 0
	for _, p := range d.places {
		if p.PlaceID == "syria" || x.gaz.Within(p.PlaceID, "syria") {
			syrian++
			continue
		}
		for country := range foreignArmyStates {
			if p.PlaceID == country || x.gaz.Within(p.PlaceID, country) {
				counts[country]++
				break
			}
		}
	}
	best, n, second := "", 0, 0
	for c, k := range counts {
		switch {
		case k > n:
			best, n, second = c, k, n
		case k > second:
			second = k
		}
	}
	if n < 2 || n < 2*syrian || n < 2*second {
		return ""
	}
	return foreignArmyStates[best]
}

// sideOfRole is the affiliation of a state whose body of the role (see
// ownStateBodies; "army" also through the side's military, when that is an
// army and not a ministry that speaks for it) is id, or "".
func (fs *frameScanner) sideOfRole(id, role string) string {
	src, ok := fs.x.reg.Source(id)
	if !ok {
		return ""
	}
	if ownStateBodies[src.Affiliation][role] == id && ownStateBodies[src.Affiliation]["gov"] != id {
		return src.Affiliation
	}
	if role == "army" && src.Kind == sources.KindMilitary && fs.x.reg.MilitaryOf(src.Affiliation) == id {
		return src.Affiliation
	}
	return ""
}

// bareMention reports whether a mention's words name no side: no
// nationality adjective ("الإسرائيلي"، "السورية") nor a regime word.
func (fs *frameScanner) bareMention(m sources.Mention) bool {
	return !fs.qualifiedMention(m)
}

// qualifiedMention reports whether a mention's words carry a nationality
// adjective or name the regime ("جيش النظام").
func (fs *frameScanner) qualifiedMention(m sources.Mention) bool {
	for k := m.First; k < m.Last && k < len(fs.d.toks); k++ {
		t := fs.d.toks[k]
		if t.Kind != arabic.TokWord {
			continue
		}
		if t.Article && (strings.HasSuffix(t.Norm, "يه") || strings.HasSuffix(t.Norm, "ي")) {
			return true
		}
		if t.Norm == "النظام" || t.Stem == "نظام" {
			return true
		}
	}
	return false
}

// newStateOwnSide is the side an outlet reports from as its own state's:
// its affiliation, or, for the Syrian opposition's media in an article
// published after the fall of the Assad government, the Syrian state.
func newStateOwnSide(affiliation, published string) string {
	if affiliation == "opposition" && published >= newStateDate {
		return "syria_gov"
	}
	return affiliation
}

// A local official of a public facility or administration ("مدير المرفأ"،
// "مسؤول في إدارة الميناء"، "رئيس مجلس مدينة ..."، "رئيس الجامعة"، "قائد
// فوج الإطفاء") speaks for the state that runs it, not as a local voice:
// in a state's own medium, that state's government; after the fall of the
// Assad government, in any medium reporting from Syria, the new Syrian
// state's. Elsewhere (an opposition council, a hospital) he stays a local
// or medical source.

// stateFacilityStems are the folded stems of the nouns of public
// facilities and administrations a state runs.
var stateFacilityStems = map[string]bool{
	"مرفا": true, "ميناء": true, "مينا": true, "موانئ": true, "موانء": true, "مطار": true, "بلديه": true,
	"جامعه": true, "اطفاء": true, "مصفاه": true, "محطه": true, "مرافئ": true, "مرافء": true,
	// a Turkish province's administration: "مسؤول في الولاية"، "والي"
	"ولايه": true,
	// a dam and its works: "مدير سد الفرات"، "مدير عام المؤسسة العامة لسد
	// ..." (a short word keeps its clitic in the stem)
	"سد": true, "لسد": true, "سدود": true,
}

// municipalCouncil reports whether the words [from, to) name a town's
// council as the state names it: "مجلس مدينة"، "مجلس بلدة"، "مجلس
// المدينة". The opposition's "المجلس المحلي" is not one.
func (fs *frameScanner) municipalCouncil(from, to int) bool {
	for k := from; k+1 < to && k+1 < len(fs.d.toks); k++ {
		if fs.d.toks[k].Stem != "مجلس" || fs.d.toks[k].Article {
			continue
		}
		switch fs.d.toks[k+1].Stem {
		case "مدينه", "بلده", "قريه", "ناحيه":
			return true
		}
	}
	return false
}

// stateFacility reports whether the words [from, to) name a public
// facility or administration.
func (fs *frameScanner) stateFacility(from, to int) bool {
	for k := from; k < to && k < len(fs.d.toks); k++ {
		if t := fs.d.toks[k]; t.Kind == arabic.TokWord && stateFacilityStems[t.Stem] {
			return true
		}
		// "المؤسسة العامة للـ...": a state's general establishment.
		if t := fs.d.toks[k]; t.Kind == arabic.TokWord && t.Stem == "مؤسسه" && k+1 < to && fs.d.toks[k+1].Stem == "عامه" {
			return true
		}
	}
	return fs.municipalCouncil(from, to)
}

// facilityGovernment is the government that runs the public facilities an
// article speaks of: the outlet's own state's (the Syrian state for the
// opposition's media after the fall of the Assad government), else, after
// that fall, the Syrian state's when most of the article's places lie in
// Syria (a story of a foreign strike names the striker's land too); else "".
func (x *Extractor) facilityGovernment(d *doc) string {
	if out, ok := x.reg.Source(d.a.OutletID); ok {
		if gov := ownStateBodies[newStateOwnSide(out.Affiliation, d.a.Published)]["gov"]; gov != "" {
			return gov
		}
	}
	if d.a.Published >= newStateDate && x.placesSyrianMajority(d) {
		return ownStateBodies["syria_gov"]["gov"]
	}
	return ""
}

// localOfficialOfState re-reads a local source named by the words
// [from, to) as the government that runs the facility they name, when the
// context gives that government; else id stands.
func (fs *frameScanner) localOfficialOfState(id string, from, to int) string {
	if id != "local_sources" || !fs.stateFacility(from, to) {
		return id
	}
	if gov := fs.x.facilityGovernment(fs.d); gov != "" {
		return gov
	}
	return id
}

// ministerStems are the folded forms of "minister" and "ministry".
var ministerStems = map[string]bool{"وزير": true, "وزيره": true, "وزاره": true}

// unnamedMinister reads at k a minister or ministry of no named state whose
// portfolio the registry does not know ("وزير الطوارئ وإدارة الكوارث"،
// "وزارة الإعلام"): the government of the state the context gives (see
// facilityGovernment). A known ministry ("وزير الدفاع") or one whose
// state an adjective names ("وزير الطاقة اللبناني") is left to the
// registry.
func (fs *frameScanner) unnamedMinister(k, end int) (speaker, int, bool) {
	d := fs.d
	if k+1 >= end || d.toks[k].Kind != arabic.TokWord || d.toks[k].Article || !ministerStems[d.toks[k].Stem] {
		return speaker{}, 0, false
	}
	if c := d.toks[k].Clitics; c != "" && c != "و" {
		return speaker{}, 0, false
	}
	if _, _, ok := fs.x.capitals.at(d.toks, k); ok {
		return speaker{}, 0, false
	}
	if !d.toks[k+1].Article || d.srcCover[k+1] != 0 {
		return speaker{}, 0, false
	}
	n := k + 2
	for n < end && n <= k+4 {
		t := d.toks[n]
		if t.Kind != arabic.TokWord || d.srcCover[n] != 0 {
			break
		}
		if _, _, ok := fs.x.compAt(d.toks, n); ok {
			break
		}
		if t.Article && (strings.HasSuffix(t.Norm, "ي") || strings.HasSuffix(t.Norm, "يه")) {
			return speaker{}, 0, false // "وزير الطاقة اللبناني"
		}
		if !t.Article && !(t.Clitics == "و" && n+1 < end && d.toks[n+1].Article) {
			break
		}
		n++
	}
	gov := fs.x.facilityGovernment(d)
	if gov == "" {
		return speaker{}, 0, false
	}
	name := strings.TrimSpace(d.text[d.toks[k].Start:d.toks[n-1].End])
	return speaker{id: gov, speaker: name, rule: "unnamed_minister"}, n, true
}

// placesSyrianMajority reports whether more of the places the article
// names lie in Syria than elsewhere.
func (x *Extractor) placesSyrianMajority(d *doc) bool {
	syrian, other := x.syrianPlaces(d)
	return syrian > other
}
