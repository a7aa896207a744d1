package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericWordReadsAsNamedShelling: in an article that names no strike
// from the air, a claim typed an airstrike only by the generic «قصف»
// tells the rocket shelling its article names at the same town, and joins
// another outlet's report of that shelling. An article that names air
// raids of its own, a doer that strikes only from the air, a shelling in
// another town or a shelling told as a response keep the generic word's
// default reading.
func TestGenericWordReadsAsNamedShelling(t *testing.T) {
	const day = "2023-10-05"
	generic := func(art string, start int, actor string, fs ...claims.Figure) claims.Claim {
		c := claims.Claim{Article: art, Start: start, Source: src("anadolu"), EventType: claims.EventAirstrike,
			Places: []string{"khasham"}, Date: sp(day), Figures: fs, Rules: []string{"event_type:generic", "date:published"},
			Text: "مقتل مدنيين بقصف على مخيم للنازحين في ريف المحافظة"}
		if actor != "" {
			c.Actor = sp(actor)
		}
		return mk(c)
	}
	shelling := func(art string, start int, place, actor string, response bool, fs ...claims.Figure) claims.Claim {
		c := claims.Claim{Article: art, Start: start, Source: src("white_helmets"), EventType: claims.EventShelling,
			Places: []string{place}, Date: sp(day), Figures: fs, Rules: []string{"date:today"},
			Text: "سقط صاروخ محمل بذخائر عنقودية بين خيام المخيم"}
		if actor != "" {
			c.Actor = sp(actor)
		}
		if response {
			c.Text = "وردت وحدات الجيش على مصادر النيران بقصف صاروخي"
			c.Response = true
		}
		return mk(c)
	}
	raid := mk(claims.Claim{Article: "a1", Start: 600, Source: src("anadolu"), EventType: claims.EventAirstrike,
		Places: []string{"khasham"}, Date: sp(day), Rules: []string{"date:today"},
		Text: "وشنت طائرات حربية غارات جوية على أطراف البلدة"})
	raidAt := func(place string) claims.Claim {
		c := raid
		c.Places = []string{place}
		c.Text = "وأغارت مقاتلات على مستودع قرب بلدة أخرى في المحافظة"
		return mk(c)
	}
	// Typed an airstrike by the article's context, not by a word of its
	// own: «لم يتضح بعد من أين أطلقت القذائف».
	doerUnknown := mk(claims.Claim{Article: "a1", Start: 900, Source: src("sohr"), EventType: claims.EventAirstrike,
		Actor: sp("unknown"), Stance: claims.StanceUnknown, Places: []string{"khasham"}, Date: sp(day),
		Rules: []string{"event_type:doer_context", "date:context"}, Text: "وتابع بأن مطلق القذائف ما زال مجهولاً حتى الآن"})
	killed := func(n int) claims.Figure { return exact(claims.OutcomeKilled, "civilians", n) }
	other := shelling("b1", 0, "khasham", "", false, killed(16))
	tests := []struct {
		name string
		cs   []claims.Claim
		want [][]string
	}{
		{
			name: "the generic word reads as the shelling its article names",
			cs:   []claims.Claim{generic("a1", 0, "syria_gov", killed(12)), shelling("a1", 300, "khasham", "syria_gov", false), other},
			want: [][]string{{"a1_0", "a1_300", "b1_0"}},
		},
		{
			name: "an article that names air raids of its own keeps the generic word an airstrike",
			cs:   []claims.Claim{generic("a1", 0, "syria_gov", killed(12)), shelling("a1", 300, "khasham", "syria_gov", false), raid, other},
			want: [][]string{{"a1_0", "a1_600"}, {"a1_300", "b1_0"}},
		},
		{
			name: "a doer that strikes only from the air keeps it an airstrike",
			cs:   []claims.Claim{generic("a1", 0, "israel", killed(12)), shelling("a1", 300, "khasham", "israel", false), other},
			want: [][]string{{"a1_0"}, {"a1_300", "b1_0"}},
		},
		{
			name: "a shelling told as a response is another event and decides nothing",
			cs:   []claims.Claim{generic("a1", 0, "", killed(12)), shelling("a1", 300, "khasham", "", true), other},
			want: [][]string{{"a1_0"}, {"a1_300", "b1_0"}},
		},
		{
			name: "raids the article names at another town leave the generic word to the shelling named at its own",
			cs:   []claims.Claim{generic("a1", 0, "syria_gov", killed(12)), shelling("a1", 300, "khasham", "syria_gov", false), raidAt("mayadin"), other},
			want: [][]string{{"a1_0", "a1_300", "b1_0"}, {"a1_600"}},
		},
		{
			name: "raids placed only in the governorate may be at the town and keep the generic word an airstrike",
			cs:   []claims.Claim{generic("a1", 0, "syria_gov", killed(12)), shelling("a1", 300, "khasham", "syria_gov", false), raidAt("deir_ez_zor"), other},
			want: [][]string{{"a1_0", "a1_600"}, {"a1_300", "b1_0"}},
		},
		{
			name: "a clause on the unknown doer typed by its context names no air of its own",
			cs:   []claims.Claim{generic("a1", 0, "syria_gov", killed(12)), shelling("a1", 300, "khasham", "syria_gov", false), doerUnknown, other},
			want: [][]string{{"a1_0", "a1_300", "a1_900", "b1_0"}},
		},
		{
			name: "a shelling in another town decides nothing",
			cs:   []claims.Claim{generic("a1", 0, "", killed(12)), shelling("a1", 300, "mayadin", "", false), other},
			want: [][]string{{"a1_0"}, {"a1_300"}, {"b1_0"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, partition(Group(tt.cs, testK))); diff != "" {
				t.Errorf("partition (-want +got):\n%s", diff)
			}
		})
	}
}
