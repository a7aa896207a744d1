package claims

import (
	"slices"

	"github.com/riwaya/riwaya/claims/places"
)

// articleSceneSentences is how many sentences from the top of an article
// make its opening: the headline, the dateline and the lead.
const articleSceneSentences = 3

// scene is where an article's opening says its story happens, and the
// kinds of attack the opening tells of there.
type scene struct {
	places  []string // most specific first
	classes []string // sceneClass of the opening's claims that name it; none: any
	from    int      // the first offset of a claim that may take it
}

// articleScene returns the place an article's opening is about. The
// headline, the dateline ("الرقة – ANHA") and the lead name where the
// story happens; when every place they name inside Syria lies on one line
// of the gazetteer (a neighbourhood, its city, its governorate), later
// claims of the same kind of attack that name no place of their own
// happened there too. Openings that name two places apart ("دمشق-سانا"
// above a lead on Idlib) give no scene.
func (x *Extractor) articleScene(d *doc, cs []Claim) scene {
	if len(d.sents) == 0 {
		return scene{}
	}
	n := min(articleSceneSentences, len(d.sents))
	endTok := d.sents[n-1].last
	var ids []string
	for _, p := range d.places {
		if p.First >= endTok {
			break
		}
		if p.PlaceID == "syria" || !x.gaz.Within(p.PlaceID, "syria") || x.spansGovernorates(p.PlaceID) ||
			x.actorNotPlace(d, p.First) || bodySeat(d, p) || droppedBy(d, cs, p) || x.datelineAbroad(d, p) || governmentSeat(d, p) {
			continue
		}
		ids = append(ids, p.PlaceID)
	}
	if len(ids) == 0 {
		return scene{}
	}
	chain := x.gaz.MostSpecificFirst(ids)
	for _, id := range ids {
		if !x.gaz.Within(chain[0], id) {
			return scene{} // two places apart
		}
	}
	// The kinds of attack told at the scene: those of the opening's claims
	// that name it. A scene named outside every claim (a dateline, a
	// headline with no event word) takes any kind.
	// A claim of no kind of attack ("حشدوا المدنيين قرب السد") tells
	// where, not which kind: when only such claims name the scene, it
	// takes any kind told in a sentence after the first naming it.
	s := scene{places: chain}
	outside, told, at0 := false, false, -1
	for _, p := range d.places {
		if p.First >= endTok {
			break
		}
		if !slices.Contains(chain, p.PlaceID) {
			continue
		}
		at, in := d.toks[p.First].Start, false
		if at0 < 0 {
			at0 = p.First
		}
		for _, c := range cs {
			if c.Start <= at && at < c.End {
				in = true
				if c.EventType != EventOther && c.EventType != "" {
					told = true
				}
				s.classes = append(s.classes, sceneClass(c.EventType))
			}
		}
		outside = outside || !in
	}
	if !outside && !told {
		s.from = afterSentenceOf(d, at0)
	}
	if outside || !told {
		s.classes = nil
	}
	return s
}

// afterSentenceOf is the offset where the sentence after the one holding
// token k begins (past the text when none follows).
func afterSentenceOf(d *doc, k int) int {
	for i, s := range d.sents {
		if s.first <= k && k < s.last {
			if i+1 < len(d.sents) {
				return d.toks[d.sents[i+1].first].Start
			}
			break
		}
	}
	return int(^uint(0) >> 1)
}

// droppedBy reports whether a place mention lies in a claim that left it
// out of its places: where a rocket came from, where the wounded were
// taken, an actor's home. It is no scene of the article either.
func droppedBy(d *doc, cs []Claim, p places.Mention) bool {
	at := d.toks[p.First].Start
	for _, c := range cs {
		if c.Start <= at && at < c.End && !slices.Contains(c.Places, p.PlaceID) {
			return true
		}
	}
	return false
}

// namesPlace reports whether some place mention lies within the claim.
func namesPlace(d *doc, c *Claim) bool {
	for _, p := range d.places {
		if at := d.toks[p.First].Start; c.Start <= at && at < c.End {
			return true
		}
	}
	return false
}

// spansGovernorates reports whether a place runs across governorates (a
// river, the Badia, the coast): naming it ("«غضب الفرات»") places the
// story on no one line of the gazetteer.
func (x *Extractor) spansGovernorates(id string) bool {
	p, ok := x.gaz.Get(id)
	return ok && (p.Kind == places.KindRiver || p.Kind == places.KindRegion && p.Parent == "syria")
}

// sceneClass groups the event types an opening and a later claim must
// share for the later claim to take the opening's place: strikes from the
// air, fire on the ground, or the type itself.
func sceneClass(t string) string {
	switch t {
	case EventAirstrike, EventInterception:
		return "air"
	case EventShelling, EventGroundAttack:
		return "ground"
	}
	return t
}

// placeByScene gives the article's scene (see articleScene) to the claims
// of an event that name no place and carry none from context, when their
// kind of attack is one the opening told of there (any kind, when the
// opening also names the place outside its claims, as a dateline does).
// A claim that names only a river takes the scene too (see onlyRivers).
// Responses, which may have happened anywhere, are left alone.
func (x *Extractor) placeByScene(d *doc, cs []Claim) {
	var sc scene
	looked := false
	for i := range cs {
		c := &cs[i]
		bank := x.onlyRivers(c.Places)
		if !bank && (len(c.Places) > 0 || namesPlace(d, c)) || c.Response || c.EventType == EventOther && len(c.Figures) == 0 {
			continue // a claim whose own places were left out keeps none
		}
		if !looked {
			sc, looked = x.articleScene(d, cs), true
		}
		if len(sc.places) == 0 {
			return
		}
		if len(sc.classes) > 0 && !slices.Contains(sc.classes, sceneClass(c.EventType)) || c.Start < sc.from {
			continue
		}
		c.Places = append([]string(nil), sc.places...)
		if bank {
			c.Rules = append(c.Rules, "places:river_at_scene")
			continue
		}
		c.Rules = append(c.Rules, "places:article_scene")
	}
}

// onlyRivers reports whether every place of a claim is a river. A river
// runs through several governorates: "على ضفة النهر" says where along the
// scene the deed was done, not a scene of its own, so such a claim takes
// the article's scene (see placeByScene) in place of the river, as a claim
// that names no place does.
func (x *Extractor) onlyRivers(ps []string) bool {
	if len(ps) == 0 {
		return false
	}
	for _, id := range ps {
		if p, ok := x.gaz.Get(id); !ok || p.Kind != places.KindRiver {
			return false
		}
	}
	return true
}
