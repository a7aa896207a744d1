package claims_test

import "testing"

// TestPluperfectSubject checks "وكان X قد زعم أن ...": the noun between
// كان and قد is the subject of the speech verb, so a party the registry
// does not know ("الفصيل"، "الكتائب") speaks as unidentified rather than
// the speaker of the sentence before going on; a noun of the speaker's
// own name, or a speaker named by a role, still goes on. Sentences
// written for the test.
func TestPluperfectSubject(t *testing.T) {
	x, _ := extractor(t)
	const obs = "وأفاد المرصد السوري بسقوط خمسة قتلى من المدنيين شمال المطحنة. "
	tests := []struct {
		name, text, part, source string
	}{
		{name: "unknown faction",
			text: obs + "وكان الفصيل قد ادعى أن ثمانية مزارعين لقوا حتفهم قرب المطحنة.",
			part: "ثمانية", source: "unidentified"},
		{name: "unknown battalions, feminine verb",
			text: obs + "وكانت الكتائب قد ادعت أن ثمانية مزارعين لقوا حتفهم قرب المطحنة.",
			part: "ثمانية", source: "unidentified"},
		{name: "the speaker named back",
			text: obs + "وكان المرصد قد كتب مساء الجمعة أن ثلاثة مزارعين لقوا حتفهم.",
			part: "ثلاثة", source: "sohr"},
		{name: "no noun: the speaker goes on",
			text: obs + "وكان قد كتب مساء الجمعة أن ثلاثة مزارعين لقوا حتفهم.",
			part: "ثلاثة", source: "sohr"},
		{name: "a role named back",
			text: "وصرح مدير المستشفى بأن ستة مصابين نقلوا إليه ليلاً. وكان المدير قد صرح بأن أربعة مصابين نقلوا إليه ظهراً.",
			part: "أربعة", source: "medical_sources"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimHolding(t, x, tt.text, tt.part)
			if c.Source.ID != tt.source {
				t.Errorf("source %q, want %q (claim %q)", c.Source.ID, tt.source, c.Text)
			}
		})
	}
}
