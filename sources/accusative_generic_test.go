package sources

import "testing"

// TestAccusativeGeneric: a generic source as the subject of إن، لكن or
// غير أن takes the accusative, with or without the tanween written
// ("لكن مصدراً طبياً قال"); a proper name with tanween is still no source.
// Sentences in our own words.
func TestAccusativeGeneric(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, id string }{
		{"لكن مصدراً طبياً في مشفى البلدة قال إن الجرحى ثمانية", "medical_sources"},
		{"غير أن مصدرا طبيا أكد أن حالة اثنين منهم حرجة", "medical_sources"},
		{"إلا أن مصدراً محلياً أفاد بأن القذائف سقطت على السوق", "local_sources"},
		{"ويبدو أن مصدراً مطلعاً سرب الخبر قبل إعلانه", "informed_sources"},
		{"لكن مصدراً ميدانياً نفى وصول التعزيزات", "local_sources"},
		{"غير أن ناشطين قالوا إن القصف تواصل حتى الفجر", "local_sources"},
		// a verb of guessing, in the plural after its subject
		{"غير أن ناشطين يرجّحون أن الطائرة روسية", "local_sources"},
		{"وناشطون رجّحوا أن تكون القذيفة من الجبهة", "local_sources"},
		{"لكن سكاناً في الحي قالوا إن الطائرة حلّقت مرتين", "local_sources"},
		{"غير أن صحفيين وسكاناً يرجّحون أن الطائرة روسية", "local_sources"},
	}
	for _, c := range cases {
		found := false
		for _, m := range r.Mentions(c.text, nil) {
			found = found || m.SourceID == c.id
		}
		if !found {
			t.Errorf("%s: want %s; got %+v", c.text, c.id, r.Mentions(c.text, nil))
		}
	}
}
