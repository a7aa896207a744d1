package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"

	"github.com/riwaya/riwaya/sources"
)

// ownVoice is the article's own voice: its outlet when the registry knows
// it, else the generic "outlet".
func (x *Extractor) ownVoice(d *doc) speaker {
	if id := d.a.OutletID; id != "" {
		if _, ok := x.reg.Source(id); ok {
			return speaker{id: id, rule: "own_voice"}
		}
	}
	return speaker{id: "outlet", rule: "own_voice"}
}

// sourceOf fills the contract's source object for a speaker.
func (x *Extractor) sourceOf(d *doc, s speaker) Source {
	if s.id == "unidentified" {
		return Source{ID: "unidentified", Name: "unidentified speaker", NameAr: s.nameAr, Kind: "unknown", Anonymous: false}
	}
	if s.id == "outlet" {
		name := d.a.Outlet
		if name == "" {
			name = "the article's outlet"
		}
		return Source{ID: "outlet", Name: name, NameAr: "", Kind: sources.KindOutlet}
	}
	src, ok := x.reg.Source(s.id)
	if !ok {
		return Source{ID: s.id, Name: s.id, Kind: "unknown", Anonymous: s.anonymous, Speaker: s.speaker}
	}
	return Source{
		ID:        src.ID,
		Name:      src.Name,
		NameAr:    src.NameAr,
		Kind:      src.Kind,
		Anonymous: s.anonymous || src.Kind == sources.KindAnonymous,
		Speaker:   s.speaker,
	}
}

// organSpeaksForParent makes a claim of a group's own medium (an organ of
// the registry: "وكالة أعماق" for the Islamic State) the group's claim
// relayed through that medium, which becomes the first relay. The
// article's own outlet keeps its voice.
func (x *Extractor) organSpeaksForParent(d *doc, c *Claim) {
	src, ok := x.reg.Source(c.Source.ID)
	if !ok || !src.Organ || src.ID == d.a.OutletID {
		return
	}
	parent := x.sourceOf(d, speaker{id: src.Parent, speaker: c.Source.Speaker})
	c.Via = append([]Relay{{ID: src.ID, Name: src.Name}}, c.Via...)
	c.Source = parent
}

// actorOfSource is the actor a belligerent source speaks for, or "".
func (x *Extractor) actorOfSource(id string) string {
	if src, ok := x.speakingFor(id); ok {
		return src.Actor
	}
	return ""
}

// speakingFor is the registry source whose side a source speaks for: the
// source itself, or the parent of an organ that only voices it ("وكالة
// أعماق" for the Islamic State: "قالت أعماق إن مقاتليه فجروا" tells the
// group's own deed, as the claim is the group's relayed through it).
func (x *Extractor) speakingFor(id string) (sources.Source, bool) {
	src, ok := x.reg.Source(id)
	if ok && src.Organ && src.Actor == "" && src.Parent != "" {
		if p, ok := x.reg.Source(src.Parent); ok {
			return p, true
		}
	}
	return src, ok
}

// ownDeedActor is the actor a source's own deed is given: its registry
// actor, or "unknown" for an armed group the actor values do not name
// (HTS, Ahrar al-Sham, the FSA factions): "تبنت الهيئة الهجوم" says who did
// it, but in no value of its own.
func (x *Extractor) ownDeedActor(id string) string {
	src, ok := x.speakingFor(id)
	if !ok {
		return ""
	}
	if src.Actor == "" && src.Kind == "armed_group" {
		return "unknown"
	}
	return src.Actor
}

// fitsAnaphor reports whether an earlier speaker can be what an anaphor of
// the given kind refers to.
func (x *Extractor) fitsAnaphor(s speaker, kind string) bool {
	src, ok := x.reg.Source(s.id)
	switch kind {
	case "any":
		return true
	case "official":
		return s.anonymous
	case "governor":
		return s.role == "governor"
	case "director":
		return strings.HasPrefix(arabic.Fold(s.speaker), "مدير")
	case "governorate":
		// The governorate's word is its governor's: "قال محافظ حمص ...
		// وأضافت المحافظة". A body named as "محافظة ..." is found by
		// its head word before (see resolveAnaphor).
		return s.role == "governor"
	case "spokesman":
		return s.role == "spokesman"
	}
	if !ok {
		return false
	}
	switch kind {
	case "ministry":
		return src.Kind == sources.KindGovernment || src.Kind == sources.KindMilitary
	case "agency":
		return src.Kind == sources.KindWire || src.Kind == sources.KindStateMedia
	case "paper", "channel":
		return src.Kind == sources.KindMedia || src.Kind == sources.KindStateMedia || src.Kind == sources.KindWire
	case "monitor":
		return src.Kind == sources.KindMonitor
	case "administration":
		switch src.Kind {
		case sources.KindGovernment, sources.KindMilitary, sources.KindArmedGroup:
			return !s.anonymous && !src.Generic
		}
		return false
	case "org":
		return !s.anonymous && !src.Generic && src.Kind != sources.KindOutlet
	case "group":
		// "التنظيم", "الفصيل": an armed group, never a ministry quoted
		// in between ("وأعلن التنظيم لاحقاً تبنيه الهجوم").
		return src.Kind == sources.KindArmedGroup
	case "army", "military":
		return src.Kind == sources.KindMilitary
	}
	return false
}

// ownStateBodies are the institutions that an unqualified name stands for
// in an outlet of a state's side: "وزارة الدفاع" in a Syrian state outlet
// is the Syrian ministry, "مصادر أمنية" in a Turkish agency are Turkish
// security sources. By the outlet's affiliation, then the body's role.
var ownStateBodies = map[string]map[string]string{
	"syria_gov": {"gov": "syria_government", "mod": "syria_mod", "interior": "syria_interior", "mfa": "syria_mfa", "security": "syria_interior",
		"tv": "syria_state_tv", "agency": "sana", "army": "syrian_army", "health": "syria_health"},
	"turkey": {"gov": "turkey_government", "mod": "turkey_mod", "interior": "turkey_interior", "mfa": "turkey_mfa", "security": "turkey_government",
		"agency": "anadolu", "tv": "trt_arabi", "state_media": "media", "army": "turkey_army"},
	"russia":  {"gov": "russia_government", "mod": "russia_mod", "mfa": "russia_mfa", "state_media": "media"},
	"iran":    {"gov": "iran_government", "mfa": "iran_mfa", "agency": "irna", "tv": "irib", "state_media": "media"},
	"israel":  {"gov": "israel_government", "mod": "israel_mod", "army": "idf"},
	"us":      {"gov": "us_government", "mod": "pentagon", "mfa": "us_state_dept", "army": "us_military"},
	"iraq":    {"gov": "iraq_government", "agency": "ina", "state_media": "media", "army": "iraq_army"},
	"jordan":  {"gov": "jordan_government", "agency": "petra", "state_media": "media", "army": "jordan_army"},
	"lebanon": {"gov": "lebanon_government", "agency": "nna", "state_media": "media", "army": "lebanon_army", "health": "lebanon_health"},
}

// alliedMedia are the sides whose media, reporting from Syria, quote the
// Syrian state's unnamed security sources as their own side's would be
// quoted (their states have no security body in Syria).
var alliedMedia = map[string]bool{"russia": true, "iran": true}

// domesticRoles are the bodies that an article about Syria names bare only
// when they are Syria's own: a foreign interior or health ministry does
// not count the dead of a Syrian town.
var domesticRoles = map[string]bool{"interior": true, "health": true}

// ownStateBody resolves "@role|fallback" (see capitalSpeakers): the body
// of that role of the state whose official medium relays it (relay, a
// registry id or ""), else of the outlet's own state; for an outlet of no state's side,
// a domestic ministry of Syria when the places the article names lie in
// Syria ("قالت وزارة الداخلية" in a story from Damascus); else the
// fallback id, if any.
func (x *Extractor) ownStateBody(d *doc, spec, relay string) string {
	role, fallback, _ := strings.Cut(strings.TrimPrefix(spec, "@"), "|")
	if rel, ok := x.reg.Source(relay); ok && rel.Kind == sources.KindStateMedia && rel.Parent != "" {
		// A state's own agency or channel (one its government owns, not a
		// private paper close to it) relays its state's bodies.
		if id := ownStateBodies[rel.Affiliation][role]; id != "" {
			return id
		}
	}
	out, ok := x.reg.Source(d.a.OutletID)
	side := newStateOwnSide(out.Affiliation, d.a.Published)
	if ok {
		if id := ownStateBodies[side][role]; id != "" {
			return id
		}
	}
	if ministryRoles[role] {
		// An outlet of no state's side writing from a capital: "وزارة
		// الداخلية" in a report datelined "دمشق -" is the Syrian ministry.
		if id := ownStateBodies[datelineState(d.a.Text)][role]; id != "" {
			return id
		}
	}
	if _, stateSide := ownStateBodies[side]; (!ok || !stateSide) && role == "army" {
		// "قيادة الجيش" in an outlet of no state's side: the army of the
		// neighbouring state where the article's places lie, if any.
		if id := ownStateBodies[x.sceneState(d)][role]; id != "" {
			return id
		}
	}
	if _, stateSide := ownStateBodies[side]; (!ok || !stateSide) && domesticRoles[role] && x.placesMostlySyrian(d) {
		return ownStateBodies["syria_gov"][role]
	}
	if domesticRoles[role] {
		// "لكن دمشق قدمت رواية مختلفة؛ فقد ذكرت وزارة الداخلية ...": in
		// an outlet whose own state has no such body at hand, the one
		// state whose capital the article names keeps its domestic
		// ministries.
		if id := ownStateBodies[capitalNamedState(d)][role]; id != "" {
			return id
		}
	}
	if ok && alliedMedia[out.Affiliation] && (role == "security" || domesticRoles[role] && ownStateBodies[out.Affiliation][role] == "") && x.placesMostlySyrian(d) {
		// "مصدر أمني" in a Russian or Iranian medium reporting from
		// Syria: the Syrian state's security, as its unnamed military
		// source is the Syrian army's; so is a bare interior or health
		// ministry its own state has no body for at hand ("مصدر في
		// وزارة الداخلية" in Al Mayadeen's story from Idlib).
		return ownStateBodies["syria_gov"][role]
	}
	if ok && out.Affiliation == "independent" && role == "security" && d.a.Published >= newStateDate && x.placesMostlySyrian(d) {
		// "مصدر أمني في إدلب" in a wire or pan-Arab outlet of no side
		// reporting from Syria after the fall of the Assad government:
		// the security services there are the new Syrian state's (before
		// it, an outlet of no side left such a source unnamed).
		return ownStateBodies["syria_gov"][role]
	}
	return fallback
}

// placesMostlySyrian reports whether the places the article names lie in
// Syria at least three times as often as elsewhere (a dateline abroad, a
// monitor's seat in London, an outlet named after a region stay few).
func (x *Extractor) placesMostlySyrian(d *doc) bool {
	syrian, other := x.syrianPlaces(d)
	return syrian > 0 && syrian >= 3*other
}

// syrianPlaces counts the place mentions of the article that lie in Syria
// and those that lie elsewhere.
func (x *Extractor) syrianPlaces(d *doc) (syrian, other int) {
	for _, p := range d.places {
		if p.PlaceID == "syria" || x.gaz.Within(p.PlaceID, "syria") {
			syrian++
		} else {
			other++
		}
	}
	return syrian, other
}

// ministryRoles are the roles of named ministries and of the authorities,
// which a dateline's capital may qualify; unnamed sources ("مصدر أمني")
// it does not.
var ministryRoles = map[string]bool{"mod": true, "interior": true, "mfa": true, "health": true, "gov": true}

// datelineCapitals are capitals whose state a report datelined there
// takes for its unqualified ministries, by the state's affiliation.
var datelineCapitals = map[string]string{
	"دمشق": "syria_gov", "أنقرة": "turkey", "انقرة": "turkey", "موسكو": "russia", "طهران": "iran",
	"بيروت": "lebanon", "بغداد": "iraq", "عمان": "jordan", "عمّان": "jordan",
}

// datelineState is the affiliation of the state whose capital opens a
// dateline in the first lines of the text ("دمشق - لندن: «الصحيفة»",
// "أنقرة - الأناضول"), or "". A dateline is a short line, or a short
// lead before a dash, that starts with the capital.
func datelineState(text string) string {
	lines := strings.SplitN(text, "\n", 8)
	for _, line := range lines {
		line = strings.TrimSpace(line)
		head, _, dashed := cutDateline(line)
		if !dashed && len(strings.Fields(line)) > 1 {
			continue
		}
		if state, ok := datelineCapitals[strings.TrimSpace(head)]; ok {
			return state
		}
	}
	return ""
}

// cutDateline splits a line at its first dash or colon when the part
// before it is a single word, as in a dateline.
func cutDateline(line string) (string, string, bool) {
	i := strings.IndexAny(line, "-–—:")
	if i < 0 {
		return line, "", false
	}
	head := strings.TrimSpace(line[:i])
	if len(strings.Fields(head)) != 1 {
		return line, "", false
	}
	return head, line[i:], true
}
