package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/sources"
)

// ownForceGroups give, for the party a speaking source belongs to (its
// actor in the registry), the victim group its own men are counted in.
var ownForceGroups = map[string]string{
	"syria_gov": "syrian_army", "us": "us_forces", "russia": "pro_government", "iran_backed": "iran_backed", "sdf": "sdf",
}

// ownMenStems are men of a force with the first-person plural suffix
// (folded stems): "مقاتلينا", "عناصرنا", "جنودنا". A party that counts
// "seven of our fighters" counts its own force.
var ownMenStems = map[string]bool{
	"مقاتلينا": true, "مقاتلونا": true, "عناصرنا": true, "جنودنا": true, "افرادنا": true, "منتسبينا": true,
	"رفاقنا": true, "ابطالنا": true, "عسكريينا": true, "ضباطنا": true,
}

// ownTollGroups sets the victim group of figures that count the speaking
// party's own men ("استشهد ثلاثة من مقاتلينا"): the group of that party's
// force, when the figure gave only fighters or unknown people.
func (x *Extractor) ownTollGroups(d *doc, figs []Figure, srcID string) {
	g, ok := ownForceGroups[x.actorOfSource(srcID)]
	if !ok {
		x.stateMediaSoldiers(d, figs, srcID)
		return
	}
	for i := range figs {
		f := &figs[i]
		if f.Group != "fighters" && !isUnknownGroupWord(f.Group) {
			continue
		}
		if ownMenIn(d, f.Span) || isUnknownGroupWord(f.Group) && martyredSoldiersIn(d, f.Span) {
			f.Group = g
		}
	}
}

// stateMediaSoldiers sets the victim group of a toll "of the soldiers"
// ("ثلاثة قتلى من العسكريين") given by a state's own agency or channel:
// such a medium counts its state's military personnel that way, and calls
// the men of the other side by other names. A bare count of soldiers
// ("مقتل جنديين") is left as it is: it often tells others' men.
func (x *Extractor) stateMediaSoldiers(d *doc, figs []Figure, srcID string) {
	src, ok := x.reg.Source(srcID)
	if !ok || src.Kind != sources.KindStateMedia {
		return
	}
	g, ok := ownForceGroups[src.Affiliation]
	if !ok {
		return
	}
	for i := range figs {
		if isUnknownGroupWord(figs[i].Group) && !figs[i].Subset && soldiersOfAfter(d, figs[i].Span) {
			figs[i].Group = g
		}
	}
}

// soldiersOfAfter reports whether "من" and a soldier noun follow the
// figure's words: "ثلاثة قتلى من العسكريين".
func soldiersOfAfter(d *doc, sp Span) bool {
	for k, t := range d.toks {
		if t.Start < sp.End {
			continue
		}
		return t.Kind == arabic.TokWord && t.Norm == "من" && k+1 < len(d.toks) && soldierNouns[d.toks[k+1].Stem]
	}
	return false
}

// ownMenIn reports whether the figure's words, or the three after them,
// name the speaker's own men.
func ownMenIn(d *doc, sp Span) bool {
	after := 0
	for _, t := range d.toks {
		if t.Start < sp.Start {
			continue
		}
		if t.Start >= sp.End {
			if after++; after > 3 {
				return false
			}
		}
		if t.Kind == arabic.TokWord && ownMenStems[strings.TrimPrefix(t.Stem, "ل")] {
			return true
		}
	}
	return false
}

func isUnknownGroupWord(g string) bool { return g == "" || g == "unknown" }

// martyrWords are the words of martyrdom (folded stems): a force that
// calls its dead martyrs speaks of its own.
var martyrWords = map[string]bool{
	"استشهاد": true, "استشهد": true, "استشهدوا": true, "شهداء": true, "شهيد": true, "شهيدا": true,
	"ارتقاء": true, "ارتقي": true, "ارتقوا": true,
}

// martyredSoldiersIn reports whether a figure counts soldiers with no side
// named ("جنود"، "عسكريين"، "ضباط") as martyrs: a word of martyrdom in the
// figure's words, the two before them or the two after (not one joined by
// "و", which opens another count); the soldier noun in the figure's words
// or the two after. Said by a party with a force
// ("تسبب باستشهاد ثلاثة عسكريين" from the army), they are its own men.
func martyredSoldiersIn(d *doc, sp Span) bool {
	first, last := -1, -1
	for i, t := range d.toks {
		if t.Start >= sp.Start && first < 0 {
			first = i
		}
		if t.Start < sp.End {
			last = i
		}
	}
	if first < 0 || last < first {
		return false
	}
	soldiers, martyrs := false, false
	for i := max(0, first-2); i <= last+2 && i < len(d.toks); i++ {
		t := d.toks[i]
		if t.Kind != arabic.TokWord {
			continue
		}
		if i >= first && soldierNouns[t.Stem] {
			soldiers = true
		}
		if i <= last && martyrWords[t.Stem] || i > last && martyrWords[t.Stem] && !hasClitic(t.Clitics, 'و') {
			martyrs = true
		}
	}
	return soldiers && martyrs
}

// figureGroups returns the groups of figs, in order.
func figureGroups(figs []Figure) []string {
	gs := make([]string, len(figs))
	for i, f := range figs {
		gs[i] = f.Group
	}
	return gs
}

// othersFollowGroup gives "the others" ("وإصابة أربعة آخرين") the group
// that a later pass (ownTollGroups, armySideGroups) found for the figure
// right before them: "استشهاد جندي وإصابة أربعة آخرين" said by the army
// counts four more soldiers, not people of no side. before holds the
// groups the figures had before those passes.
func othersFollowGroup(d *doc, figs []Figure, before []string) {
	for i := 1; i < len(figs); i++ {
		f, p := &figs[i], figs[i-1]
		if !isUnknownGroupWord(f.Group) || !isUnknownGroupWord(before[i]) || p.Group == before[i-1] || isUnknownGroupWord(p.Group) {
			continue
		}
		if othersInSpan(d, f.Span) {
			f.Group = p.Group
		}
	}
}

// othersInSpan reports whether a word of "others" (آخرون، آخرين، آخران)
// stands within the span or is the word right after it (a span may stop
// at the number: "أربعة آخرين").
func othersInSpan(d *doc, sp Span) bool {
	for k, t := range d.toks {
		if t.Start >= sp.Start && pluralOthersIn(d, k, k) {
			return true
		}
		if t.Start >= sp.End {
			return false
		}
	}
	return false
}
