package claims_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestClaimPlaces checks the places of each claim on short articles
// written for the test: where fire came from, a patron and a source's seat
// are not where the event happened.
func TestClaimPlaces(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string // places of each claim, joined by "+"; "-" for none
	}{
		// The origin of the raid, after من اتجاه, من أجواء, من فوق.
		{"قصفت طائرات إسرائيلية من اتجاه الجولان المحتل مواقع في محيط مطار المزة.", []string{"mezzeh_airport"}},
		{"نفذت مقاتلات غارة من أجواء لبنان على مستودع في القصير.", []string{"qusayr"}},
		{"أطلقت الطائرات صواريخ من اتجاه شمال غرب بيروت على مواقع قرب الكسوة.", []string{"kiswah"}},
		// Over the land or sky of the place: "من فوق أراضي", "من سماء".
		{"وأطلقت المقاتلات صواريخها من فوق أراضي الجولان المحتل نحو أطراف الكسوة.", []string{"kiswah"}},
		{"وقصفت طائرات حربية من سماء لبنان مستودعات قرب القصير.", []string{"qusayr"}},
		// Forces pulling out of a place's land withdraw from that place.
		{"وانسحبت الوحدات من أراضي قرية العريمة صباحا.", []string{"arima"}},
		// Alone, an origin still names no place of the event.
		{"أغارت طائرات معادية من اتجاه الجولان المحتل فجر اليوم.", []string{"-"}},
		// A source's seat.
		{"قال المرصد السوري الذي يتخذ من بريطانيا مقراً إن ثلاثة مدنيين قتلوا في قصف على أريحا.", []string{"ariha"}},
		// A patron after a word of allegiance.
		{"استهدفت غارات مخازن لفصائل مدعومة من طهران قرب الميادين.", []string{"mayadin"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				p := "-"
				if len(c.Places) > 0 {
					p = strings.Join(c.Places, "+")
				}
				got = append(got, p)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
