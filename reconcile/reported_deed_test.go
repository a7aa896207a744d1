package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestReportedDeedCalledFalse: a belligerent that says its own aircraft
// flew no raid and calls what the media told of the deed staged ("وصفت
// ما تناقلته القنوات عن مقتل مدنيين في القبو بأنه مسرحية") denies that the
// deed happened, an occurrence dispute besides the perpetrator one. A
// voice that itself tells of the strike denies only what was said of it
// (the toll), and a bare denial of its own part stays a perpetrator
// dispute.
func TestReportedDeedCalledFalse(t *testing.T) {
	own := mk(claims.Claim{ID: "d1", Source: src("russia_mod"), Stance: claims.StanceDenies, Actor: sp("russia"),
		Text: "نفت الوزارة أن تكون طائراتها قد أغارت على البلدة", Rules: []string{"stance:cue"}})
	staged := mk(claims.Claim{ID: "d2", Article: "artd1", Start: 60, Source: src("russia_mod"), Stance: claims.StanceDenies,
		Text:  "ما تناقلته القنوات عن مقتل مدنيين في القبو بأنه مسرحية",
		Rules: []string{"stance:denial_falsehood", "attribution:embedded_report"}})
	plain := mk(claims.Claim{ID: "d2", Article: "artd1", Start: 60, Source: src("russia_mod"), Stance: claims.StanceDenies,
		Text: "واصفة الأنباء بأنها حملة تضليل", Rules: []string{"stance:denial_falsehood"}})
	told := mk(claims.Claim{ID: "d3", Article: "artd1", Start: 120, Source: src("russia_mod"), Actor: sp("unknown"),
		Text: "قالت الوزارة إن مسلحين قصفوا البلدة"})
	accuser := mk(claims.Claim{ID: "a1", Source: src("white_helmets"), Actor: sp("russia"), Text: "قصفت طائرات روسية البلدة"})
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"the report of the deed called staged", []claims.Claim{accuser, own, staged}, []string{"occurrence occurrence white_helmets,russia_mod"}},
		{"the reports called disinformation, no deed named", []claims.Claim{accuser, own, plain}, nil},
		{"the denier tells of the strike itself", []claims.Claim{accuser, staged, told}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindOccurrence, tt.want)
		})
	}
}

// TestMishapDeniesStrike: a voice that puts the blast down to a mishap
// ("the militants' own depot blew up") denies that a strike happened,
// though it also says the militants keep arms among the tents; one that
// names who struck, or denies its own part, does not.
func TestMishapDeniesStrike(t *testing.T) {
	accuser := mk(claims.Claim{ID: "a1", Source: src("white_helmets"), Actor: sp("syria_gov"), Text: "قصفت قوات النظام المخيم"})
	mishap := mk(claims.Claim{ID: "d1", Source: src("russia_mod"), Stance: claims.StanceDenies,
		Text: "الانفجار نجم عن انفجار مخزن للمسلحين", Rules: []string{"stance:mishap_cause"}})
	arms := mk(claims.Claim{ID: "d2", Article: "artd1", Start: 60, Source: src("russia_mod"), Actor: sp("unknown"),
		Text: "المسلحون يخزنون الصواريخ بين الخيام"})
	doer := mk(claims.Claim{ID: "d3", Article: "artd1", Start: 120, Source: src("russia_mod"), Actor: sp("iran_backed"),
		Text: "أطلقت فصائل موالية لإيران الصواريخ"})
	own := mk(claims.Claim{ID: "d4", Article: "artd1", Start: 180, Source: src("russia_mod"), Stance: claims.StanceDenies,
		Actor: sp("russia"), Text: "نفت أن تكون طائراتها قد أغارت"})
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"a mishap, arms among the tents", []claims.Claim{accuser, mishap, arms}, []string{"occurrence occurrence white_helmets,russia_mod"}},
		{"a mishap, and another doer named", []claims.Claim{accuser, mishap, doer}, nil},
		{"a mishap, and its own part denied", []claims.Claim{accuser, mishap, own}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindOccurrence, tt.want)
		})
	}
}

// TestAnyEventDeniedIsOccurrence: a voice that denies that any attack
// took place at the site disputes that the attack happened, though it
// names the site; one that names its own side denies its part.
func TestAnyEventDeniedIsOccurrence(t *testing.T) {
	claimant := mk(claims.Claim{ID: "a1", Source: src("white_helmets"), Actor: sp("iran_backed"), Text: "استهدفت مسيرات القاعدة"})
	none := mk(claims.Claim{ID: "d1", Source: src("pentagon"), Stance: claims.StanceDenies, Target: sp("oil field"),
		Text: "نفى أن تكون أي مسيرة قد ضربت الحقل", Rules: []string{"stance:cue", claims.RuleAnyEventDenied}})
	own := none
	own.Actor = sp("us")
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"nothing happened at the site", []claims.Claim{claimant, none}, []string{"occurrence occurrence white_helmets,pentagon"}},
		{"its own side named", []claims.Claim{claimant, own}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindOccurrence, tt.want)
		})
	}
}
