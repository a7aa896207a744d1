package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCarriedStatement checks a medium that carries someone's statement
// as the object of its verb ("نقلت كلاماً منسوباً إلى"، "نشرت تصريحاً
// لـ"): the one the statement belongs to speaks and the medium relays it;
// a medium after لـ is only the one spoken to. The relay verb نقل
// carries such a statement with no عن. Sentences written for the
// test.
func TestCarriedStatement(t *testing.T) {
	x, _ := extractor(t)
	const lead = "استهدف هجوم حافلة عسكرية قرب تدمر. "
	tests := []speakerCase{
		{name: "words ascribed to an army source",
			text: lead + "وبثت سانا كلاماً منسوباً إلى مصدر في الجيش يفيد بأن تسعة جنود لقوا حتفهم.",
			part: "تسعة", source: "syrian_army", via: "sana"},
		{name: "statement of a ministry",
			text: lead + "ونشرت سانا تصريحاً لوزارة الداخلية السورية جاء فيه أن ستة عناصر لقوا حتفهم.",
			part: "ستة", source: "syria_interior", via: "sana"},
		{name: "plain relay with عن unchanged",
			text: lead + "ونقلت سانا عن وزارة الدفاع السورية قولها إن تسعة جنود لقوا حتفهم.",
			part: "تسعة", source: "syria_mod", via: "sana"},
		{name: "medium described between commas",
			text: lead + "ونشرت سانا، وكالة الدولة، تصريحاً لمصدر في الجيش قال فيه إن خمسة جنود لقوا حتفهم.",
			part: "خمسة", source: "syrian_army", via: "sana"},
		{name: "medium described by a pronoun clause",
			text: lead + "وبثت سانا، وهي رسمية، بياناً لوزارة الداخلية السورية أكد أن أربعة عناصر لقوا حتفهم.",
			part: "أربعة", source: "syria_interior", via: "sana"},
		{name: "words between commas with no statement after them",
			text: lead + "وذكرت سانا، صباح الأحد، أن سبعة جنود لقوا حتفهم.",
			part: "سبعة", source: "sana"},
		// نقل, a relay verb, needs no عن when the statement it carries
		// names its speaker; without one it is a verb of moving things.
		{name: "relay verb carrying ascribed words",
			text: lead + "ونقلت سانا كلاماً منسوباً إلى مصدر في الجيش يفيد بأن ثمانية جنود لقوا حتفهم.",
			part: "ثمانية", source: "syrian_army", via: "sana"},
		{name: "relay verb carrying a statement, medium between commas",
			text: lead + "بدورها، نقلت سانا، وكالة الدولة، تصريحاً لمصدر في الجيش قال فيه إن ستة جنود لقوا حتفهم.",
			part: "ستة", source: "syrian_army", via: "sana"},
		{name: "relay verb moving the wounded speaks of nothing",
			text: lead + "ونقلت سيارات الإسعاف ثلاثة جرحى إلى مشفى المدينة.",
			part: "ثلاثة", source: "outlet"},
		{name: "statement given to a medium",
			text: lead + "وقال وزير الدفاع السوري في تصريح لوكالة سانا إن الهجوم أوقع خمسة قتلى.",
			part: "خمسة", source: "syria_mod"},
	}
	assertSpeakers(t, x, tests)
}

// speakerCase is a text, the part that picks its claim, and who must be
// that claim's source and first relay (via "" for none).
type speakerCase struct {
	name, text, part string
	source, via      string
}

// assertSpeakers checks the source and first relay of the claim holding
// each case's part.
func assertSpeakers(t *testing.T, x *claims.Extractor, tests []speakerCase) {
	t.Helper()
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
