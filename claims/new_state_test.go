package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNewStateDoers: the doers of the reports of 2025, after the fall of
// the Assad government. The General Security, its directorate, the
// Military Operations Administration and the Defence ministry's units are
// the state's forces when they act; the remnants of the fallen government
// ("خلية تابعة للنظام السابق"، "بقايا النظام البائد") are an unnamed doer,
// not the state, although their name holds "النظام"; the General
// Security's checkpoints and patrols, named with the genitive lam or in
// construct, are what was hit, and its members counted after a partitive
// ("من عناصر الدفاع والأمن العام") are the victims. "قوى الأمن الداخلي"
// is the state's unless the article names the SDF or its Asayish. Each
// line is "source actor target". Sentences written for the test.
func TestNewStateDoers(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		// The state's forces acting.
		{"وقالت مصادر محلية إن قوات الأمن العام داهمت القرية واعتقلت عشرين شاباً.",
			[]string{"local_sources syria_gov village"}},
		{"وأفاد المرصد بأن عناصر من الأمن العام قتلوا ثلاثة مدنيين في الحي.",
			[]string{"sohr syria_gov -"}},
		{"نفذت إدارة الأمن العام حملة دهم في قرى ريف حماة الشمالي.",
			[]string{"outlet syria_gov -"}},
		{"وذكر المرصد أن وحدات وزارة الدفاع قصفت البلدة بالمدفعية الثقيلة.",
			[]string{"sohr syria_gov town"}},
		// The SDF's internal security, where the article names the SDF.
		{"وقالت قسد إن قوى الأمن الداخلي أطلقت النار على مهربين قرب الحدود.",
			[]string{"sdf sdf smugglers"}},
		// The remnants of the fallen government.
		{"وقال مصدر أمني إن خلية تابعة للنظام البائد هاجمت حاجزاً قرب البلدة.",
			[]string{"informed_sources unknown checkpoint"}},
		{"وقال مصدر أمني إن خلية تابعة للنظام السابق استهدفت دورية للأمن العام.",
			[]string{"informed_sources unknown patrol of General Security forces"}},
		// The General Security hit, or counted among the dead.
		{"وقالت الداخلية إن مجموعة مسلحة هاجمت مقراً لإدارة الأمن العام في المدينة.",
			[]string{"syria_interior unknown headquarters of General Security forces"}},
		{"وبحسب المرصد، قتل خمسة من مقاتلي وزارة الدفاع والأمن العام جراء القصف الجوي على ريف درعا.",
			[]string{"sohr - -"}},
		// A demonstrative points back at the force named before, before
		// or after the verb; the Kurdish outlets' "حكومة دمشق".
		{"وأصيب مدنيان بقصف نفذته فصائل تابعة لوزارة الدفاع في حكومة دمشق استهدف حياً في حلب.\n\nوقالت قسد إن هذه الفصائل هاجمت نقطة لقواتنا.",
			[]string{"outlet syria_gov residential quarter", "sdf syria_gov post of forces"}},
		{"وأصيب مدنيان بقصف نفذته فصائل تابعة لوزارة الدفاع في حكومة دمشق استهدف حياً في حلب.\n\nوقالت قسد إن التوتر بدأ حين هاجمت هذه الفصائل نقطة لقواتنا.",
			[]string{"outlet syria_gov residential quarter", "sdf syria_gov post of forces"}},
		{"وقال المرصد إن الفصائل الحكومية قصفت البلدة بالدبابات.",
			[]string{"sohr syria_gov town"}},
		{"وأكد مسؤول في إدارة الأمن العام أن مسلحين شنوا هجوماً على حواجز ونقاط الأمن العام ودورياته داخل البلدة.",
			[]string{"syria_interior unknown checkpoints and posts"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		a, tg := "-", "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		if c.Target != nil {
			tg = *c.Target
		}
		return c.Source.ID + " " + a + " " + tg
	})
}

// TestInternalSecurityAfterFall: "قوى الأمن الداخلي" in an article of 2025
// that names no SDF body is the Syrian Interior's; before December 2024, or
// beside the SDF, it is the SDF's Asayish. Sentences written for the test.
func TestInternalSecurityAfterFall(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, published, want string }{
		{"وقال ناشطون إن قوى الأمن الداخلي أطلقت النار على المحتجين فقتلت اثنين منهم.", "2025-06-01", "syria_gov"},
		{"وقال ناشطون إن قوى الأمن الداخلي أطلقت النار على المحتجين فقتلت اثنين منهم.", "2023-06-01", "sdf"},
		{"وقال مسؤول في قسد إن قوى الأمن الداخلي أطلقت النار على مهربين فقتلت اثنين منهم.", "2025-06-01", "sdf"},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: tt.published}) {
			if c.Actor != nil {
				got = append(got, *c.Actor)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s (%s): actors %v, want [%s]", tt.text, tt.published, got, tt.want)
		}
	}
}
