package sources

import "testing"

// TestLookupLanguageEdition: an outlet's language edition after its name
// ("... Arabic") names the outlet itself, and the Arabic channels and
// agencies are found under the English names their sites use.
func TestLookupLanguageEdition(t *testing.T) {
	r := mustRegistry(t)
	tests := []struct{ name, want string }{
		{"Rudaw Arabic", "rudaw"},
		{"Sputnik Arabic", "sputnik"},
		{"France 24 Arabic", "france24"},
		{"Makan (Kan Arabic)", "kan"},
		{"Hawar News Agency", "hawar"},
		{"Al-Ikhbariya Al-Suriya", "syria_state_tv"},
		{"Sky News Arabia", "skynews_arabia"},
		{"Arabic", ""},
		{"Unknown Paper Arabic", ""},
	}
	for _, tt := range tests {
		got := ""
		if s, ok := r.Lookup(tt.name); ok {
			got = s.ID
		}
		if got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestGuardedGenericSpeaker: a guarded group of people ("الأهالي"،
// "ناشطون") speaks when it opens a headline before a colon, or before a
// verb of giving an account; elsewhere it stays no source. Sentences in
// our own words.
func TestGuardedGenericSpeaker(t *testing.T) {
	r := mustRegistry(t)
	tests := []struct {
		text, want string
	}{
		{"حملة اعتقالات في القرية.. والأهالي: الموقوفون عمال", "local_sources"},
		{"ناشطون: القصف طال سوقاً شعبية\n\nنص الخبر", "local_sources"},
		{"لكن أهالي من البلدة قدموا رواية أخرى للصحيفة", "local_sources"},
		{"وروى سكان من الحي أن الدورية دخلت ليلاً", "local_sources"},
		{"وخرج الأهالي إلى الشوارع: رجالاً ونساء", ""},
		{"وعاد الأهالي إلى منازلهم بعد القصف", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, m := range r.Mentions(tt.text, nil) {
			got = m.SourceID
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q (%+v)", tt.text, got, tt.want, r.Mentions(tt.text, nil))
		}
	}
}

// TestAnonymousMediaWorker: a media worker of a body ("إعلامي في
// المستشفى") speaks for that body as an unnamed official does; after
// another head ("مسؤول إعلامي") the word only describes it; a media
// worker hurt speaks for no one. Sentences in our own words.
func TestAnonymousMediaWorker(t *testing.T) {
	r := mustRegistry(t)
	tests := []struct{ text, want string }{
		{"وذكر إعلامي في المستشفى الميداني أن الجرحى تجاوزوا العشرين", "medical_sources"},
		{"وأوضح إعلامي في الدفاع المدني أن فرق الإنقاذ انتشلت جثتين", "white_helmets"},
		{"وأصيب إعلامي في القصف على السوق", ""},
	}
	for _, tt := range tests {
		got := ""
		for _, m := range r.Mentions(tt.text, nil) {
			got = m.SourceID
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
