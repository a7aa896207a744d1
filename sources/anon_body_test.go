package sources

import "testing"

// TestAnonymousBodyOfSide: an unnamed official tied to a generic state
// body that only a nationality adjective names ("في الوزارة الروسية")
// belongs to that side's body for his qualifier; a local official belongs
// to the body after his tie, or with none to the local sources. Sentences
// in our own words.
func TestAnonymousBodyOfSide(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, id, mention string }{
		{"ونقلت الصحيفة عن مصدر عسكري في الوزارة الروسية أن مقاتلاتها لم تقلع", "russia_mod", "مصدر عسكري في الوزارة الروسية"},
		{"وقال مسؤول في الوزارة الأمريكية إن القصف أصاب مخزناً للذخيرة", "us_government", "مسؤول في الوزارة الأمريكية"},
		{"وأكد مصدر في السفارة الروسية أن البعثة لم تتلق أي إخطار", "russia_mfa", "مصدر في السفارة الروسية"},
		{"وقال ضابط في القوات العراقية إن الطائرات المسيرة عبرت الحدود ليلاً", "iraq_army", "ضابط في القوات العراقية"},
		{"وبيّن مسؤول محلي لدى الدفاع المدني أن الطائرات عادت إلى المكان", "white_helmets", "مسؤول محلي لدى الدفاع المدني"},
		{"وقال مسؤول محلي في المجلس المحلي إن القذائف سقطت قرب المدرسة", "local_sources", "مسؤول محلي في المجلس المحلي"},
		{"وحمّل مسؤولون محليون القوات الحكومية مسؤولية القصف", "local_sources", "مسؤولون محليون"},
	}
	for _, c := range cases {
		found := false
		for _, m := range r.Mentions(c.text, nil) {
			if m.SourceID == c.id && m.Anonymous && m.Text == c.mention {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s %q; got %+v", c.text, c.id, c.mention, r.Mentions(c.text, nil))
		}
	}
}
