package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCampDenialOfTheDeedItself: a ministry whose side stands accused of a
// raid denies its own part and, beyond that, says that no trace of any
// strike was found or that the footage of the school being hit was made
// up. Another voice of its camp tells of some outcome. The camp clearing
// (a denial read as an answer to the accusation) must not swallow the
// outright denials: the event itself is disputed. A denial with no such
// word, from the same camp, is still read as an answer to the accusation.
func TestCampDenialOfTheDeedItself(t *testing.T) {
	rescuers := mk(claims.Claim{ID: "r1", Article: "a1", Source: src("white_helmets"),
		Text: "قصفت طائرات روسية مدرسة تؤوي نازحين فقتلت ثمانية", EventType: claims.EventAirstrike,
		Actor: sp("russia"), Target: sp("school"), Figures: []claims.Figure{exact("killed", "civilians", 8)}})
	camp := mk(claims.Claim{ID: "g1", Article: "a2", Start: 400, Source: src("russia_government"),
		Text: "وتقول موسكو إن ضرباتها تصيب مقرات المتشددين وحدها", EventType: claims.EventAirstrike,
		Target: sp("headquarters of militants")})
	ownPart := mk(claims.Claim{ID: "m1", Article: "a2", Source: src("russia_mod"),
		Text: "نفت الوزارة أن تكون طائراتها قد قصفت المدرسة", Stance: claims.StanceDenies,
		EventType: claims.EventAirstrike, Actor: sp("russia"), Target: sp("school"), Rules: []string{"stance:cue"}})
	denial := func(target string, rules ...string) claims.Claim {
		c := claims.Claim{ID: "m2", Article: "a2", Start: 200, Source: src("russia_mod"),
			Text: "وقالت الوزارة إن الصور الجوية خالية من أي أثر لضربة", Stance: claims.StanceDenies,
			EventType: claims.EventAirstrike, Rules: rules}
		if target != "" {
			c.Target = sp(target)
		}
		return mk(c)
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"no trace of a strike", []claims.Claim{rescuers, camp, ownPart, denial("building", "stance:no_trace")}, true},
		{"footage of the hit school made up", []claims.Claim{rescuers, camp, ownPart, denial("school", "stance:denial_falsehood")}, true},
		{"a plain denial from the accused camp", []claims.Claim{rescuers, camp, ownPart, denial("", "stance:cue")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, tt.cs, testK)
			if got := occurrenceFlagged(ds); got != tt.want {
				t.Errorf("occurrence = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}

// TestReportOfAnAllyDeedCalledFalse: a voice that is not of the accused
// side calls the news that the army gassed a suburb made up. The doer
// named in the report is not the denier's own side and the voice names no
// doer of its own: the report as a whole is denied, so the event is
// disputed. When the same voice blames someone else for the deed, or the
// report named its own side, what is disputed is the doer instead.
func TestReportOfAnAllyDeedCalledFalse(t *testing.T) {
	medics := mk(claims.Claim{ID: "h1", Article: "a1", Source: src("white_helmets"),
		Text: "أصيب عشرات المدنيين بالاختناق بعد سقوط صاروخ محمل بالغاز على الحي", EventType: claims.EventAirstrike,
		Target: sp("residential quarter"), Figures: []claims.Figure{exact("injured", "civilians", 18)}})
	denial := func(actor string) claims.Claim {
		return mk(claims.Claim{ID: "r1", Article: "a2", Source: src("russia_mod"),
			Text: "قالت الوزارة إن أخبار استعمال الجيش للغاز في الضاحية ملفقة", Stance: claims.StanceDenies,
			EventType: claims.EventAirstrike, Actor: sp(actor), Rules: []string{"stance:denial_falsehood"}})
	}
	otherDoer := mk(claims.Claim{ID: "r2", Article: "a2", Start: 90, Source: src("russia_mod"),
		Text: "وأضافت أن المسلحين هم من أطلقوا القذيفة", EventType: claims.EventAirstrike, Actor: sp("hts")})
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"an ally's deed reported falsely", []claims.Claim{medics, denial("syria_gov")}, true},
		{"the same voice blames the gunmen", []claims.Claim{medics, denial("syria_gov"), otherDoer}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, tt.cs, testK)
			if got := occurrenceFlagged(ds); got != tt.want {
				t.Errorf("occurrence = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}
