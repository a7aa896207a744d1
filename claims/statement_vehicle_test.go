package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestStatementIsVehicle: a noun of speech after في right after a named
// speaker ("قال المحافظ في تصريح للصحفيين إن") carries that speaker's
// words; the addressee after it is not a second, unidentified speaker, and
// the participle after goes on with the named speaker.
func TestStatementIsVehicle(t *testing.T) {
	x, _ := extractor(t)
	tests := []sourceCase{
		{"sana", "من جانبه، قال محافظ حمص في تصريح للإعلاميين عند مكان التفجير إن الأجهزة المختصة تلاحق الفاعلين، مشيراً إلى أن أربعة جرحى نقلوا إلى المشفى.",
			"أربعة جرحى", "syria_government"},
		{"sana", "وقال محافظ درعا في تصريح للصحفيين إن العبوة انفجرت قرب مدرسة.",
			"العبوة انفجرت", "syria_government"},
		{"", "وقالت وزارة الدفاع التركية في بيان للرأي العام إن طائراتها دمرت ثلاثة مخابئ.",
			"ثلاثة مخابئ", "turkey_mod"},
	}
	assertSources(t, x, tests)
}

// sourceCase is an article (with its outlet's id, "" for none), a marker
// in it, and the source that the claim holding the marker must carry.
type sourceCase struct{ outlet, text, marker, want string }

// assertSources checks the source of the claim holding each case's marker.
func assertSources(t *testing.T, x *claims.Extractor, tests []sourceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.marker, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: tt.outlet, OutletID: tt.outlet, Published: "2022-03-01"})
			c := claimWith(t, cs, tt.marker)
			if c.Source.ID != tt.want {
				t.Errorf("%s: got %+v, want source %s", tt.marker, c.Source, tt.want)
			}
		})
	}
}
