package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRelayAttribution checks who speaks and who relays when a medium
// is named beside an unnamed or official speaker: an aside credit to a
// medium ("بحسب ما بثته الوكالة") keeps the subject as the speaker; an
// unnamed official source relayed by a state's own agency is that state's;
// "نسبت X إلى Y قوله" makes Y the speaker and X the relay.
func TestRelayAttribution(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, outlet, text, want, via string }{
		{"aside after military source", "rt",
			"وأوضح مصدر عسكري للجبهة، بحسب ما بثته سانا، أمس أن قوات الجيش دمرت مقرا للمسلحين شرقي المدينة.", "syrian_army", "sana"},
		{"aside with according to", "rt",
			"وقال مصدر عسكري، حسبما أوردت سانا، إن الطيران استهدف تجمعات للمسلحين في الريف الشمالي.", "syrian_army", "sana"},
		{"aside after police source", "aljazeera",
			"وذكر مصدر في الشرطة، وفق ما نشرته سانا، أن لغما أرضيا انفجر في حي سكني.", "syria_interior", "sana"},
		{"medium subject keeps inner source", "aljazeera",
			"وقالت سانا اليوم، نقلا عن مصدر عسكري ميداني، إن الطيران دمر مستودعا للذخيرة قرب البلدة.", "syrian_army", "sana"},
		{"official source through state agency", "rt",
			"ونقلت سانا عن مصدر رسمي أن قذائف سقطت على حي سكني وقتلت مدنيين اثنين.", "syria_government", "sana"},
		{"security source through state agency", "aljazeera",
			"ونقلت وكالة سانا عن مصدر أمني أن عبوة انفجرت قرب حاجز وقتلت ثلاثة عناصر.", "syria_interior", "sana"},
		{"ascribed saying to an official", "aljazeera",
			"ونسبت وكالة رويترز إلى مسؤول أمريكي قوله إن الطائرات قصفت مخزنا للأسلحة.", "us_government", "reuters"},
		{"ascribed saying to a police source", "aljazeera",
			"ونسبت سانا إلى مصدر في الشرطة قوله إن انفجار عبوة أدى إلى مقتل ثلاثة مدنيين.", "syria_interior", "sana"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-05-01", OutletID: tt.outlet})
			if len(cs) == 0 {
				t.Fatalf("no claim")
			}
			c := cs[0]
			if c.Source.ID != tt.want || len(c.Via) == 0 || c.Via[0].ID != tt.via {
				t.Errorf("got source %s via %+v, want %s via %s", c.Source.ID, c.Via, tt.want, tt.via)
			}
		})
	}
}

// TestAscribedDeedStaysAccusation checks that "نسب" ascribing a deed (no
// saying noun after it) is still an accusation, not a relay.
func TestAscribedDeedStaysAccusation(t *testing.T) {
	x, _ := extractor(t)
	cs := x.Extract(claims.Article{ID: "t", Text: "ونسبت الحكومة التفجير إلى تنظيم داعش.", Published: "2021-05-01", OutletID: "aljazeera"})
	for _, c := range cs {
		if len(c.Via) > 0 {
			t.Errorf("got a relay %+v in an accusation", c.Via)
		}
	}
}
