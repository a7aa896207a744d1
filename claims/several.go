package claims

import (
	"slices"
	"strings"
)

// SeveralScenesRule marks a claim that names places of two or more
// governorates far apart ("the blasts that struck Homs and Sayyida
// Zaynab", "a bus bombed in Damascus and shelling on Ariha") while its
// article tells at least two of those scenes in claims of their own. The
// claim sums up incidents the article tells apart; the rule, followed by
// ":" and a place, names the scene of the nearest claim that tells one of
// them alone, the only scene through which grouping links the claim, so
// that it cannot join the incidents into one event (see SceneOf).
const SeveralScenesRule = "places:several_scenes"

// sceneNearKm is the distance under which two places of different
// governorates still count as one scene (a town and a city across a
// governorate line, a border crossing and the town beside it).
const sceneNearKm = 25

// markSeveralScenes tags with SeveralScenesRule the claims that sum up
// incidents their article tells apart (see SeveralScenesRule), naming the
// scene of the nearest claim that tells one of them alone.
func (x *Extractor) markSeveralScenes(cs []Claim) {
	if x.gaz == nil || len(cs) < 3 {
		return
	}
	scenes := make([][]string, len(cs))
	for i := range cs {
		scenes[i] = x.scenesOf(cs[i].Places)
	}
	for i := range cs {
		if len(scenes[i]) < 2 {
			continue
		}
		told, near, best := 0, "", -1
		for _, s := range scenes[i] {
			found := false
			for j := range cs {
				if j == i || len(scenes[j]) != 1 || !tellsOwn(cs[j]) || !x.sameScene(scenes[j][0], s) {
					continue
				}
				found = true
				if d := abs(cs[j].Start - cs[i].Start); best < 0 || d < best {
					near, best = s, d
				}
			}
			if found {
				told++
			}
		}
		if told >= 2 {
			cs[i].Rules = append(cs[i].Rules, SeveralScenesRule+":"+near)
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// SceneOf returns the place a SeveralScenesRule names on the claim, and
// false if the claim carries none.
func SceneOf(c Claim) (string, bool) {
	for _, r := range c.Rules {
		if p, ok := strings.CutPrefix(r, SeveralScenesRule+":"); ok {
			return p, true
		}
	}
	return "", false
}

// tellsOwn: a claim tells an incident of its own, with an event type and
// a date.
func tellsOwn(c Claim) bool {
	return c.EventType != EventOther && c.Date != nil && !c.Response
}

// scenesOf returns one place for each scene among ps: the places below
// country level that are no region or river, one per governorate, places
// of two governorates within sceneNearKm of each other counting once; the
// scenes of two countries are never compared, so a place abroad that
// frames the story ("Ankara", "Geneva") is no second scene of a Syrian
// one.
func (x *Extractor) scenesOf(ps []string) []string {
	var out []string
	var country string
	for _, p := range ps {
		anc := x.gaz.Ancestors(p)
		if len(anc) == 0 || x.gaz.Expanse(p) {
			continue
		}
		if c := anc[len(anc)-1]; country == "" {
			country = c
		} else if c != country {
			continue
		}
		if slices.ContainsFunc(out, func(q string) bool { return x.sameScene(p, q) }) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// sameScene: p and q lie in one governorate (or one inside the other), or
// within sceneNearKm of each other.
func (x *Extractor) sameScene(p, q string) bool {
	return x.governorate(p) == x.governorate(q) || x.gaz.Nearby(p, q, sceneNearKm)
}

// governorate is the first-level place that holds p (p itself at the
// first level).
func (x *Extractor) governorate(p string) string {
	anc := x.gaz.Ancestors(p)
	if len(anc) < 2 {
		return p
	}
	return anc[len(anc)-2]
}
