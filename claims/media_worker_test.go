package claims_test

import "testing"

// TestMediaWorkerSpeaker checks the bare person noun "إعلامي" (a media
// worker) as a local role: of a hospital it is one of the medical
// sources, of a town a local source; "مصدر إعلامي" and the media office
// of a body keep their own readings. Sentences written for the test.
func TestMediaWorkerSpeaker(t *testing.T) {
	x, _ := extractor(t)
	const lead = "سقطت قذائف على سوق البلدة مساء أمس. "
	tests := []speakerCase{
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
	assertSpeakers(t, x, tests)
}
