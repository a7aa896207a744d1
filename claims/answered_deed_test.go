package claims_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAnswerNamesDeedAnswered: a party that answers a deed it names after
// على with an event word under ب tells of its answer, a different event
// ("ردت الوحدات على الهجوم بقصف مواقعهم"); and a response cue whose deed
// is one definite word closed by a comma and followed by a فـ-verb keeps
// the clause after it in the answer ("رداً على الهجوم، فدمر مقراً").
func TestAnswerNamesDeedAnswered(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       bool // the claim holding the casualty word is a response
	}{
		{"answer verb, deed, ب-event",
			"وقال مصدر ميداني إن كتائب المدفعية ردت على الهجوم بقصف مواقع المسلحين شرق البلدة، فقتل عدد منهم.", true},
		{"answer verb, subject, deed and time, ب-event",
			"ذكر مصدر عسكري أن رد قوات الجيش على الاعتداء ليلة أمس باستهداف أوكار المهاجمين أدى إلى مقتل عدد منهم.", true},
		{"bare deed, comma, فـ-verb",
			"أفاد بيان للجيش أن المدفعية قصفت تجمعات المسلحين قرب القرية رداً على القصف، فقتلت عدداً منهم.", true},
		{"the masdar introduces the deed answered",
			"قتل خمسة جنود في هجوم بطائرات مسيرة على موقعهم الأحد.", false},
		{"an answer to questions is no answer in kind",
			"ورد المتحدث على أسئلة الصحفيين بشأن الهجوم الذي قتل فيه عشرة مدنيين.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-10"})
			found := false
			for _, c := range cs {
				t.Logf("%q response=%v figures=%v rules=%v", c.Text, c.Response, c.Figures, c.Rules)
				if len(c.Figures) > 0 {
					found = true
					if c.Response != tt.want {
						t.Errorf("%q: response=%v, want %v", c.Text, c.Response, tt.want)
					}
					if c.Response && slices.Contains(c.Rules, "date:recalled_reply") {
						t.Errorf("%q: the response is dated as the deed it answers (rules %v)", c.Text, c.Rules)
					}
				}
			}
			if !found {
				t.Errorf("no claim with figures in %q", tt.text)
			}
		})
	}
}

// TestRegimeAuxiliariesOwnTarget: the regime's auxiliaries named after a
// target with ل ("تجمعاً للشبيحة"، "مقراً للجان الشعبية"، "حاجزاً للدفاع
// الوطني") say whose the target was: armed men, so a military target.
func TestRegimeAuxiliariesOwnTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال الفصيل في بيان إن عبوة ناسفة استهدفت تجمعاً للشبيحة في الحي صباح الاثنين.", "shabiha militia"},
		{"أعلنت الكتيبة أنها قصفت مقراً للجان الشعبية في الحي بقذائف الهاون.", "popular committees militia"},
		{"قالت الجبهة إن عناصرها هاجموا حاجزاً للدفاع الوطني عند مدخل القرية.", "National Defence militia"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-10"})
			for _, c := range cs {
				if c.Target != nil && strings.HasSuffix(*c.Target, " of "+tt.want) {
					return
				}
				t.Logf("%q target=%v rules=%v", c.Text, c.Target, c.Rules)
			}
			t.Errorf("no target owned by %s in %q", tt.want, tt.text)
		})
	}
}

// TestDoersWeaponIsNoTarget: armed men named as the owners of the
// weapon or the hands that killed ("برصاص مسلحين"، "بنيران المسلحين"،
// "على يد عناصر مسلحة") are the doers, not what was struck.
func TestDoersWeaponIsNoTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []string{
		"لقي ثلاثة مزارعين حتفهم برصاص مسلحين قرب بلدتهم مساء الأحد.",
		"قتل شاب بنيران المسلحين عند أطراف الحي صباح اليوم.",
		"أفاد ناشطون بمقتل امرأتين على يد مسلحين اقتحموا المنزل ليلاً.",
	}
	for _, text := range tests {
		t.Run(text[:20], func(t *testing.T) {
			for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-10"}) {
				t.Logf("%q target=%v", c.Text, c.Target)
				if c.Target != nil && strings.Contains(*c.Target, "militants") {
					t.Errorf("%q: the doers read as the target %q", c.Text, *c.Target)
				}
			}
		})
	}
}

// TestOrganisationNameIsNoTarget: the genitive of a party's or union's
// name ("حزب العمال"، "اتحاد الطلبة") names the body, not workers or
// students struck.
func TestOrganisationNameIsNoTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []string{
		"قالت أنقرة إن مسيرة قصفت مواقع لقيادات في حزب العمال الكردستاني قرب الحدود.",
		"وتلاحق الطائرات المسيرة منذ أشهر قياديين في قسد وحزب العمال بعد هجمات متكررة.",
	}
	for _, text := range tests {
		t.Run(text[:20], func(t *testing.T) {
			for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-10"}) {
				if c.Target != nil {
					t.Logf("%q target=%q", c.Text, *c.Target)
				}
				if c.Target != nil && strings.Contains(*c.Target, "workers") {
					t.Errorf("%q: a party's name read as workers struck: %q", c.Text, *c.Target)
				}
			}
		})
	}
}

// TestSurroundingDamageIsNoTarget: what stood around the site struck
// ("بالمنازل المحيطة بالمقر"، "بالمحال المجاورة للموقع") took damage beside
// the strike; it is not what the strike was aimed at.
func TestSurroundingDamageIsNoTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []string{
		"وقال المجلس إن القصف ألحق أضراراً بالمنازل المحيطة بالمقر العسكري.",
		"وأضاف المصدر أن الضربة تسببت بأضرار في المحال التجارية المجاورة للموقع.",
	}
	for _, text := range tests {
		t.Run(text[:20], func(t *testing.T) {
			for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-10"}) {
				if c.Target != nil {
					t.Logf("%q target=%q", c.Text, *c.Target)
					if strings.Contains(*c.Target, "home") || strings.Contains(*c.Target, "shop") {
						t.Errorf("%q: damage around the site read as the target %q", c.Text, *c.Target)
					}
				}
			}
		})
	}
}
