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
// analyze marks a document's tokens once for all of them (see
// bindLexicons). A lexicon missing here still works, only without marks;
// the package-level lexicons, shared by every extractor, are never bound.
func (x *Extractor) ownLexicons() []setLexicon {
	return []setLexicon{
		x.speech, x.continuers, x.after, x.comp, x.self, x.anaphors, x.hedges, x.ignorance,
		x.denialNouns, x.negator, x.unnamedActor, x.triggers, x.aircraft, x.actors, x.unnamedDoers,
		x.blameCues, x.targetHeads, x.targets, x.stores, x.characterHeads, x.owners, x.targetAdj,
		x.contents, x.notMilitaryWords, x.notMilitaryLinks, x.separate, x.outNouns, x.outBefore,
		x.outAfter, x.combined, x.earlier, x.subset, x.revised, x.groups, x.nonCasualty, x.response,
		x.capitals, x.fillers, x.unnamedObjects, x.sequel, x.adjectives, x.forces, x.predicates,
		x.responsibility, x.involvement, x.ownOutlet, x.localRoles, x.medicalWords, x.zero,
		x.irrealis, x.habitual, x.statements, x.passiveHits, x.spreadVerbs, x.spreaders,
		x.reportNouns, x.accusationNouns,
	}
}

// bindLexicons makes the MatcherSet of the extractor's own lexicons (the
// first arabic.MaxSetMatchers of them) and binds each to its slot; analyze
// marks every document's tokens with it. It runs once, in NewExtractor,
// before the extractor is shared.
func (x *Extractor) bindLexicons() *arabic.MatcherSet {
	ls := x.ownLexicons()
	ls = ls[:min(len(ls), arabic.MaxSetMatchers)]
	ms := make([]*arabic.Matcher, len(ls))
	for i, l := range ls {
		ms[i] = l.matcher()
	}
	set := arabic.NewMatcherSet(ms)
	if set == nil {
		return nil
	}
	for i, l := range ls {
		l.bind(set, i)
	}
	return set
}
