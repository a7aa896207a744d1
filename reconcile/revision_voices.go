package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// Revisions told across voices.
//
// A source's own later figure is its revision; but Arabic news often tells
// the earlier toll in someone else's voice ("وكانت المديرية قد أشارت في
// حصيلة أولية إلى أربعة قتلى", an outlet's aside after the body's current
// toll), or lets one official body of a government supersede another's
// toll (the interior ministry's first count, then the health ministry's).
// Both are revision notes, never conflicts.

// earlierOrphans are the accounts' earlier tolls (Figure.Earlier) whose
// account gives no other figure for the outcome and a compatible group,
// in any article: the later toll of such an aside stands in another voice
// of the same article. An account that gave the toll itself elsewhere
// only recalls it.
func earlierOrphans(a *account, o string) []figRef {
	now := accountFigures(a, o, false)
	var out []figRef
	for _, e := range accountFigures(a, o, true) {
		if !slices.ContainsFunc(now, func(n figRef) bool { return GroupsCompatible(n.f.Group, e.f.Group) }) {
			out = append(out, e)
		}
	}
	return out
}

// laterInArticle is the current toll that supersedes the earlier toll e:
// a figure of another account in e's article, for the same outcome and a
// compatible group, above e (a toll rises as the wounded die and the
// bodies are found; a lower figure of another voice is more likely
// another count), neither vague; the nearest one told before e, else the
// nearest after it.
func laterInArticle(e figRef, self *account, accs []*account) (*account, figRef, bool) {
	var best figRef
	var bestAcc *account
	dist := func(r figRef) int {
		if r.c.Start < e.c.Start {
			return e.c.Start - r.c.Start
		}
		return 1<<30 + r.c.Start // after e: always farther than any before
	}
	for _, b := range accs {
		if b == self || b.source == self.source {
			continue
		}
		for _, r := range accountFigures(b, e.f.Outcome, false) {
			if r.c.Article != e.c.Article || !GroupsCompatible(r.f.Group, e.f.Group) || !risesAbove(e, r) {
				continue
			}
			if bestAcc == nil || dist(r) < dist(best) {
				best, bestAcc = r, b
			}
		}
	}
	return bestAcc, best, bestAcc != nil
}

// handedOnEarlierRevisions note an earlier toll whose own account gives no
// later one (see earlierOrphans), against the toll of the same article
// that superseded it (see laterInArticle): "SOHR had counted 14 at first"
// in an article whose lead gives 48. Accounts already noted are left out;
// one note per earlier account.
func handedOnEarlierRevisions(accs []*account, done []Discrepancy, k Knowledge) []Discrepancy {
	noted := notedSources(done)
	var out []Discrepancy
	for _, a := range byFirstClaim(accs) {
		if noted[a.source] {
			continue
		}
		for _, o := range outcomesOf(accs) {
			d, ok := handedOnEarlier(a, o, accs, k)
			if ok {
				out = append(out, d)
				noted[a.source] = true
				break
			}
		}
	}
	return out
}

func handedOnEarlier(a *account, o string, accs []*account, k Knowledge) (Discrepancy, bool) {
	for _, e := range earlierOrphans(a, o) {
		b, y, ok := laterInArticle(e, a, accs)
		if !ok {
			continue
		}
		ps, vs := earlierLater(a, e, b, y)
		summary := a.name + " gave an earlier toll of " + amount(e.f) + " " + OutcomeName(o) + "; " +
			verb(b.name, "says "+amount(y.f))
		return newDiscrepancy(KindRevision, o, "revision.earlier_handed_on", summary,
			ps, vs), true
	}
	return Discrepancy{}, false
}

// notedSources are the sources that the discrepancies name.
func notedSources(ds []Discrepancy) map[string]bool {
	noted := map[string]bool{}
	for _, d := range ds {
		for _, s := range d.Sources {
			noted[s] = true
		}
	}
	return noted
}

// officialKinds are the kinds of source that speak for a government: its
// ministries, its army and its state media.
var officialKinds = map[string]bool{"government": true, "military": true, "state_media": true}

// governments are the affiliations whose official bodies form one voice.
var governments = map[string]bool{"syria_gov": true, "us": true, "russia": true, "iran": true, "turkey": true,
	"israel": true}

// officialVoice is the government an account speaks for officially, ""
// when it is no official body.
func officialVoice(a *account, k Knowledge) string {
	if !officialKinds[a.first.Source.Kind] {
		return ""
	}
	if aff := k.affiliation(a.source); governments[aff] {
		return aff
	}
	return ""
}

// risesAbove reports whether toll y rises above toll x: y's lower bound
// passes x's upper one, and neither is a vague word ("عشرات").
func risesAbove(x, y figRef) bool {
	return x.f.Qualifier != claims.QualVague && y.f.Qualifier != claims.QualVague && y.f.Low > x.hi()
}

// officialRevisions note one government's toll superseded by another of
// its official bodies in a later article ("the interior ministry gave 5
// dead, the health ministry 7 the next day"): two official accounts of
// one government whose current tolls for one outcome (totals against
// totals, a named group against a compatible named group) differ, given
// in different articles, the later article's toll (or, published the same
// day, the other) rising above the earlier (see risesAbove). Accounts already noted are left
// out; one note per government and outcome.
func officialRevisions(accs []*account, done []Discrepancy, k Knowledge) []Discrepancy {
	noted := notedSources(done)
	var out []Discrepancy
	seen := map[string]bool{}
	ordered := byFirstClaim(accs)
	for _, o := range outcomesOf(accs) {
		for i, a := range ordered {
			gov := officialVoice(a, k)
			if gov == "" || noted[a.source] || seen[gov+"|"+o] {
				continue
			}
			for _, b := range ordered[i+1:] {
				if officialVoice(b, k) != gov || b.source == a.source || noted[b.source] {
					continue
				}
				if d, ok := officialRevision(a, b, o, k); ok {
					out = append(out, d)
					seen[gov+"|"+o] = true
					break
				}
			}
		}
	}
	return out
}

func officialRevision(a, b *account, o string, k Knowledge) (Discrepancy, bool) {
	for _, x := range currentOf(a, o, k) {
		for _, y := range currentOf(b, o, k) {
			if x.c.Article == y.c.Article || isUnknownGroup(x.f.Group) != isUnknownGroup(y.f.Group) ||
				!GroupsCompatible(x.f.Group, y.f.Group) {
				continue
			}
			first, then, fa, ta := x, y, a, b
			px, py := k.published(x.c.Article), k.published(y.c.Article)
			if px > py || px == py && x.f.Low > y.f.Low {
				first, then, fa, ta = y, x, b, a
			}
			if !risesAbove(first, then) {
				continue
			}
			pe, ve := figuresPosition(fa, []figRef{first})
			pl, vl := figuresPosition(ta, []figRef{then})
			pe.Side, pl.Side = "earlier", "later"
			summary := fa.name + " gave " + amount(first.f) + " " + OutcomeName(o) + "; " +
				ta.name + " later gave " + amount(then.f)
			return newDiscrepancy(KindRevision, o, "revision.official", summary,
				[]Position{pe, pl}, []string{ve, vl}), true
		}
	}
	return Discrepancy{}, false
}
