package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAccuserBeforeLexiconParty: an accusing verb whose subject the
// registry does not know, followed by a party known only to the lexicon
// of actors (initials spelled out) and the charge or the word of
// responsibility: the plain words accuse and the party is the doer. A verb
// of carrying with no word of responsibility accuses no one. Sentences
// written for the test.
func TestAccuserBeforeLexiconParty(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, actor  string
		unidentified bool
	}{
		{"قتل أربعة أشخاص بانفجار عبوة في سوق البلدة، وحمّلت الشرطة المحلية تنظيم ي ب ك الانفصالي المسؤولية.", "sdf", true},
		{"قتل عنصران في هجوم على الحاجز، وحمّلت الإدارة المدنية ي ب ك مسؤوليته.", "sdf", true},
		{"وحملت الشاحنة عناصر من الجيش إلى البلدة.", "", false},
		// a noun of accusation and a party after a preposition
		{"وهذا الاتهام الثاني للنظام بقصف الحي بالبراميل.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-03-12"})
			gotActor := slices.ContainsFunc(cs, func(c claims.Claim) bool { return c.Actor != nil && *c.Actor == tt.actor })
			gotUnid := slices.ContainsFunc(cs, func(c claims.Claim) bool { return c.Source.ID == "unidentified" })
			if tt.actor != "" && !gotActor || gotUnid != tt.unidentified {
				t.Errorf("want actor %q, unidentified accuser %v; got %+v", tt.actor, tt.unidentified, cs)
			}
		})
	}
}

// TestRejectToComment: a verb of rejecting whose object is commenting or
// disclosing declines to speak, even when a report noun follows ("رفض
// التعليق على تقارير ..."); rejecting the report itself denies it.
// Sentences written for the test.
func TestRejectToComment(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text   string
		denies bool
	}{
		{"ورفضت الوزارة التعليق على تقارير عن غارات على المدينة ليلاً.", false},
		{"ورفض المتحدث العسكري الإدلاء بأي تفاصيل عن الأنباء بشأن قصف السوق.", false},
		{"وترفض القيادة الكشف عن حصيلة الاتهامات بقصف المخيم.", false},
		{"ورفضت الوزارة الأنباء عن قصف السوق الشعبي في المدينة.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-03-12"})
			denies := slices.ContainsFunc(cs, func(c claims.Claim) bool { return c.Stance == claims.StanceDenies })
			if denies != tt.denies {
				t.Errorf("want a denial: %v; got %+v", tt.denies, cs)
			}
		})
	}
}
