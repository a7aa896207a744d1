package claims

import (
	"strings"

	"github.com/riwaya/riwaya/sources"
)

// doerKinds are the kinds of registry source whose own name, wherever it
// stands, names a party that strikes: armed groups and military commands
// ("فرقة الحمزة"، "قوى الأمن الداخلي"، "كتائب سيد الشهداء"). Governments
// and ministries are left out: their names stand mostly as speakers.
var doerKinds = map[string]bool{"armed_group": true, "military": true}

// registryActors maps the unambiguous Arabic names of the registry's armed
// groups and military commands to the actor they carry out attacks for,
// so a formation the registry knows is a doer under any of its names, not
// only under the names actorWords spells. Names with no actor, or an
// actor of "unknown" (the Iraqi or Lebanese army), are left out.
func registryActors(reg *sources.Registry) map[string]string {
	out := map[string]string{}
	if reg == nil {
		return out
	}
	for _, s := range reg.Sources() {
		if !doerKinds[s.Kind] || s.Generic || s.Actor == "unknown" {
			continue
		}
		actor := s.Actor
		if actor == "" {
			if s.Kind != "armed_group" {
				continue
			}
			// An armed group with no actor value (HTS, the FSA and the
			// opposition factions, Ahrar al-Sham): named, but as none of
			// the values; as the doer it gives "unknown", like an unnamed
			// one, unless the claim names a party that has a value.
			actor = vagueDoer
		}
		for _, n := range s.Names {
			if n.Form != sources.FormArabic && (actor != vagueDoer || !vagueNameForms[n.Form]) || speakingBody(n.Text) {
				continue
			}
			for _, text := range spellOut(n.Text) {
				if _, ok := out[text]; !ok || actor != vagueDoer {
					out[text] = actor
				}
			}
		}
	}
	return out
}

// vagueNameForms are the further forms of the name of a group with no
// actor value that name it as a doer: the words for its kind of body
// ("فصائل المعارضة") and the short name a speaker needs a cue for
// ("النصرة"), which as a doer needs none.
var vagueNameForms = map[string]bool{sources.FormInst: true, sources.FormGuard: true}

// speakingBodyWords mark a name of a body's organ that speaks, mediates
// or advises rather than strikes: its media office ("الإعلام الحربي"،
// "المركز الإعلامي لقسد"), a reconciliation centre, a government, its
// advisers (more often among the victims than the doers).
var speakingBodyWords = []string{"الإعلام", "الإعلامي", "المصالحة", "للمصالحة", "الحكومة", "المستشار", "مستشار"}

// speakingBody reports whether a registry name is one of a speaking organ.
func speakingBody(name string) bool {
	for _, w := range strings.Fields(name) {
		for _, s := range speakingBodyWords {
			if strings.HasPrefix(w, s) {
				return true
			}
		}
	}
	return false
}

// spellOut expands a registry name whose words may be written "a|b" into
// every spelling.
func spellOut(text string) []string {
	out := []string{""}
	for _, w := range strings.Fields(text) {
		var next []string
		for _, prefix := range out {
			for _, alt := range strings.Split(w, "|") {
				next = append(next, strings.TrimSpace(prefix+" "+alt))
			}
		}
		out = next
	}
	return out
}
