package sources

import "testing"

// TestSeatAfterBodyName: a country after a state body's name with a
// proclitic ("بسوريا", "بتركيا") says where the body sits; it is not the
// nationality adjective of another side that makes the name another
// state's body. The agreeing adjective still does. Sentences in our own
// words.
func TestSeatAfterBodyName(t *testing.T) {
	assertFirstMention(t, []struct{ text, want string }{
		{"ونفى مركز المصالحة الروسي بسوريا أي قصف للمشفى", "russia_reconciliation"},
		{"وقالت وزارة الدفاع الروسية بسوريا إن الطائرات عادت", "russia_mod"},
		{"وذكر مركز المصالحة الروسي بتركيا أن الهدنة صامدة", "russia_reconciliation"},
		{"وقالت وزارة الصحة العراقية إن المصابين نقلوا", ""},
	})
}

// assertFirstMention checks the source of the first mention the registry
// finds in each text ("" for none).
func assertFirstMention(t *testing.T, cases []struct{ text, want string }) {
	t.Helper()
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got := ""
		if ms := r.Mentions(c.text, nil); len(ms) > 0 {
			got = ms[0].SourceID
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}
