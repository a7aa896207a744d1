package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSpanTally: a ministry's tally of fighters neutralised over days or
// areas ("خلال الأسبوع الماضي"، "في غضون يومين"، "خلال الـ48 ساعة"،
// "منذ انطلاق العملية"، "في مناطق ...") does not dispute the civilians one
// strike killed; a count of neutralised fighters in the strike itself
// still does, and "خلال يوم الجمعة" names the day, not a span. Sentences
// written for the test.
func TestSpanTally(t *testing.T) {
	turkey := "turkey"
	civ := mk(claims.Claim{ID: "c1", Article: "a1", Start: 0, Source: src("local_sources"),
		Text: "قتل ثلاثة مدنيين بقصف مسيرة على سيارتهم قرب القرية", Actor: &turkey, EventType: claims.EventDroneAttack,
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 3)}})
	tests := []struct {
		name, text, at string
		want           bool
	}{
		{"past week", "أعلنت الوزارة أن قواتها حيدت 14 عنصراً خلال الأسبوع المنصرم", "14 عنصراً", false},
		{"within two days", "وقالت الوزارة إن قواتها حيدت في غضون يومين 14 مسلحاً", "14 مسلحاً", false},
		{"within 48 hours", "تحييد 14 عنصراً من الوحدات خلال الـ48 ساعة الماضية", "14 عنصراً", false},
		{"since the operation began", "وبلغ عدد الإرهابيين المحيدين منذ انطلاق العملية 14", "14", false},
		{"in areas", "نجحت القوات في تحييد 14 إرهابياً في مناطق عمليتي الدرع والنبع", "14 إرهابياً", false},
		{"the strike itself", "أعلنت الوزارة تحييد 14 إرهابياً في الضربة على السيارة", "14 إرهابياً", true},
		{"a named day is no span", "أعلنت الوزارة تحييد 14 إرهابياً خلال يوم الجمعة قرب القرية", "14 إرهابياً", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := spannedAt(exact(claims.OutcomeKilledOrWounded, "fighters", 14), tt.text, tt.at, 0)
			com := mk(claims.Claim{ID: "m1", Article: "a2", Start: 0, Source: src("turkey_mod"), Text: tt.text,
				Actor: &turkey, EventType: claims.EventDroneAttack, Figures: []claims.Figure{f}})
			ds := Compare(Event{}, []claims.Claim{civ, com}, testK)
			got := slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == KindCasualties })
			if got != tt.want {
				t.Errorf("casualties flagged = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}

// TestSpanTallyHeadline: a headline's bare "تحييد 14 إرهابياً" repeats
// the tally its body gives over a week, and disputes no strike's civilian
// toll either. Sentences written for the test.
func TestSpanTallyHeadline(t *testing.T) {
	turkey := "turkey"
	civ := mk(claims.Claim{ID: "c1", Article: "a1", Start: 0, Source: src("local_sources"),
		Text: "قتل ثلاثة مدنيين بقصف مسيرة على سيارتهم قرب القرية", Actor: &turkey, EventType: claims.EventDroneAttack,
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 3)}})
	head := "الوزارة: تحييد 14 إرهابياً شمال البلاد"
	body := "وقالت الوزارة إن قواتها حيدت 14 إرهابياً خلال أسبوعين"
	for _, withBody := range []bool{true, false} {
		cs := []claims.Claim{civ, mk(claims.Claim{ID: "h1", Article: "a2", Start: 0, Source: src("turkey_mod"), Text: head,
			Actor: &turkey, EventType: claims.EventDroneAttack,
			Figures: []claims.Figure{spannedAt(exact(claims.OutcomeKilledOrWounded, "fighters", 14), head, "14 إرهابياً", 0)}})}
		if withBody {
			cs = append(cs, mk(claims.Claim{ID: "b1", Article: "a2", Start: 100, Source: src("turkey_mod"), Text: body,
				Actor: &turkey, EventType: claims.EventDroneAttack,
				Figures: []claims.Figure{spannedAt(exact(claims.OutcomeKilledOrWounded, "fighters", 14), body, "14 إرهابياً", 100)}}))
		}
		ds := Compare(Event{}, cs, testK)
		got := slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == KindCasualties })
		if got == withBody {
			t.Errorf("body tally given = %v: casualties flagged = %v: %+v", withBody, got, ds)
		}
	}
}
