package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCrowdAccounts: the local sources or activists one report reached and
// those another reached are different people, so their tolls may clash
// like any two voices; within one report, or relayed by one agency into
// several reports, they stay one account.
func TestCrowdAccounts(t *testing.T) {
	toll := func(id, art, source, via string, n int) claims.Claim {
		c := claims.Claim{ID: id, Article: art, Source: src(source), Text: "قال أهال إن القصف قتل عددا من سكان الحي",
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", n)}}
		if via != "" {
			c.Via = []claims.Relay{{ID: via, Name: via}}
		}
		return mk(c)
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want int // casualty conflicts
		who  string
	}{
		{"two reports' local sources", scene(toll("c1", "a1", "local_sources", "", 3), toll("c2", "a2", "local_sources", "", 11)), 1,
			"say 3 civilians killed"},
		{"two reports' activists", scene(toll("c1", "a1", "activist", "", 20), toll("c2", "a2", "activist", "", 7)), 1, "7 civilians killed"},
		{"one report", scene(toll("c1", "a1", "local_sources", "", 3), toll("c2", "a1", "local_sources", "", 11)), 0, ""},
		{"one relaying agency", scene(toll("c1", "a1", "local_sources", "sana", 3), toll("c2", "a2", "local_sources", "sana", 11)), 0, ""},
		{"a named monitor is one voice everywhere", scene(toll("c1", "a1", "sohr", "", 3), toll("c2", "a2", "sohr", "", 11)), 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindCasualties)
			if len(got) != tt.want {
				t.Fatalf("casualty conflicts %v, want %d", got, tt.want)
			}
			if tt.who != "" && !strings.Contains(got[0], tt.who) {
				t.Errorf("summary %q lacks %q", got[0], tt.who)
			}
		})
	}
}
