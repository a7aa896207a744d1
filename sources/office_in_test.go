package sources

import "testing"

// TestMediaOfficeInBody: a media office before في and a named body
// ("المكتب الإعلامي في وزارة الدفاع الروسية"، "مديرية الإعلام في وزارة
// الداخلية السورية") is a mention of the body starting at the office.
// Sentences in our own words.
func TestMediaOfficeInBody(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, id, first string }{
		{"وقال المكتب الإعلامي في وزارة الدفاع الروسية صباحاً إن مسيرتين أسقطتا", "russia_mod", "المكتب"},
		{"وأعلنت مديرية الإعلام في وزارة الدفاع السورية صد هجوم", "syria_mod", "مديرية"},
	}
	for _, c := range cases {
		found := false
		for _, m := range r.Mentions(c.text, nil) {
			if m.SourceID == c.id && m.Role == "media_office" && len(m.Text) >= len(c.first) && m.Text[:len(c.first)] == c.first {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s from %q; got %+v", c.text, c.id, c.first, r.Mentions(c.text, nil))
		}
	}
}
