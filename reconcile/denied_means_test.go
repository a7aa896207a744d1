package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericDenialDeniesTheEventsMeans: a denial that names the deed only
// by a generic word («لا صحة لأي قصف على المستشفى», typed an airstrike by
// default) denies the event as it is, a shelling told by its own words
// by others, and those who tell of the shelling are its asserters, not
// only the one who also used the generic word. A denial naming its means
// by a word of its own («نفى أن تكون طائرات قد أغارت») keeps that means.
// The one who used the generic word tells of the same deed and asserts it
// too (see genericDenialMeets).
// Claims written for the test.
func TestGenericDenialDeniesTheEventsMeans(t *testing.T) {
	base := func() []claims.Claim {
		return []claims.Claim{
			{ID: "a1", Source: src("white_helmets"), EventType: claims.EventShelling, Target: sp("hospital"),
				Text: "سقطت قذائف مدفعية على المستشفى وأخرجته عن الخدمة"},
			{ID: "a2", Source: src("sohr"), EventType: claims.EventShelling, Target: sp("hospital"),
				Text: "استهدفت راجمات الصواريخ محيط المستشفى صباح اليوم"},
			{ID: "a4", Source: src("reuters"), EventType: claims.EventShelling,
				Text: "أفاد سكان بأن الراجمات رمت صواريخها من تلة قريبة"},
			{ID: "a3", Source: src("alarabiya"), EventType: claims.EventAirstrike, Target: sp("hospital"),
				Rules: []string{"event_type:generic"}, Text: "قتلى بقصف على مستشفى في البلدة"},
		}
	}
	tests := []struct {
		name  string
		rules []string
		want  string
	}{
		{"a generic word denied", []string{"stance:cue", "event_type:generic"}, "white_helmets,sohr,alarabiya,reuters,russia_mod"},
		{"raids named and denied", []string{"stance:cue"}, "alarabiya,russia_mod"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(append(base(), claims.Claim{ID: "d1", Source: src("russia_mod"), Stance: claims.StanceDenies,
				EventType: claims.EventAirstrike, Target: sp("hospital"), Rules: tt.rules,
				Text: "نفى المركز حصول أي قصف على المستشفى"})...)
			var got []string
			for _, d := range Compare(Event{EventType: claims.EventShelling}, cs, testK) {
				if d.Kind == KindOccurrence {
					got = append(got, strings.Join(d.Sources, ","))
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("occurrence sources %v, want [%s]", got, tt.want)
			}
		})
	}
}
