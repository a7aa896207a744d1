package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTollKinds: the kind of each count in a toll (killed, wounded, both)
// when several kinds stand in one sentence or headline. The count after a
// toll of the dead keeps its own wounded noun ("وما يزيد على ثمانين جريحاً",
// "وأوقعت عشرة جرحى"); a death after "إصابة ثلاثة من عناصره" befalls
// another; a person named in a headline takes its predicate ("طفل يفقد
// حياته", "امرأة شهيدة"), not the next count's noun; the verbs of the dead
// and the wounded joined before one count make one toll of both; the
// subjunctive plural kills its object ("قبل أن يقتلوا ستة"); vehicles
// counted after a toll are no casualties; "من أبناء القرية" (the sons of
// a place) are people, and a count of them joined to a toll shares it. Sentences written for the test.
func TestTollKinds(t *testing.T) {
	x, _ := extractor(t)
	type fig struct {
		outcome string
		low     int
	}
	k, w, kw := claims.OutcomeKilled, claims.OutcomeWounded, claims.OutcomeKilledOrWounded
	tests := []struct {
		text string
		want []fig
	}{
		{"ثلاثة قتلى وما يزيد على ثمانين جريحاً في تفجير سيارة مفخخة بالسوق", []fig{{k, 3}, {w, 80}}},
		{"قتلت الغارة مدنيين اثنين وأوقعت سبعة جرحى في البلدة.", []fig{{k, 2}, {w, 7}}},
		{"وقال المصدر إن القصف قتل أربعة مزارعين وخلّف تسعة جرحى.", []fig{{k, 4}, {w, 9}}},
		{"وأعلن المشفى وفاة جريحين متأثرين بإصاباتهما.", []fig{{k, 2}}},
		{"وأعلن الجيش إصابة ثلاثة من جنوده في كمين على الطريق، قتل فيه أحد المهاجمين.", []fig{{w, 3}, {k, 1}}},
		{"وقال الطبيب إن خمسة من الجرحى توفوا لاحقاً.", []fig{{k, 5}}},
		{"شاب يفقد حياته وأربعة جرحى بانفجار لغم في ريف المدينة", []fig{{k, 1}, {w, 4}}},
		{"طفلة شهيدة وثلاثة جرحى بقصف مدفعي على القرية", []fig{{k, 1}, {w, 3}}},
		{"رجل يلقى حتفه بانفجار عبوة على الطريق", []fig{{k, 1}}},
		{"قُتل وجُرح العشرات من عناصر الفصيل بغارة على المعسكر.", []fig{{kw, 20}}},
		{"استشهد وأصيب 9 مدنيين في القصف على الحي.", []fig{{kw, 9}}},
		{"وأفاد الأهالي بأن شاباً قُتل وجُرح ثلاثة آخرون في الاشتباك.", []fig{{k, 1}, {w, 3}}},
		{"وذكرت الشرطة أن امرأتين استشهدتا وأصيب أربعة مدنيين في القصف.", []fig{{k, 2}, {w, 4}}},
		{"وقال شاهد إن المسلحين أطلقوا النار قبل أن يقتلوا خمسة رعاة.", []fig{{k, 5}}},
		{"وقال المصدر إن الرد أوقع قتيلين ودمّر عدداً من آلياتهم.", []fig{{k, 2}}},
		{"وقالت مصادر إن الكمين أوقع ستة قتلى من عناصر الدورية وثلاثة من أبناء المزرعة.", []fig{{k, 6}, {k, 3}}},
		{"ودمرت الطائرات عدداً من الآليات قبل أن تقتل ثلاثة مسلحين.", []fig{{k, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []fig
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-05-01"}) {
				for _, f := range c.Figures {
					if !f.Subset {
						got = append(got, fig{f.Outcome, f.Low})
					}
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("figures %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("figure %d = %v, want %v (all %v)", i, got[i], tt.want[i], got)
				}
			}
		})
	}
}

// TestOthersShareSide: "ثلاثة عسكريين آخرون" after a toll of soldiers are
// more of the same side; the bare noun "عسكريين" alone names no side.
// Sentences written for the test.
func TestOthersShareSide(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text  string
		group string
	}{
		{"قُتل جنديان روسيان، وجُرح خمسة عسكريين آخرون في الانفجار.", "pro_government"},
		{"قُتل اثنان من عناصر الأسايش وأصيب ثلاثة عناصر آخرون في الهجوم.", "sdf"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []claims.Figure
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-05-01"}) {
				got = append(got, c.Figures...)
			}
			if len(got) != 2 || got[0].Group != tt.group || got[1].Group != tt.group {
				t.Errorf("figures %+v, want two of group %s", got, tt.group)
			}
		})
	}
}
