package reconcile

import (
	"fmt"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestUpdateReadsWholeArticles: how a claim links may depend on a claim of
// its own article that lies in an event far from it, out of reach of every
// block the update loads (an interception in another governorate makes
// the article's unnamed drone someone else's, see readStateDrones; a raid
// the article names by its own word elsewhere keeps its bare words apart,
// see readMeansByToll). UpdateFrom must read that claim too (the Loader
// returns whole articles), or a later article regroups the drone as if
// the interception were not told, and the store ends with other events
// than Reconcile over all claims gives, depending on where the ingest
// cut the stream of articles.
func TestUpdateReadsWholeArticles(t *testing.T) {
	k := Knowledge{Places: indexedPlaces{testPlaces}, Sources: testSources}
	n1 := []claims.Claim{
		mk(claims.Claim{ID: "s", Article: "n1", Source: src("centcom"), EventType: claims.EventAirstrike,
			Actor: sp("coalition"), Places: []string{"deir_ez_zor"}, Date: sp("2024-05-06"),
			Text: "قالت القيادة إن مقاتلاتها ضربت هدفا في دير الزور"}),
		mk(claims.Claim{ID: "d", Article: "n1", Source: src("local_sources"), EventType: claims.EventDroneAttack,
			Places: []string{"khasham"}, Date: sp("2024-05-06"), Start: 300,
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 1)},
			Text:    "وروى أهالي البلدة أن مسيرة قصفت شاحنة قرب خشام وقتلت من فيها"}),
		mk(claims.Claim{ID: "i", Article: "n1", Source: src("sana"), EventType: claims.EventInterception,
			Places: []string{"rmeilan"}, Date: sp("2024-05-06"), Start: 900,
			Text: "وأسقطت المضادات الأرضية مسيرات في سماء رميلان"}),
	}
	n2 := []claims.Claim{
		mk(claims.Claim{ID: "o", Article: "n2", Source: src("reuters"), EventType: claims.EventAirstrike,
			Actor: sp("us"), Places: []string{"khasham"}, Date: sp("2024-05-06"),
			Text: "أفادت الوكالة بأن ضربة أمريكية طالت شاحنة عند خشام"}),
	}
	all := append(append([]claims.Claim(nil), n1...), n2...)
	want := byID(Reconcile(all, k))
	if got := partition(want); !gocmp.Equal(got, [][]string{{"d"}, {"i"}, {"o", "s"}}) {
		t.Fatalf("Reconcile groups %v: the case no longer tests the drone's reading", got)
	}
	for _, order := range [][][]claims.Claim{{n1, n2}, {n2, n1}} {
		t.Run(fmt.Sprint(order[0][0].Article, "_first"), func(t *testing.T) {
			s := &memStore{events: map[string]Event{}, claims: map[string]claims.Claim{}}
			for _, cs := range order {
				s.ingest(t, cs, k)
			}
			var got []Event
			for _, ev := range s.events {
				got = append(got, ev)
			}
			if diff := gocmp.Diff(want, byID(got)); diff != "" {
				t.Errorf("incremental != Reconcile (-all +incremental):\n%s", diff)
			}
		})
	}
}
