package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestMedicalStaffSpeakers checks that doctors and hospital staff named
// without a body (in the plural, as "one of the doctors", as workers of a
// hospital, or as the director of one of a town's hospitals) speak as
// medical sources, and that other local roles stay local. Sentences written
// for the test.
func TestMedicalStaffSpeakers(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"one of the doctors", "وقال أحد الأطباء في مشفى ميداني بمدينة حمص إن بين القتلى سبعة أطفال.", "medical_sources"},
		{"doctors after a contrast", "قتل 12 شخصاً في قصف على دوما، في حين تحدث أطباء في البلدة عن عشرين قتيلاً.", "medical_sources"},
		{"hospital workers", "وأكد عاملون في المستشفى الميداني للوكالة أن القصف على إدلب أدى إلى إصابة خمسة مدنيين.", "medical_sources"},
		{"director of one of the hospitals", "وأوضح مدير أحد مشافي حلب للصحفيين أن المصابين تجاوزوا الأربعين.", "medical_sources"},
		{"workers of no hospital", "وأكد عاملون في الدفاع عن الأحياء أن قصفاً على إدلب قتل ثلاثة.", "local_sources"},
		{"one of the residents", "وقال أحد سكان الحي إن القصف على حماة قتل أربعة.", "local_sources"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-03-02"}) {
				if len(c.Figures) > 0 {
					got = append(got, c.Source.ID)
				}
			}
			if len(got) == 0 || got[len(got)-1] != tt.want {
				t.Errorf("%s: sources of the figures %v, want the last %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSingularAfterQuotedDoctors: a singular verb with no subject after a
// speaker quoted doctors ("ونقل عن أطباء ...، كما أشار إلى ...") goes on
// with that speaker, not with the doctors; a plural verb may go on with
// them. Sentences written for the test.
func TestSingularAfterQuotedDoctors(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, part, want string
	}{
		{"singular verb", "أحصى المرصد وفاة خمسة مدنيين جراء قصف على سرمين، ونقل عن أطباء في البلدة ترجيحهم استخدام غاز سام، كما أشار إلى إصابة عشرين آخرين.", "عشرين", "sohr"},
		{"the quoting sentence", "أحصى المرصد وفاة خمسة مدنيين جراء قصف على سرمين، ونقل عن أطباء في البلدة ترجيحهم استخدام غاز سام، كما أشار إلى إصابة عشرين آخرين.", "خمسة", "sohr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2015-03-17"}) {
				for _, f := range c.Figures {
					if strings.Contains(tt.text[f.Span.Start:f.Span.End], tt.part) && c.Source.ID != tt.want {
						t.Errorf("figure %q credited to %q, want %q", tt.part, c.Source.ID, tt.want)
					}
				}
			}
		})
	}
}
