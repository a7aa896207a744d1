package claims_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSinceCampaign: an ongoing deed told with an imperfect verb and "منذ"
// plus the start of a long period is a campaign: its claim keeps a day
// only for its own article (date:campaign). A superlative ("الأعنف منذ")
// compares one deed with the period, and a dated past deed is no campaign.
// Sentences written for the test.
func TestSinceCampaign(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"وتشن الطائرات الحربية الروسية منذ مطلع الشهر غارات على ريف إدلب الجنوبي.", true},
		{"ويواصل الجيش التركي منذ أسابيع قصف القرى المحيطة بمدينة تل رفعت.", true},
		{"وتتعرض أحياء درعا البلد منذ أواخر حزيران لقصف مدفعي متواصل.", true},
		{"وتنفذ طائرات التحالف منذ منتصف الصيف ضربات على مواقع التنظيم في دير الزور.", true},
		{"وقصفت الطائرات الحربية صباح اليوم بلدة كفرنبل بريف إدلب.", false},
		{"ويعد القصف على البلدة الأعنف منذ أشهر بحسب ناشطين.", false},
		{"وقتل 4 مدنيين منذ صباح اليوم بقصف مدفعي على مدينة أريحا.", false},
		// a month or a turning point opens the period, a verb of
		// stepping up tells the campaign, and the subject may be long
		{"وتكثف الطائرات المسيرة منذ تشرين الثاني الماضي هجماتها على القرى الحدودية.", true},
		{"ويقصف الجيش منذ سقوط المدينة أطرافها الشمالية بالمدفعية.", true},
		{"وتواصل الطائرات منذ كانون الثاني الماضي غاراتها على المعابر.", true},
		{"وتشهد البلدات الممتدة بمحاذاة نهر العاصي في سهل الغاب الشمالي منذ أسابيع قصفاً متبادلاً.", true},
		{"ويعد الهجوم الأعنف على المدينة منذ آذار الماضي بحسب مصادر طبية.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-05-01"})
			got := false
			for _, c := range cs {
				if slices.Contains(c.Rules, "date:campaign") {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%s: campaign %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestOnePersonTargeted: a deed aimed at one person with no means named,
// told by a generic attack noun in an article whose event is still
// untyped, is a ground attack (a shooting or an assassination). Sentences
// written for the test.
func TestOnePersonTargeted(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string
	}{
		{"مقتل مواطن في بلدة الكرك الشرقي.\n\nوقال مصدر محلي إن الاعتداء الذي استهدف فجر اليوم شاباً من أبناء البلدة أدى إلى مقتله.", claims.EventGroundAttack},
		{"مقتل مواطن في بلدة الكرك الشرقي.\n\nوقال مصدر محلي إن الاعتداء الذي استهدف عنصراً سابقاً في الفصائل أدى إلى مقتله.", claims.EventGroundAttack},
		{"مقتل مواطن في بلدة الكرك الشرقي.\n\nوقال مصدر محلي إن الاعتداء استهدف منازل المدنيين في البلدة.", claims.EventOther},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-05-01"})
			var got string
			for _, c := range cs {
				if strings.Contains(c.Text, "الاعتداء") {
					got = c.EventType
				}
			}
			if got != tt.want {
				t.Errorf("%s: type %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
