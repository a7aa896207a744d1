package claims_test

import "testing"

// TestOwnTollPronoun checks a sentence that opens with a toll with its
// possessive pronoun ("وكانت حصيلته الأولى ..."), no speech verb in it:
// the toll is that of the one who spoke in the sentence before, not the
// narration's. With no speaker before, the narration keeps it. Sentences
// written for the test.
func TestOwnTollPronoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, part, source string
	}{
		{name: "observatory's earlier toll",
			text: "وذكر المرصد السوري أن قتلى القصف على السوق صاروا أحد عشر. وكانت حصيلته عند الظهر سبعة قتلى.",
			part: "سبعة", source: "sohr"},
		{name: "without كان",
			text: "وذكر المرصد السوري أن قتلى القصف على السوق صاروا أحد عشر. حصيلته عند الظهر بلغت سبعة قتلى.",
			part: "سبعة", source: "sohr"},
		{name: "no speaker before",
			text: "صار قتلى القصف على السوق أحد عشر. وكانت حصيلته عند الظهر سبعة قتلى.",
			part: "سبعة", source: "outlet"},
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
