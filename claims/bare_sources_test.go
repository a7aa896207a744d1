package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// claimHolding is the claim whose text holds part, in the claims of text.
func claimHolding(t *testing.T, x *claims.Extractor, text, part string) claims.Claim {
	t.Helper()
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2022-03-09"}) {
		if strings.Contains(c.Text, part) {
			return c
		}
	}
	t.Fatalf("no claim holds %q", part)
	return claims.Claim{}
}

// TestUnnamedSpeakers checks who speaks when the speaker is an unqualified
// "مصادر"/"مصدر", a tribal elder or notable, or a role whose verb takes the
// accused as its object, on sentences written for the test.
func TestUnnamedSpeakers(t *testing.T) {
	x, _ := extractor(t)
	const lead = "قصفت طائرات حربية قرى في الريف الشرقي. "
	tests := []struct {
		name, text, part string
		source, stance   string
		speaker, actor   string // "" for any
	}{
		{name: "bare sources, verbal noun", text: lead + "وأفادت مصادر بسقوط خمسة قتلى في القصف.", part: "خمسة", source: "informed_sources"},
		{name: "bare sources, aside", text: lead + "ورجحت مصادر، طلبت عدم كشف هويتها، أن ترتفع الحصيلة إلى عشرين قتيلاً.", part: "عشرين", source: "informed_sources"},
		{name: "bare source, complementiser", text: lead + "وقال مصدر إن ثلاثة مسلحين قتلوا.", part: "ثلاثة", source: "informed_sources"},
		{name: "qualified sources stay", text: lead + "وقالت مصادر طبية إن أربعة جرحى وصلوا إلى المستشفى.", part: "أربعة", source: "medical_sources"},
		{name: "tribal elders", text: lead + "وقال شيوخ العشائر في المنطقة إن ستة من أبنائهم قتلوا.", part: "ستة", source: "local_sources"},
		{name: "clan head", text: lead + "وأكد شيخ عشيرة في البلدة مقتل ثلاثة شبان.", part: "ثلاثة", source: "local_sources"},
		{name: "notables deny", text: lead + "ونفى وجهاء القرية تلقي أموال من أي جهة.", part: "أموال", source: "local_sources", stance: claims.StanceDenies},
		{name: "notables of the town", text: lead + "وذكر أعيان المدينة أن سبعة مدنيين قتلوا.", part: "سبعة", source: "local_sources"},
		{name: "elders and notables together", text: lead + "ونفى شيوخ ووجهاء العشائر تلقي دعم من أي طرف.", part: "دعم", source: "local_sources", stance: claims.StanceDenies},
		{name: "local council of a town", text: lead + "وقال المجلس المحلي للبلدة إن تسعة مدنيين قتلوا.", part: "تسعة", source: "local_sources"},
		{name: "local council in a town", text: lead + "وأكد المجلس المحلي في القرية سقوط قتيلين.", part: "قتيلين", source: "local_sources"},
		{name: "local councils", text: lead + "وذكرت المجالس المحلية أن القصف أوقع أحد عشر قتيلاً.", part: "أحد عشر", source: "local_sources"},
		{name: "council hit, not speaking", text: "قصفت الطائرات مقر المجلس المحلي في البلدة وقتلت ثلاثة موظفين.", part: "ثلاثة", source: "outlet"},
		{name: "bare sources to a medium", text: lead + "وقالت مصادر لـ\"عنب بلدي\" إن ثلاثة مدنيين قتلوا.", part: "ثلاثة", source: "informed_sources"},
		{name: "leader of an unknown faction", text: lead + "وقال قيادي بفصيل معارض إن عنصرين من الفصيل قتلا.", part: "عنصرين", source: "local_sources", speaker: "قيادي بفصيل معارض"},
		{name: "role ends before إلى", text: lead + "وأشار قائد الكتيبة إلى مقتل ثلاثة من عناصره.", part: "ثلاثة", source: "local_sources", speaker: "قائد الكتيبة"},
		{name: "bare sources speak of", text: lead + "وتحدثت مصادر عن مقتل ثمانية عناصر.", part: "ثمانية", source: "informed_sources"},
		{name: "bare sources point to", text: lead + "وأشارت مصادر إلى سقوط أربعة قتلى.", part: "أربعة", source: "informed_sources"},
		{name: "according to bare sources", text: "قصفت المدفعية السوق، وفق مصادر، فقتلت خمسة مدنيين.", part: "خمسة", source: "informed_sources"},
		{name: "a clan's statement", text: lead + "وقالت عشيرة البوخابور في بيان إن خمسة من أبنائها قتلوا.", part: "خمسة", source: "local_sources", speaker: "عشيرة البوخابور"},
		{name: "a tribe mourns", text: lead + "ونعت قبيلة الشعيطات أربعة من أبنائها سقطوا في الغارة.", part: "أربعة", source: "local_sources", speaker: "قبيلة الشعيطات"},
		{name: "tribes deny", text: lead + "ونفت عشائر المنطقة أي علاقة لها بالهجوم.", part: "علاقة", source: "local_sources", stance: claims.StanceDenies},
		{name: "role then accused", text: lead + "واتهم قائد الكتيبة قوات النظام بقصف الحي وقتل مدنيين.", part: "الكتيبة", source: "local_sources", speaker: "قائد الكتيبة", actor: "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimHolding(t, x, tt.text, tt.part)
			if c.Source.ID != tt.source {
				t.Errorf("source %q, want %q", c.Source.ID, tt.source)
			}
			if tt.stance != "" && c.Stance != tt.stance {
				t.Errorf("stance %q, want %q", c.Stance, tt.stance)
			}
			if tt.speaker != "" && strings.TrimSpace(c.Source.Speaker) != tt.speaker {
				t.Errorf("speaker %q, want %q", c.Source.Speaker, tt.speaker)
			}
			if tt.actor != "" && (c.Actor == nil || *c.Actor != tt.actor) {
				t.Errorf("actor %v, want %q", c.Actor, tt.actor)
			}
		})
	}
}

// TestHeadlineAddressee checks a colon headline whose speaker spoke to a
// medium: the speaker is credited, the medium relays, on headlines written
// for the test.
func TestHeadlineAddressee(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, source, via, speaker string
	}{
		{"bare source", "مصدر لـ«سبوتنيك»: ستة قتلى في انفجار سيارة مفخخة بريف حلب", "informed_sources", "sputnik", ""},
		{"unnamed security source", "مصدر أمني لـ«سبوتنيك»: سقوط أربعة قتلى بانفجار في درعا", "informed_sources", "sputnik", ""},
		{"doctor to a platform", "طبيب لـ«عنب بلدي»: وصول تسعة جرحى إلى المشفى بعد القصف", "medical_sources", "enab_baladi", "طبيب"},
		{"local official", "مسؤول محلي لـ\"عنب بلدي\": القصف قتل ثلاثة مزارعين", "local_sources", "enab_baladi", "مسؤول محلي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimHolding(t, x, tt.text, ":")
			if c.Source.ID != tt.source {
				t.Errorf("source %q, want %q", c.Source.ID, tt.source)
			}
			if len(c.Via) == 0 || c.Via[0].ID != tt.via {
				t.Errorf("via %+v, want %q", c.Via, tt.via)
			}
			if tt.speaker != "" && strings.TrimSpace(c.Source.Speaker) != tt.speaker {
				t.Errorf("speaker %q, want %q", c.Source.Speaker, tt.speaker)
			}
		})
	}
}

// TestPossessiveStatement checks a noun of announcing with a pronoun
// ("بعد إعلانها"، "وفق بيانه"): the sentence's subject or the last speaker
// is credited with what follows it, and the comma gives the words back,
// on sentences written for the test.
func TestPossessiveStatement(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, part, source string
	}{
		{"subject of the sentence", "تواصل أنقرة قصف القرى الحدودية، عقب إعلانها مقتل جنديين في هجوم على نقطة مراقبة، وهو ما تقول إنه يبرر العملية.", "جنديين", "turkey_government"},
		{"after the comma", "تواصل أنقرة قصف القرى الحدودية، عقب إعلانها مقتل جنديين في هجوم على نقطة مراقبة، وهو ما تقول إنه يبرر العملية.", "يبرر", "outlet"},
		{"last speaker", "أعلن المرصد السوري لحقوق الإنسان مقتل عشرة عناصر. ويأتي ذلك بعد توثيقه مقتل ستة مدنيين أمس.", "ستة", "sohr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimHolding(t, x, tt.text, tt.part)
			if c.Source.ID != tt.source {
				t.Errorf("source %q, want %q", c.Source.ID, tt.source)
			}
		})
	}
}
