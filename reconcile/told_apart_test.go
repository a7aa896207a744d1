package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFewerCiviliansToldApart: a total broken down in full ("four dead:
// three sailors and one worker") says exactly how many civilians died,
// so a civilians-only count above that (and under the total) disputes
// it; a count at or under it, a breakdown that leaves some dead unnamed,
// and a vague part dispute nothing.
func TestFewerCiviliansToldApart(t *testing.T) {
	part := func(f claims.Figure) claims.Figure { f.Subset = true; return f }
	killed := claims.OutcomeKilled
	fullBreakdown := mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
		exact(killed, "unknown", 4), part(exact(killed, "unknown", 3)), part(exact(killed, "civilians", 1))}})
	tests := []struct {
		name string
		cs   []claims.Claim
		want int // casualties discrepancies
	}{
		{
			name: "two civilians against one in a full breakdown of four",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_government"), Figures: []claims.Figure{exact(killed, "civilians", 2)}}),
				fullBreakdown),
			want: 1,
		},
		{
			name: "the breakdown in another claim than the total picked",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_government"), Figures: []claims.Figure{exact(killed, "civilians", 3)}}),
				mk(claims.Claim{ID: "c0", Source: src("sohr"), Figures: []claims.Figure{exact(killed, "unknown", 5)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(killed, "unknown", 5), part(exact(killed, "unknown", 4)), part(exact(killed, "civilians", 1))}})),
			want: 1,
		},
		{
			name: "as many civilians as the breakdown names",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_government"), Figures: []claims.Figure{exact(killed, "civilians", 1)}}),
				fullBreakdown),
		},
		{
			name: "a breakdown that leaves dead unnamed",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_government"), Figures: []claims.Figure{exact(killed, "civilians", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(killed, "unknown", 6), part(exact(killed, "unknown", 3)), part(exact(killed, "civilians", 1))}})),
		},
		{
			name: "a vague part leaves the rest open",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_government"), Figures: []claims.Figure{exact(killed, "civilians", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(killed, "unknown", 4), part(fig(killed, "unknown", 2, nil, "vague")), part(exact(killed, "civilians", 1))}})),
		},
		{
			name: "a count equal to the breakdown's civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_government"), Figures: []claims.Figure{exact(killed, "civilians", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(killed, "unknown", 4), part(exact(killed, "unknown", 2)), part(exact(killed, "civilians", 2))}})),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindCasualties)
			if len(got) != tt.want {
				t.Errorf("got %d casualties discrepancies, want %d: %q", len(got), tt.want, got)
			}
		})
	}
}

// TestCiviliansToldApart reads the civilians of a total's full breakdown.
func TestCiviliansToldApart(t *testing.T) {
	killed := claims.OutcomeKilled
	part := func(f claims.Figure) claims.Figure { f.Subset = true; return f }
	tests := []struct {
		name   string
		figs   []claims.Figure
		want   int
		wantOK bool
	}{
		{"three and one of four", []claims.Figure{exact(killed, "unknown", 4), part(exact(killed, "syrian_army", 3)), part(exact(killed, "civilians", 1))}, 1, true},
		{"no civilian part", []claims.Figure{exact(killed, "unknown", 4), part(exact(killed, "syrian_army", 4))}, 0, false},
		{"parts short of the total", []claims.Figure{exact(killed, "unknown", 9), part(exact(killed, "civilians", 2))}, 0, false},
		{"wounded parts do not count", []claims.Figure{exact(killed, "unknown", 2), part(exact(claims.OutcomeWounded, "civilians", 2))}, 0, false},
		{"a vague total", []claims.Figure{fig(killed, "unknown", 4, nil, "at_least"), part(exact(killed, "civilians", 4))}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &claims.Claim{Figures: tt.figs}
			got, ok := civiliansToldApart(figRef{tt.figs[0], c}, killed)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("got %d, %v; want %d, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// TestAnothersEarlierTollStandsAgainstNone: an outlet whose only toll is
// another's earlier one ("its morning toll was six") does not dispute the
// latest count of the party it reports.
func TestAnothersEarlierTollStandsAgainstNone(t *testing.T) {
	earlier := func(f claims.Figure) claims.Figure { f.Earlier = true; return f }
	killed := claims.OutcomeKilled
	text := "وكانت حصيلته عند الظهر ستة قتلى."
	i := strings.Index(text, "ستة")
	six := earlier(exact(killed, "unknown", 6))
	six.Span = claims.Span{Start: i, End: i + len("ستة")}
	ownText := "وكانت الحصيلة عند الظهر ستة قتلى."
	j := strings.Index(ownText, "ستة")
	own := earlier(exact(killed, "unknown", 6))
	own.Span = claims.Span{Start: j, End: j + len("ستة")}
	tests := []struct {
		name string
		cs   []claims.Claim
		want int
	}{
		{"another's earlier toll", scene(
			mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact(killed, "unknown", 10)}}),
			mk(claims.Claim{ID: "c2", Source: src("alarabiya"), Text: text, Figures: []claims.Figure{six}, Rules: []string{"attribution:own_voice"}})), 0},
		{"its own earlier toll still stands", scene(
			mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact(killed, "unknown", 10)}}),
			mk(claims.Claim{ID: "c2", Source: src("alarabiya"), Text: ownText, Figures: []claims.Figure{own}, Rules: []string{"attribution:own_voice"}})), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindCasualties)
			if len(got) != tt.want {
				t.Errorf("got %d casualties discrepancies, want %d: %q", len(got), tt.want, got)
			}
		})
	}
}
