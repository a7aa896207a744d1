package claims

import "strings"

// roadTarget reports whether a characterisation names only a road: "على
// الطريق العام" says where a patrol, a car or a convoy was when it was
// hit, when the clause names that too.
func roadTarget(t string) bool {
	return strings.HasSuffix(t, "road") || strings.HasSuffix(t, "roads")
}

// onTheRoad returns what a bomb went off at ("انفجرت عبوة بدورية للأمن على
// الطريق العام") when the characterisation found after "على" is the road
// it was on, or "" when the clause names nothing else.
func (x *Extractor) onTheRoad(d *doc, r region, in func(int) bool, t string) string {
	if !roadTarget(t) {
		return ""
	}
	if b := x.bombedBeside(d, r, in); b != "" && !roadTarget(b) {
		return b
	}
	return ""
}
