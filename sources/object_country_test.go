package sources

import "testing"

// TestCountryObjectAfterBodyName: an adjective agrees with its noun in
// definiteness, so a bare country name after a definite body's name
// ("الخارجية التركية روسيا") is the object of the verb before them, not
// the accusative nationality adjective ("روسياً") that would make the
// body another state's. A definite adjective still does, and an
// indefinite name still takes an indefinite one. Sentences in our own
// words.
func TestCountryObjectAfterBodyName(t *testing.T) {
	assertFirstMention(t, []struct{ text, want string }{
		{"وحمّلت الخارجية التركية روسيا المسؤولية عن قصف القرية", "turkey_mfa"},
		{"واتهمت وزارة الدفاع التركية روسيا بخرق الهدنة", "turkey_mod"},
		{"وحمّلت الخارجية الأمريكية روسيا مسؤولية التصعيد", "us_state_dept"},
		{"وحمّلت الخارجية التركية موسكو المسؤولية عن الغارة", "turkey_mfa"},
		{"وقالت وزارة الصحة العراقية إن المصابين نقلوا", ""},
		{"وأوضحت وزارة الدفاع الروسية أن الطائرات عادت", "russia_mod"},
	})
}
