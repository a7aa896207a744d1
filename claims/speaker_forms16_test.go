package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSpeakerForms16 checks, on sentences written for the test, who is
// credited with the claim that holds a given phrase: an anaphor subject
// after a particle of contrast, a saying ascribed to a speaker with "أن"
// and no noun of saying, a bare interior ministry or security source of
// the Syrian state in a story set in Syria, the medical office of a town,
// a field official of a body, a town's coordination committee named back,
// a body's organ named back without its body, and the topic of "أما X
// فاكتفى بالقول".
func TestSpeakerForms16(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, outlet, published, text, phrase, want, via string
	}{
		{"anaphor after غير أن", "", "2021-05-01",
			"هاجم مقاتلو هيئة تحرير الشام قرية في ريف حلب. وأفاد مصدر طبي بأن امرأة أصيبت. غير أن الهيئة نفت أن تكون قواتها قد قصفت البيوت.",
			"نفت", "hts", ""},
		{"quoted anaphor after لكن, statement carried by its agency", "", "2021-05-01",
			"هاجم مقاتلو هيئة تحرير الشام قرية في ريف حلب. وأفاد مصدر طبي بأن امرأة أصيبت. لكن \"الهيئة\" نفت في بيان بثّته وكالة \"إباء\" أن تكون قواتها قد قصفت البيوت.",
			"نفت", "hts", "ebaa"},
		{"army named back after إلا أن", "", "2021-05-01",
			"قصف الجيش الإسرائيلي موقعاً قرب الحدود. وقال المرصد السوري إن ثلاثة قتلوا. إلا أن الجيش نفى أن تكون نيرانه أصابت مدنيين.",
			"نفى", "idf", ""},
		{"saying ascribed with أن", "", "2021-05-01",
			"ونسبت صحيفة الوطن إلى مصدر عسكري أن الطائرات دمرت مخزناً للذخيرة شرق المدينة.",
			"دمرت", "syrian_army", "alwatan"},
		{"bare interior ministry in an Iranian-side medium, story in Syria", "almayadeen", "2025-10-24",
			"اندلعت اشتباكات في حي بمدينة إدلب، وامتدت إلى أطراف إدلب وبلدة حارم. لكن مسؤولاً في وزارة الداخلية نفى إصابة مدنيين بأذى.",
			"نفى", "syria_interior", ""},
		{"security source in a wire after the fall of Assad", "france24", "2025-10-24",
			"اندلعت اشتباكات في حي بمدينة إدلب، وامتدت إلى أطراف إدلب وبلدة حارم. وأكد مصدر أمني أن عنصرين أصيبا بجروح.",
			"عنصرين", "syria_interior", ""},
		{"medical office of a town", "orient", "2015-10-30",
			"قتل 30 مدنياً في قصف على سوق المدينة، بحسب حصيلة أعلنها المكتب الطبي في البلدة مساء.",
			"30", "medical_sources", ""},
		{"field official of the civil defence", "orient", "2015-10-30",
			"سقطت صواريخ على حي في البلدة. وقال مسؤول ميداني من الدفاع المدني إن فرقه انتشلت جثتين.",
			"جثتين", "white_helmets", ""},
		{"coordination committee named back", "orient", "2015-05-28",
			"قتل ثمانية مدنيين في غارات على الحي، وفق تنسيقية البلدة. وذكرت التنسيقية أن القنابل سقطت قرب المدرسة.",
			"المدرسة", "local_sources", ""},
		{"military police named back without its force", "anadolu", "2018-11-12",
			"انفجرت دراجة مفخخة أمام حاجز تديره الشرطة العسكرية لـ\"الجيش الوطني\". وقالت قيادة الشرطة العسكرية بالمدينة إنها اعتقلت رجلين.",
			"اعتقلت", "sna", ""},
		{"topic then فاكتفى بالقول", "", "2021-05-01",
			"سقطت قذائف على الحي. وقال صحفي من البلدة إن القذائف جاءت من الغرب. أما المرصد السوري فاكتفى بالقول إن مصدر القذائف مجهول.",
			"مجهول", "sohr", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: tt.published, OutletID: tt.outlet})
			c := claimWith(t, cs, tt.phrase)
			if c.Source.ID != tt.want {
				t.Errorf("source %s, want %s (%s)", c.Source.ID, tt.want, c.Text)
			}
			if tt.via != "" && (len(c.Via) == 0 || c.Via[0].ID != tt.via) {
				t.Errorf("via %+v, want %s", c.Via, tt.via)
			}
		})
	}
}

// TestBlamePhraseBeforeParticiple checks that laying the blame on a party
// ("وجّه أصابع الاتهام إلى ...") keeps its party as the doer when a
// participle clause follows after a comma.
func TestBlamePhraseBeforeParticiple(t *testing.T) {
	x, _ := extractor(t)
	text := "قتل ثلاثة رجال برصاص مسلحين قرب البلدة. ووجّه المرصد السوري أصابع الاتهام إلى قوات النظام، مشيراً إلى أن الدورية كانت قريبة من المكان."
	cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2021-05-01"})
	c := claimWith(t, cs, "أصابع الاتهام")
	if c.Source.ID != "sohr" || c.Actor == nil || *c.Actor != "syria_gov" {
		t.Errorf("got source %s actor %v, want sohr blaming syria_gov (%s)", c.Source.ID, c.Actor, c.Text)
	}
}

// TestStateMediaCountsOwnSoldiers checks that soldiers of no side told
// ("قتيلان من العسكريين") counted by a state's own agency are that
// state's soldiers, while the same words in a monitor's mouth stay of no
// side.
func TestStateMediaCountsOwnSoldiers(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت وكالة سانا إن القصف أوقع قتيلين من العسكريين قرب المطار.", "syrian_army"},
		{"وقال المرصد السوري إن القصف أوقع قتيلين من العسكريين قرب المطار.", "unknown"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-11-18", OutletID: "alarabiya"})
		c := claimWith(t, cs, "العسكريين")
		if len(c.Figures) == 0 {
			t.Fatalf("no figure in %s", c.Text)
		}
		if g := c.Figures[0].Group; g != tt.want {
			t.Errorf("%s: group %s, want %s", tt.text, g, tt.want)
		}
	}
}
