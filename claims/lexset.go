package claims

import "github.com/riwaya/riwaya/claims/arabic"

// setLexicon is a lexicon as a member of its extractor's MatcherSet.
type setLexicon interface {
	matcher() *arabic.Matcher
	bind(set *arabic.MatcherSet, slot int)
}

func (l *lexicon[T]) matcher() *arabic.Matcher { return l.m }

func (l *lexicon[T]) bind(set *arabic.MatcherSet, slot int) { l.set, l.slot = set, slot }

// ownLexicons lists the lexicons an Extractor builds for itself. The rules
// ask each of them of the same token several times per document, so
// analyze marks a document's tokens once for all of them and the shared
// ones (see bindLexicons). A lexicon missing here still works, only
// without marks.
func (x *Extractor) ownLexicons() []setLexicon {
	return []setLexicon{
		x.speech, x.continuers, x.after, x.comp, x.self, x.anaphors, x.hedges, x.ignorance,
		x.denialNouns, x.negator, x.unnamedActor, x.triggers, x.aircraft, x.actors, x.unnamedDoers,
		x.blameCues, x.targetHeads, x.targets, x.stores, x.characterHeads, x.owners, x.targetAdj,
		x.contents, x.notMilitaryWords, x.notMilitaryLinks, x.notArmedPeople, x.separate, x.outNouns, x.outBefore,
		x.outAfter, x.combined, x.earlier, x.subset, x.revised, x.groups, x.nonCasualty, x.response,
		x.capitals, x.fillers, x.unnamedObjects, x.sequel, x.adjectives, x.forces, x.predicates,
		x.responsibility, x.involvement, x.ownOutlet, x.localRoles, x.medicalWords, x.zero,
		x.irrealis, x.habitual, x.habits, x.habitLeads, x.statements, x.passiveHits, x.spreadVerbs, x.spreaders,
		x.reportNouns, x.accusationNouns, x.services,
	}
}

// sharedLexicons lists the package-level lexicons, which every Extractor
// uses, in their slots of sharedLexSet.
func sharedLexicons() []setLexicon {
	return []setLexicon{
		knowingWords, knowingNegators, doerWords, knowingFillers, doerFirstWords, notKnownWords,
		victimNouns, eventResultVerbs, airWords, lackHeads, infoNouns, lackFillers, unclearWords,
		tollObjects, tollSubjectFillers, doingVerbs, inabilityHeads, knowingNouns, harmedNouns,
		inabilityFillers, rightAway, whetherWords, stillWords,
	}
}

// sharedLexSet is the MatcherSet of the package-level lexicons, each bound
// to its slot while the package is initialised (they are read-only
// afterwards). Every Extractor's set is made With it, so the tokens an
// Extractor marks answer for these lexicons too.
var sharedLexSet = bindLexicons(nil, sharedLexicons())

// bindLexicons makes the MatcherSet of base's matchers followed by those
// of ls (as many as fit, arabic.MaxSetMatchers in all) and binds each of
// ls to its slot. It returns nil, binding nothing, when there is no room.
// An Extractor calls it in NewExtractor, before it is shared.
func bindLexicons(base *arabic.MatcherSet, ls []setLexicon) *arabic.MatcherSet {
	first := 0
	if base != nil {
		first = base.Len()
	}
	ls = ls[:max(0, min(len(ls), arabic.MaxSetMatchers-first))]
	ms := make([]*arabic.Matcher, len(ls))
	for i, l := range ls {
		ms[i] = l.matcher()
	}
	var set *arabic.MatcherSet
	if base != nil {
		set = base.With(ms)
	} else {
		set = arabic.NewMatcherSet(ms)
	}
	if set == nil {
		return nil
	}
	for i, l := range ls {
		l.bind(set, first+i)
	}
	return set
}
