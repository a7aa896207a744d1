package claims_test

import "testing"

// TestMediaWorkerSpeaker checks the bare person noun "إعلامي" (a media
// worker) as a local role: of a hospital it is one of the medical
// sources, of a town a local source; "مصدر إعلامي" and the media office
// of a body keep their own readings. Sentences written for the test.
func TestMediaWorkerSpeaker(t *testing.T) {
	x, _ := extractor(t)
	const lead = "سقطت قذائف على سوق البلدة مساء أمس. "
	tests := []struct {
		name, text, part string
		source, via      string // via "" for none
	}{
		{name: "media worker of a hospital relayed by an agency",
			text: lead + "ونقلت وكالة سمارت عن إعلامي في المشفى الميداني أن عدد القتلى بلغ ستة.",
			part: "ستة", source: "medical_sources", via: "smart_news"},
		{name: "media worker of a hospital speaking",
			text: lead + "وأوضحت إعلامية في مستشفى البلدة أن أحد عشر جريحاً وصلوا إليه.",
			part: "أحد عشر", source: "medical_sources"},
		{name: "media worker of the town",
			text: lead + "وقال إعلامي من البلدة إن القذائف قتلت أربعة مدنيين.",
			part: "أربعة", source: "local_sources"},
		{name: "unnamed media source unchanged",
			text: lead + "وقال مصدر إعلامي إن القذائف قتلت أربعة مدنيين.",
			part: "أربعة", source: "outlet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimHolding(t, x, tt.text, tt.part)
			if c.Source.ID != tt.source {
				t.Errorf("source %q, want %q (claim %q)", c.Source.ID, tt.source, c.Text)
			}
			if tt.via != "" && (len(c.Via) == 0 || c.Via[0].ID != tt.via) {
				t.Errorf("via %v, want %q", c.Via, tt.via)
			}
		})
	}
}
