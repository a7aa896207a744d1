package claims_test

import "testing"

// TestBorderNeighbour: a country named after "الحدود مع" is the neighbour
// across the border, not where the thing told happened; a country reached
// by other words still places the claim. The sentences are written for the
// test; want is the places of the claim holding the marker.
func TestBorderNeighbour(t *testing.T) {
	x, _ := extractor(t)
	tests := []markerPlaces{
		{"the border with Iraq near a Syrian town",
			"قصفت طائرات مجهولة مواقع لفصائل موالية لإيران قرب مدينة البوكمال المحاذية للحدود مع العراق.",
			"قصفت", "albu_kamal"},
		{"the border with Iraq alone",
			"قال مسؤول أمريكي إن فصائل مسلحة متمركزة قرب الحدود مع العراق هي المسؤولة عن إطلاق الطائرات المسيرة.",
			"المسؤولة", "-"},
		{"the border word with a pronoun",
			"وأضاف المصدر أن طائرة مسيرة استهدفت شاحنة على حدودها مع الأردن.",
			"استهدفت", "-"},
		{"a strike inside the neighbour stays there",
			"قالت مصادر إن طائرة مسيرة استهدفت قافلة داخل العراق فجر اليوم.",
			"استهدفت", "iraq"},
	}
	checkMarkerPlaces(t, x, tests)
}
