package sources

import "testing"

// TestBodyOfficeSpeaksForBody: a body's organ before لـ and the body
// ("القيادة العامة لـ"، "المديرية العامة لـ"، "الدائرة الإعلامية لـ"،
// "المكتب السياسي لـ"), or a member of it, is a mention of the body, with
// the mention starting at the organ; the army named by a bare common noun
// is left to the article's side. Sentences in our own words.
func TestBodyOfficeSpeaksForBody(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, id, role, first string
	}{
		{"وقالت القيادة العامة لقوى الأمن الداخلي إن دورية تعرضت لكمين", "asayish", "body_office", "القيادة"},
		{"وأعلنت المديرية العامة للدفاع المدني السوري انتشال جثتين", "white_helmets", "body_office", "المديرية"},
		{"وذكرت الدائرة الإعلامية لحزب الله أن اثنين من عناصره قتلا", "hezbollah", "media_office", "الدائرة"},
		{"وقال المكتب الصحفي لوزارة الدفاع الروسية إن الدفاعات أسقطت مسيرتين", "russia_mod", "media_office", "المكتب"},
		{"وشدد عضو القيادة العامة لقوات سوريا الديمقراطية على أن الهجوم صد", "sdf", "member", "عضو"},
		{"وقال عضو المكتب السياسي لهيئة تحرير الشام إن الغارة أصابت سوقا", "hts", "member", "عضو"},
	}
	for _, c := range cases {
		found := false
		for _, m := range r.Mentions(c.text, nil) {
			if m.SourceID == c.id && m.Role == c.role && len(m.Text) >= len(c.first) && m.Text[:len(c.first)] == c.first {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s (%s) from %q; got %+v", c.text, c.id, c.role, c.first, r.Mentions(c.text, nil))
		}
	}
	for _, text := range []string{"وقالت القيادة العامة للجيش إن الطائرات عادت", "بثت القيادة العامة للقوات المسلحة بيانا"} {
		for _, m := range r.Mentions(text, nil) {
			if m.Role == "body_office" {
				t.Errorf("%s: the bare army is not a named body: %+v", text, m)
			}
		}
	}
}
