package claims_test

import (
	"testing"
)

// TestTimeWordNotSpeaker checks that a weekday or another word of time
// right after a subject-less speech verb is not taken for an unknown
// speaker: the saying belongs to the speaker before, and so do the
// clauses that go on from it. Sentences written for the test.
func TestTimeWordNotSpeaker(t *testing.T) {
	x, _ := extractor(t)
	const lead = "قصفت المدفعية حي الوعر ليلاً. "
	tests := []struct {
		name, text, part, source string
	}{
		{name: "weekday after بعدما, participle goes on",
			text: lead + "ورفع المرصد السوري حصيلته إلى 40 قتيلاً في الحي، بعدما أعلن السبت 30 قتيلاً، موضحاً أن الضحايا يشملون 9 أطفال.",
			part: "30", source: "sohr"},
		{name: "participle after the weekday clause",
			text: lead + "ورفع المرصد السوري حصيلته إلى 40 قتيلاً في الحي، بعدما أعلن السبت 30 قتيلاً، موضحاً أن الضحايا يشملون 9 أطفال.",
			part: "9 أطفال", source: "sohr"},
		{name: "another weekday, other verb",
			text: lead + "وقالت الشبكة السورية لحقوق الإنسان إن 25 مدنياً قتلوا، بعدما ذكرت الثلاثاء 12 قتيلاً، مشيرة إلى أن بينهم 4 نساء.",
			part: "4 نساء", source: "snhr"},
		{name: "weekday before a named speaker",
			text: lead + "وقال الأحد المرصد السوري إن 6 مدنيين قتلوا في الحي.",
			part: "6 مدنيين", source: "sohr"},
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
