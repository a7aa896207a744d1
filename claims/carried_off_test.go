package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCarriedOffTo: where people were carried off to after the deed (moved
// for questioning, led off, deported) is not where the deed happened; a
// place reached by إلى after a verb of the deed itself still is. The
// sentences are written for the test; want is the places of the claim
// holding the marker.
func TestCarriedOffTo(t *testing.T) {
	x, _ := extractor(t)
	tests := []markerPlaces{
		{"detainees moved across the line",
			"قال الجيش الإسرائيلي إن قواته اعتقلت أربعة أشخاص ثم نُقلوا إلى داخل الأراضي الإسرائيلية لاستجوابهم.",
			"اعتقلت", "-"},
		{"led off to a city",
			"قالت مصادر محلية إن دورية أمنية داهمت منزلاً في بلدة الصنمين واقتادت ثلاثة شبان إلى دمشق.",
			"داهمت", "sanamayn"},
		{"deported to a neighbour",
			"أفاد ناشطون بأن السلطات اعتقلت عشرات اللاجئين ورحّلتهم إلى سوريا.",
			"اعتقلت", "-"},
		{"wounded rushed across a border for care",
			"قال المرصد إن الانفجار أسفر عن مقتل ستة وجرح عشرة أُسعف عدد منهم إلى تركيا.",
			"الانفجار", "-"},
		{"the wounded of the blast rushed to a city",
			"وأفاد الدفاع المدني بأن عبوة انفجرت وأسعفت الفرق المصابين إلى إدلب.",
			"عبوة", "-"},
		{"ambulances rushing to the scene leave it the scene",
			"وقالت مصادر إن انفجاراً وقع وهرعت سيارات الإسعاف إلى بلدة سرمين.",
			"انفجارا", "sarmin"},
		{"a strike that reached a town stays there",
			"قالت مصادر إن القصف امتد إلى بلدة سرمين مساء أمس.",
			"القصف", "sarmin"},
	}
	checkMarkerPlaces(t, x, tests)
}

// markerPlaces is a text, a marker word in it, and the places wanted of
// the claim holding the marker ("-" for none).
type markerPlaces struct{ name, text, marker, want string }

// checkMarkerPlaces runs each case as a subtest and checks the places of
// the claim that holds its marker.
func checkMarkerPlaces(t *testing.T, x *claims.Extractor, tests []markerPlaces) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimSpanning(t, x, tt.text, tt.marker)
			got := strings.Join(c.Places, ",")
			if got == "" {
				got = "-"
			}
			if got != tt.want {
				t.Errorf("got %q, want %q (rules %v)", got, tt.want, c.Rules)
			}
		})
	}
}
