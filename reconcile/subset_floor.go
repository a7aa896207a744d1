package reconcile

import (
	"slices"
	"strings"
)

// partClasses group the part nouns (see partNouns) by whom they count:
// children, women, pupils. Two counts of a part dispute each other only
// when they count the same part.
var partClasses = map[string]string{
	"اطفال": "children", "طفلا": "children", "طفل": "children", "طفله": "children", "طفلان": "children",
	"طفلين": "children", "طفلات": "children", "رضع": "children",
	"نساء": "women", "نسوه": "women", "سيدات": "women", "سيدتان": "women", "سيدتين": "women",
	"امراه": "women", "امراتان": "women", "امراتين": "women",
	"طلاب": "pupils", "طالبا": "pupils", "طالبات": "pupils", "تلاميذ": "pupils", "تلميذا": "pupils",
}

// partClass is the class of the part of the civilians a figure counts
// (see countsPart), or "" when it counts them all or is no civilian count.
func partClass(r figRef) string {
	if r.f.Group != "civilians" {
		return ""
	}
	for _, w := range strings.Fields(normalizeWords(figureWords(r))) {
		w = strings.Trim(w, "\"«»“”.,،:")
		if c, ok := partClasses[w]; ok {
			return c
		}
		if c, ok := partClasses[strings.TrimPrefix(w, "ال")]; ok {
			return c
		}
		if slices.Contains(civilianNouns, w) {
			return ""
		}
	}
	return ""
}

// subsetAbove reports whether account a names, inside a toll of outcome o,
// more people of y's group than y, another account's whole count of that
// group: "three were killed, among them two children" against "a child was
// killed". The part a source names is the least it says of that group, so
// a count of the group below it is a different toll, not a part of it. A
// count of a part of the civilians (children, women) is set only against a
// part of the same kind: "a child was killed" says nothing of the women.
func subsetAbove(a *account, o string, y figRef) bool {
	if isUnknownGroup(y.f.Group) || y.f.Subset || y.f.Earlier {
		return false
	}
	yPart := partClass(y)
	for _, c := range a.claims {
		if !speaks(c) {
			continue
		}
		for _, f := range c.Figures {
			if !f.Subset || f.Earlier || f.Outcome != o || f.Group != y.f.Group || f.Low <= y.hi() {
				continue
			}
			if yPart != "" && partClass(figRef{f, c}) != yPart {
				continue
			}
			return true
		}
	}
	return false
}
