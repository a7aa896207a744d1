package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOfficialOfSide checks the body an official speaks for: a ministry
// qualified by "في الحكومة X" is that state's ministry; an anonymous US
// defence official speaks for the US government, a US military official
// for the US military, the Pentagon's spokesman for the Pentagon.
func TestOfficialOfSide(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, text, want string }{
		{"interior of the Syrian government",
			"وأعلنت وزارة الداخلية لدى الحكومة السورية أن لغما انفجر بحافلة ركاب وقتل أربعة مدنيين.", "syria_interior"},
		{"defence of the Syrian government",
			"وقالت وزارة الدفاع لدى الحكومة السورية إن وحداتها أسقطت طائرتين مسيرتين فوق الريف الغربي.", "syria_mod"},
		{"interior of the Turkish government",
			"وأفادت وزارة الداخلية في الحكومة التركية بأن سيارة ملغومة انفجرت قرب سوق البلدة وقتلت مدنيين.", "turkey_interior"},
		{"anonymous defence official",
			"وقال مسؤول دفاعي أمريكي إن المقاتلات ضربت مخزنين للذخيرة تستخدمهما ميليشيات.", "us_government"},
		{"anonymous defence officials",
			"وأوضح مسؤولون دفاعيون أميركيون أن المسيرات أصابت مستودعا قرب الحدود.", "us_government"},
		{"anonymous military official",
			"وأشار مسؤول عسكري أمريكي إلى أن الضربة قتلت أربعة مسلحين قرب القاعدة.", "us_military"},
		{"pentagon spokesman",
			"وقال المتحدث باسم البنتاغون إن الضربات استهدفت منشآت تخزين تابعة لفصائل موالية لإيران.", "pentagon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-05-01", OutletID: "aljazeera"})
			if len(cs) == 0 || cs[0].Source.ID != tt.want {
				t.Errorf("got %+v, want source %s", cs, tt.want)
			}
		})
	}
}
