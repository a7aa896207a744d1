package claims_test

import "testing"

// TestSaidOfSpeakerIsNotTheSpeaker checks, on sentences written for the
// test, that a source speaking inside a relative clause about the speaker
// ("the family of the man, whom the army says was a commander, denied
// ...") is not taken for the speaker, while a role held in a named body
// still credits that body.
func TestSaidOfSpeakerIsNotTheSpeaker(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, notWant string }{
		{"قتل رجل في غارة على قرية قرب الرقة. ونفى أقارب سالم العلي، الذي قالت القيادة المركزية الأمريكية إنه قيادي في التنظيم، أن تكون له أي صلة بالمسلحين.", "", "centcom"},
		{"قتل شاب في قصف على البلدة. وأكدت عائلة الشاب، التي يقول المرصد السوري إنها نزحت من حمص، أنه كان يعمل في الزراعة.", "", "sohr"},
		// A role in a body named after the comma still speaks for it.
		{"استهدفت غارات محيط المطار فجراً. وقال فريد الحسن، المتحدث باسم قوات سوريا الديمقراطية، إن مقاتلين أصيبا.", "sdf", ""},
	}
	for _, tt := range tests {
		got, _ := lastSource(t, x, tt.text, "عنب بلدي")
		if tt.want != "" && got != tt.want || tt.notWant != "" && got == tt.notWant {
			t.Errorf("%s\n got %s, want %q, not %q", tt.text, got, tt.want, tt.notWant)
		}
	}
}
