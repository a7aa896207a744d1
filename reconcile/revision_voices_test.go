package reconcile

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestHandedOnEarlierRevision: an earlier toll told in a voice that gives
// no later one is revised by the higher toll another voice of the same
// article gives; a lower or vague toll, another article, or an account
// that gave the toll itself as current makes no note.
func TestHandedOnEarlierRevision(t *testing.T) {
	lead := func(art string, f claims.Figure) claims.Claim {
		return mk(claims.Claim{ID: "c1", Article: art, Start: 0, Source: src("syria_health"),
			Text: "أعلنت الوزارة أن عدد القتلى بلغ اثني عشر", Figures: []claims.Figure{f}})
	}
	aside := func(art string, n int) claims.Claim {
		f := exact(claims.OutcomeKilled, "unknown", n)
		f.Earlier = true
		return mk(claims.Claim{ID: "c2", Article: art, Start: 500, Source: src("sohr"),
			Text: "وكان المرصد قد سجل في بادئ الأمر ثمانية قتلى", Figures: []claims.Figure{f}})
	}
	own := mk(claims.Claim{ID: "c3", Article: "b", Start: 0, Source: src("sohr"),
		Text: "قال المرصد إن ثمانية قتلوا", Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 8)}})
	vague := fig(claims.OutcomeKilled, "unknown", 20, ip(99), claims.QualVague)
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"the aside's first toll raised by the lead",
			scene(lead("a", exact(claims.OutcomeKilled, "unknown", 12)), aside("a", 8)),
			[]string{"revision killed sohr,syria_health | SOHR gave an earlier toll of 8 killed; Syrian health authorities say 12."}},
		{"a lower toll of another voice", scene(lead("a", exact(claims.OutcomeKilled, "unknown", 5)), aside("a", 8)), nil},
		{"a vague toll", scene(lead("a", vague), aside("a", 8)), nil},
		{"another article", scene(lead("b", exact(claims.OutcomeKilled, "unknown", 12)), aside("a", 8)), nil},
		{"the account gave it as its own toll elsewhere",
			scene(lead("a", exact(claims.OutcomeKilled, "unknown", 12)), aside("a", 8), own), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindRevision)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestOfficialRevision: one government's body superseded by another of
// its bodies in a later article is a revision note; bodies of different
// governments, non-official voices, a falling or vague toll, or a total
// against a named group make none.
func TestOfficialRevision(t *testing.T) {
	k := testK
	k.Articles = fakeDates{"a": "2024-03-01", "b": "2024-03-02"}
	say := func(id, art, source, kind string, f claims.Figure) claims.Claim {
		s := src(source)
		s.Kind = kind
		return mk(claims.Claim{ID: id, Article: art, Source: s, Text: "حصيلة الضحايا", Figures: []claims.Figure{f}})
	}
	killed := func(n int) claims.Figure { return exact(claims.OutcomeKilled, "unknown", n) }
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"agency's first toll, ministry's next day",
			scene(say("c1", "a", "sana", "state_media", killed(5)), say("c2", "b", "syria_health", "government", killed(7))),
			[]string{"revision killed sana,syria_health | SANA gave 5 killed; Syrian health authorities later gave 7."}},
		{"the later article lower", scene(say("c1", "a", "sana", "state_media", killed(9)),
			say("c2", "b", "syria_health", "government", killed(7))), nil},
		{"another government", scene(say("c1", "a", "sana", "state_media", killed(5)),
			say("c2", "b", "russia_mod", "government", killed(7))), nil},
		{"not an official body", scene(say("c1", "a", "sana", "state_media", killed(5)),
			say("c2", "b", "almayadeen", "media", killed(7))), nil},
		{"a total against soldiers", scene(say("c1", "a", "sana", "state_media", killed(5)),
			say("c2", "b", "syrian_army", "military", exact(claims.OutcomeKilled, "syrian_army", 7))), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Compare(Event{}, tt.cs, k) {
				if d.Kind == KindRevision {
					got = append(got, d.Kind+" "+d.Field+" "+strings.Join(d.Sources, ",")+" | "+d.Summary)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
