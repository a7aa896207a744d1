package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// tollPair is a reconciler probe: two voices' figures on one scene, and
// whether a casualties conflict or a revision note must follow.
type tollPair struct {
	name             string
	srcA, srcB       string
	a, b             []claims.Figure
	conflict, revise bool
}

func rng(outcome, group string, lo, hi int) claims.Figure {
	return fig(outcome, group, lo, ip(hi), claims.QualRange)
}

func vague(outcome, group string, lo, hi int) claims.Figure {
	return fig(outcome, group, lo, ip(hi), claims.QualVague)
}

func earlierFig(f claims.Figure) claims.Figure { f.Earlier = true; return f }

const kd, wd = claims.OutcomeKilled, claims.OutcomeWounded

// tollPairs probe the casualties rule: ranges that do not overlap conflict,
// open lower bounds do not against higher counts, different victim groups
// count different people, a source's own earlier toll is a revision.
var tollPairs = []tollPair{
	{"two exact counts", "sohr", "sana", []claims.Figure{exact(kd, "unknown", 5)}, []claims.Figure{exact(kd, "unknown", 12)}, true, false},
	{"same count", "sohr", "sana", []claims.Figure{exact(kd, "unknown", 7)}, []claims.Figure{exact(kd, "unknown", 7)}, false, false},
	{"ranges apart", "sohr", "sana", []claims.Figure{rng(kd, "unknown", 5, 8)}, []claims.Figure{rng(kd, "unknown", 10, 12)}, true, false},
	{"ranges overlap", "sohr", "sana", []claims.Figure{rng(kd, "unknown", 5, 8)}, []claims.Figure{rng(kd, "unknown", 7, 10)}, false, false},
	{"range holds the count", "sohr", "sana", []claims.Figure{rng(kd, "unknown", 5, 8)}, []claims.Figure{exact(kd, "unknown", 6)}, false, false},
	{"at least below the count", "sohr", "sana", []claims.Figure{atLeast(kd, "unknown", 6)}, []claims.Figure{exact(kd, "unknown", 10)}, false, false},
	{"at least above the count", "sohr", "sana", []claims.Figure{atLeast(kd, "unknown", 15)}, []claims.Figure{exact(kd, "unknown", 10)}, true, false},
	// Only civilians against only combatants disputes who died (see
	// victimsDisputed); the same combatants beside civilians do not.
	{"civilians only against fighters only", "sohr", "sana", []claims.Figure{exact(kd, "civilians", 5)}, []claims.Figure{exact(kd, "fighters", 12)}, true, false},
	{"both groups against the fighters", "sohr", "sana", []claims.Figure{exact(kd, "civilians", 5), exact(kd, "fighters", 12)}, []claims.Figure{exact(kd, "fighters", 12)}, false, false},
	{"fighters against other fighters' count", "sohr", "sana", []claims.Figure{exact(kd, "sdf", 3)}, []claims.Figure{exact(kd, "iran_backed", 8)}, false, false},
	{"civilians against civilians", "sohr", "sana", []claims.Figure{exact(kd, "civilians", 5)}, []claims.Figure{exact(kd, "civilians", 12)}, true, false},
	{"army against iran-backed", "sohr", "sana", []claims.Figure{exact(kd, "syrian_army", 4)}, []claims.Figure{exact(kd, "iran_backed", 9)}, false, false},
	{"killed against wounded", "sohr", "sana", []claims.Figure{exact(kd, "unknown", 5)}, []claims.Figure{exact(wd, "unknown", 12)}, false, false},
	{"tens against a count in them", "sohr", "sana", []claims.Figure{vague(kd, "unknown", 20, 99)}, []claims.Figure{exact(kd, "unknown", 25)}, false, false},
	{"tens against a small count", "sohr", "sana", []claims.Figure{vague(kd, "unknown", 20, 99)}, []claims.Figure{exact(kd, "unknown", 4)}, true, false},
	{"at most against more", "sohr", "sana", []claims.Figure{fig(kd, "unknown", 0, ip(10), claims.QualAtMost)}, []claims.Figure{exact(kd, "unknown", 15)}, true, false},
	{"a source's earlier toll", "sohr", "sohr", []claims.Figure{earlierFig(exact(kd, "unknown", 9)), exact(kd, "unknown", 14)}, nil, false, true},
	{"earlier toll beside another's later", "sohr", "sana", []claims.Figure{earlierFig(exact(kd, "unknown", 9)), exact(kd, "unknown", 14)}, []claims.Figure{exact(kd, "unknown", 14)}, false, true},
	{"nobody hurt against wounded", "sana", "sohr", []claims.Figure{exact(wd, "unknown", 0)}, []claims.Figure{exact(wd, "civilians", 3)}, true, false},
}

// TestTollPairs checks the reconciler probes.
func TestTollPairs(t *testing.T) {
	for _, tt := range tollPairs {
		t.Run(tt.name, func(t *testing.T) {
			cs := []claims.Claim{mk(claims.Claim{ID: "c1", Source: src(tt.srcA), Text: "حصيلة", Figures: tt.a})}
			if tt.b != nil {
				cs = append(cs, mk(claims.Claim{ID: "c2", Source: src(tt.srcB), Text: "حصيلة", Figures: tt.b}))
			}
			lines := compareLines(t, scene(cs...))
			conflict, revise := len(onlyKind(lines, KindCasualties)) > 0, len(onlyKind(lines, KindRevision)) > 0
			if conflict != tt.conflict || revise != tt.revise {
				t.Errorf("conflict %v revision %v, want %v %v: %s", conflict, revise, tt.conflict, tt.revise, strings.Join(lines, "; "))
			}
		})
	}
}
