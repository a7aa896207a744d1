package sources

import (
	"slices"
	"testing"
)

// TestHeadBeforeAdjective: a generic media head takes the medium's name
// even when an official or a nationality adjective stands between them
// ("الوكالة الرسمية «سانا»"); without a head, a guarded name in the same
// place is still no source. Sentences in our own words.
func TestHeadBeforeAdjective(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string // source id of a mention, "" for none of the listed ids
	}{
		{"وأوردت الوكالة الرسمية «سانا» رواية أهالي القرية عن انسحاب المسلحين", "sana"},
		{"وكتبت الوكالة الرسمية سانا أن القصف استمر ساعة", "sana"},
		{"وبثت القناة الرسمية «الإخبارية السورية» صوراً للدمار", "syria_state_tv"},
		{"وذكرت الوكالة التركية الرسمية «الأناضول» أن الطائرات عادت إلى قواعدها", "anadolu"},
		// the head alone, as before
		{"ذكرت وكالة «سانا» أن الطريق أغلق بعد الظهر", "sana"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range r.Mentions(tt.text, nil) {
			got = append(got, m.SourceID)
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: want %s among %v", tt.text, tt.want, got)
		}
	}
}

// TestMediaAdjectiveNeedsHead: an adjective alone before a guarded name
// does not make it a medium's name: "الرسمية" does not stand for a head.
func TestMediaAdjectiveNeedsHead(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"زار الوفد المدارس الرسمية الميادين صباحاً",
	} {
		for _, m := range r.Mentions(text, nil) {
			if m.SourceID == "almayadeen" {
				t.Errorf("%s: took %q for Al Mayadeen", text, m.Text)
			}
		}
	}
}

// TestSDFFoundingFaction: Jaysh al-Thuwar, a faction of the SDF, speaks
// for the SDF, by its name or through an unnamed commander of it.
func TestSDFFoundingFaction(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"وأعلن جيش الثوار أن مقاتليه استعادوا التلة",
		"وذكر مسؤول في جيش الثوار لوكالة محلية أن الغارات طالت مزارع",
	} {
		var got []string
		for _, m := range r.Mentions(text, nil) {
			got = append(got, m.SourceID)
		}
		if !slices.Contains(got, "sdf") {
			t.Errorf("%s: want sdf among %v", text, got)
		}
	}
}

// TestArmedOppositionInstitution: an unnamed source or commander in the
// armed opposition speaks for the rebel factions (fsa); the bare
// "المعارضة", which may be the political opposition, is not taken.
func TestArmedOppositionInstitution(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"وذكر مصدر في المعارضة المسلحة أن الطيران قصف الجسر", true},
		{"وأكد قيادي في فصائل المعارضة أن الهجوم صُدّ", true},
		{"وأفاد ضابط في المعارضة السورية المسلحة بأن الغارات طالت مستودعاً", true},
		{"وذكر مصدر في المعارضة أن الوفد لن يحضر الاجتماع", false},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range r.Mentions(tt.text, nil) {
			got = append(got, m.SourceID)
		}
		if slices.Contains(got, "fsa") != tt.want {
			t.Errorf("%s: fsa among %v = %v, want %v", tt.text, got, !tt.want, tt.want)
		}
	}
}
