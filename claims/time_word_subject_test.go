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
	const lead = "سقطت قذائف على سوق الخضار في البلدة ظهراً. "
	tests := []struct {
		name, text, part, source string
	}{
		{name: "weekday after بعدما",
			text: lead + "وحدّث الدفاع المدني عدد الضحايا ليبلغ 40 قتيلاً في السوق، بعدما أعلن الأربعاء 30 قتيلاً، مبيناً أن من بينهم 9 أطفال.",
			part: "30", source: "white_helmets"},
		{name: "participle goes on from the speaker",
			text: lead + "وحدّث الدفاع المدني عدد الضحايا ليبلغ 40 قتيلاً في السوق، بعدما أعلن الأربعاء 30 قتيلاً، مبيناً أن من بينهم 9 أطفال.",
			part: "9 أطفال", source: "white_helmets"},
		{name: "another weekday, another verb",
			text: lead + "وعدّ المرصد السوري في السوق 25 ضحية مدنية، بعدما ذكر الاثنين 12 ضحية، لافتاً إلى أن 4 نساء بين الضحايا.",
			part: "4 نساء", source: "sohr"},
		{name: "weekday before a named speaker",
			text: lead + "وأفاد الخميس المرصد السوري بأن 6 مدنيين قضوا في السوق.",
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
