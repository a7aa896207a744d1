package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRoutePlaces: where a convoy or its vehicles came from is never where
// it was struck, for each town of a list; a place that locates a
// destination ("إلى X بريف Y") is a destination like it, kept only when
// the claim names no scene of its own.
func TestRoutePlaces(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string // places of the single claim joined by "+"; "-" for none
	}{
		// The towns the vehicles came from are dropped, the whole list.
		{"قصفت مسيرة سيارات قرب سراقب كانت قادمة من حلب وحماة.", "saraqib"},
		{"وأصابت الغارة حافلات مدنية قرب بنش، وهي الحافلات القادمة من حمص وإدلب.", "binnish"},
		{"واستهدفت طائرة سيارة إسعاف ضمن قافلة قادمة من منبج والرقة.", "-"},
		// A destination and the countryside that locates it go together.
		{"قتل مدنيان بضربة على سيارات متجهة نحو سد تشرين بريف منبج.", "tishrin_dam+manbij"},
		// A scene named beside them wins over both.
		{"قصفت طائرة قرب سراقب شاحنات متجهة نحو سد تشرين بريف منبج.", "saraqib"},
		// A town listed on its own is still a scene.
		{"قصفت الطائرات بلدات بنش وسراقب فجر اليوم.", "binnish+saraqib"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) != 1 {
				t.Fatalf("%s: %d claims, want 1", tt.text, len(cs))
			}
			got := "-"
			if len(cs[0].Places) > 0 {
				got = strings.Join(cs[0].Places, "+")
			}
			if got != tt.want {
				t.Errorf("%s: places %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}
