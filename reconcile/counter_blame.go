package reconcile

import (
	"slices"
)

// countersBlame: claim x, of another article, lays the deed on a party by
// a word of accusation ("اتهم ... بقصف"، "حمّل ... المسؤولية"; rule
// actor:accused), and its speaker is of the side that claim y names as the
// doer, while the party x accuses is that side's enemy (see
// actorsOpposed): the side blamed for the attack on the town that day
// answers by blaming its enemy for it ("Turkish sources accused the YPG
// of shelling the quarter"; "Moscow held Turkey's air force responsible
// for the raids"), or names it in a cleft that sets it against another
// doer ("طائرات التحالف هي التي قصفت البلدة": it was the coalition's jets
// that struck). The two doers are a dispute over one deed, not an
// attack and a counter-attack, so the opposed actors do not keep the
// claims apart. Both must be dated to the same day and name the same town
// or site; the other conditions of related still hold.
func (g *grouper) countersBlame(x, y *node) bool {
	if x.c.Article == y.c.Article || x.actor == "" || y.actor == "" || !slices.Contains(x.c.Rules, "actor:accused") && !cleftDoer(x.c.Text) ||
		!x.dated || !y.dated || x.day != y.day || !g.sameLocality(x, y) {
		return false
	}
	own := ActorClass(affiliationActors[g.k.affiliation(x.c.Source.ID)])
	return own != "" && own == ActorClass(y.actor) && actorsOpposed(x.actor, y.actor)
}

// cleftPairs are the pronoun and relative of a cleft that singles out a
// doer: "هي التي"، "هو الذي"، "هم الذين" (it is they who did it).
var cleftPairs = [][2]string{{"هي", "التي"}, {"هو", "الذي"}, {"هم", "الذين"}}

// cleftDoer reports whether a text singles out a doer by a cleft (see
// cleftPairs).
func cleftDoer(text string) bool {
	ws := arabicWords(normalizeWords(text))
	for i := 0; i+1 < len(ws); i++ {
		for _, p := range cleftPairs {
			if ws[i] == p[0] && ws[i+1] == p[1] {
				return true
			}
		}
	}
	return false
}
