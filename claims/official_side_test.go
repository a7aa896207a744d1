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
			"وصرح المتحدث باسم البنتاغون بأن الضربات استهدفت منشآت تخزين تابعة لفصائل موالية لإيران.", "pentagon"},
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

// TestSecuritySourceOfAlliedMedia checks that an unnamed security source or
// official in a Russian or Iranian medium reporting from Syria is the
// Syrian state's security body, stays an informed source in an outlet of
// no side, and is the Turkish state's in a Turkish agency.
func TestSecuritySourceOfAlliedMedia(t *testing.T) {
	x, _ := extractor(t)
	text := "وأوضح مسؤول أمني أن لغما انفجر بسيارة قرب مدخل بلدة الصنمين في ريف درعا."
	tests := []struct{ outlet, want string }{
		{"sputnik", "syria_interior"},
		{"tasnim", "syria_interior"},
		{"aljazeera", "informed_sources"},
		{"anadolu", "turkey_government"},
	}
	for _, tt := range tests {
		t.Run(tt.outlet, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2019-05-01", OutletID: tt.outlet})
			if len(cs) == 0 || cs[0].Source.ID != tt.want {
				t.Errorf("got %+v, want source %s", cs, tt.want)
			}
		})
	}
}

// TestMinistryOfGovernmentBeforeVerb checks a ministry qualified by its
// government as the subject before the verb: "وكانت وزارة الداخلية لدى
// الحكومة X قد اتهمت ...".
func TestMinistryOfGovernmentBeforeVerb(t *testing.T) {
	x, _ := extractor(t)
	text := "وكانت وزارة الداخلية لدى الحكومة السورية قد اتهمت خلية تابعة لتنظيم داعش بزرع العبوة."
	cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2025-05-01", OutletID: "aljazeera"})
	if len(cs) == 0 || cs[0].Source.ID != "syria_interior" {
		t.Errorf("got %+v, want source syria_interior", cs)
	}
}
