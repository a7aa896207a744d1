package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
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
		return
	}
	for i := range figs {
		f := &figs[i]
		if f.Group != "fighters" && !isUnknownGroupWord(f.Group) {
			continue
		}
		if ownMenIn(d, f.Span) {
			f.Group = g
		}
	}
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
