package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestReportOfDeedDenied: a verb of denial whose object is the report of
// the attack ("نفى ما تداولته الصفحات عن هجوم على الحاجز") denies that
// it happened, like a report called false; so does a negated verb of
// happening or suffering with "any" attack ("المخبز لم يتعرض لأي قصف"),
// even from a side that denies its own part in another claim. A side
// that denies the report of its own part ("نفت صحة ما نُشر عن قصف
// قواتها للمشفى") disputes the doer only. Claims written for the test.
func TestReportOfDeedDenied(t *testing.T) {
	tests := []struct {
		name   string
		denial claims.Claim
		also   []claims.Claim
		want   bool
	}{
		{"report of the attack denied", claims.Claim{ID: "d1", Source: src("syrian_army"), Stance: claims.StanceDenies,
			Actor: sp("isis"), Target: sp("checkpoint"), Rules: []string{"stance:cue", "attribution:embedded_report"},
			Text: "ما تداولته صفحات عن هجوم للتنظيم على حاجز"}, nil, true},
		{"report of its own part denied", claims.Claim{ID: "d1", Source: src("russia_mod"), Stance: claims.StanceDenies,
			Actor: sp("russia"), Target: sp("hospital"), Rules: []string{"stance:cue", claims.RuleReportDenied},
			Text: "صحة ما نُشر عن قصف طائراتها للمشفى"}, nil, false},
		{"nothing hit the market", claims.Claim{ID: "d1", Source: src("russia_mod"), Stance: claims.StanceDenies,
			Target: sp("market"), Rules: []string{"stance:negated_event", claims.RuleAnyEventDenied},
			Text: "المخبز لم يتعرض لأي قصف"},
			[]claims.Claim{{ID: "d2", Source: src("russia_mod"), Stance: claims.StanceDenies, Actor: sp("russia"),
				Rules: []string{"stance:cue"}, Text: "نفت الوزارة أن تكون طائراتها قصفت السوق"}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := []claims.Claim{
				{ID: "a1", Source: src("white_helmets"), Actor: sp("russia"), Target: sp("market"), Text: "غارات روسية على السوق"},
				tt.denial,
			}
			for _, c := range tt.also {
				c.Article = "art" + tt.denial.ID
				cs = append(cs, c)
			}
			cs[1].Article = "art" + tt.denial.ID
			got := len(onlyKind(compareLines(t, scene(cs...)), KindOccurrence)) > 0
			if got != tt.want {
				t.Errorf("occurrence flagged = %v, want %v (%v)", got, tt.want, compareLines(t, scene(cs...)))
			}
		})
	}
}

// TestOtherDeedDenied: a voice that tells of one deed (a car bomb) and
// denies another of a specific kind (shells said to have fallen nearby)
// denies that other deed, and those who tell of it, not those who tell
// only of the bomb, are its asserters. A denial of the very kind of deed
// the voice itself tells of, or a generic one, disputes a detail and
// flags nothing. Claims written for the test.
func TestOtherDeedDenied(t *testing.T) {
	base := func() []claims.Claim {
		return []claims.Claim{
			{ID: "a1", Source: src("medical_sources"), EventType: claims.EventGroundAttack, Target: sp("vehicle"),
				Text: "قتل خمسة بانفجار سيارة مفخخة قرب المخفر"},
			{ID: "a2", Source: src("syria_interior"), EventType: claims.EventGroundAttack, Actor: sp("isis"),
				Stance: claims.StanceUnconfirmed, Text: "يرجح أن خلايا التنظيم تقف وراء التفجير"},
			{ID: "a3", Source: src("media"), EventType: claims.EventShelling, Stance: claims.StanceUnconfirmed,
				Text: "تحدثت صفحات عن سقوط قذيفتين قرب السجن"},
		}
	}
	tests := []struct {
		name string
		typ  string
		want string
	}{
		{"shells denied by the bomb's teller", claims.EventShelling, "media,syria_interior"},
		{"a generic attack denied", claims.EventGroundAttack, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := append(base(), claims.Claim{ID: "d1", Source: src("syria_interior"), Stance: claims.StanceDenies,
				EventType: tt.typ, Article: "arta2", Rules: []string{"stance:cue"}, Text: "نفى المصدر ذلك، وقال إن الصوت كان دوي التفجير نفسه"})
			got := onlyKind(compareLines(t, scene(cs...)), KindOccurrence)
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("flagged %v, want nothing", got)
			case tt.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], "occurrence occurrence "+tt.want+" ")):
				t.Errorf("got %v, want sources %s", got, tt.want)
			}
		})
	}
}

// TestOnlyFlewDenies: a side whose aircraft are accused, saying they only
// flew over ("اكتفت المقاتلات بالتحليق"), denies that any strike took
// place, even though it also denies its own part and adds that none of its
// men was hurt; its denial of its own part alone disputes the doer.
// Claims written for the test.
func TestOnlyFlewDenies(t *testing.T) {
	for _, flew := range []bool{true, false} {
		cs := []claims.Claim{
			{ID: "a1", Source: src("local_sources"), Actor: sp("us"), Target: sp("village"),
				Text: "قصفت طائرات أمريكية أطراف القرية"},
			{ID: "d1", Source: src("coalition"), Stance: claims.StanceDenies, Actor: sp("coalition"), Target: sp("village"),
				Article: "artd", Rules: []string{"stance:cue"}, Text: "نفى الناطق قيام مقاتلات التحالف بقصف البلدة"},
		}
		if flew {
			cs = append(cs, claims.Claim{ID: "d2", Source: src("coalition"), Stance: claims.StanceDenies, Article: "artd",
				Rules: []string{"stance:" + claims.RuleOnlyFlew}, Figures: []claims.Figure{exact(claims.OutcomeWounded, "fighters", 0)},
				Text: "المقاتلات اكتفت بالتحليق ولم يصب أي من عناصره"})
		}
		got := onlyKind(compareLines(t, scene(cs...)), KindOccurrence)
		if flew != (len(got) == 1) {
			t.Errorf("only flew %v: occurrence lines %v", flew, got)
		}
	}
}
