package reconcile

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestAnswererIsNoRivalPerpetrator: a claim that tells of a party
// answering fire names who answered, not a rival author of the attack; a
// response claim still disputes the attack with a claim of its own kind or
// with an actor of the same side.
func TestAnswererIsNoRivalPerpetrator(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "the coalition answering a claimed attack",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("islamic_resistance_iraq"), EventType: claims.EventDroneAttack,
					Text: "تبنت الفصائل الهجوم على القاعدة", Actor: sp("iran_backed")}),
				mk(claims.Claim{ID: "c2", Source: src("sdf"), EventType: claims.EventShelling, Response: true,
					Text: "وردت قوات التحالف بقصف مدفعي على مصادر النيران", Actor: sp("coalition")}),
			),
			want: nil,
		},
		{
			name: "two plain claims of opposed actors still clash",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventAirstrike,
					Text: "قصفت طائرات التحالف القرية", Actor: sp("coalition")}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), EventType: claims.EventAirstrike,
					Text: "قصفت طائرات روسية القرية", Actor: sp("russia")}),
			),
			want: []string{"perpetrator actor sana,sohr"},
		},
		{
			name: "a response claim against an ally's claim is a dispute",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventAirstrike, Response: true,
					Text: "ردت الطائرات بغارات على مواقع المسلحين", Actor: sp("russia")}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), EventType: claims.EventAirstrike,
					Text: "قصفت طائرات النظام مواقع المسلحين", Actor: sp("syria_gov")}),
			),
			want: []string{"perpetrator actor sana,sohr"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range onlyKind(compareLines(t, tt.cs), KindPerpetrator) {
				head, _, _ := strings.Cut(l, " | ")
				got = append(got, head)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestSameDayResponseIsItsOwnEvent: an answer given the same day, within
// the article that tells of the attack it answers, is an event of its own
// linked to that attack, as an answer on another day is. (A third report of
// the same day and site that links to both still bridges them: grouping
// has no cannot-link constraint.)
func TestSameDayResponseIsItsOwnEvent(t *testing.T) {
	cs := []claims.Claim{
		mk(claims.Claim{ID: "a", Article: "A", Start: 0, Source: src("sohr"), EventType: claims.EventShelling,
			Places: []string{"mayadin"}, Date: sp("2023-08-21")}),
		mk(claims.Claim{ID: "r", Article: "A", Start: 120, Source: src("turkey_mod"), EventType: claims.EventShelling,
			Response: true, Actor: sp("turkey"), Places: []string{"mayadin"}, Date: sp("2023-08-21")}),
	}
	evs := Reconcile(cs, testK)
	ea, er := eventOf(evs, "a"), eventOf(evs, "r")
	if ea.ID == er.ID {
		t.Fatalf("the answer joined the attack it answers: %v", ea.Claims)
	}
	if len(er.RespondsTo) != 1 || er.RespondsTo[0] != ea.ID {
		t.Errorf("RespondsTo = %v, want [%s]", er.RespondsTo, ea.ID)
	}
}
