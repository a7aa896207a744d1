package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestResponseDate: a response takes no date from the part of its
// sentence that tells the event it answers.
func TestResponseDate(t *testing.T) {
	x, _ := extractor(t)
	text := "شنت مقاتلات أمريكية فجر اليوم غارات على مواقع قرب الميادين. " +
		"وجاءت هذه الغارات رداً على هجوم بطائرات مسيرة استهدف قاعدة للتحالف في 3 أيار الجاري."
	var response bool
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-06"}) {
		d := "-"
		if c.Date != nil {
			d = *c.Date
		}
		t.Logf("%q response=%v date=%s rules=%v", c.Text, c.Response, d, c.Rules)
		if c.Response {
			response = true
			if d == "2023-05-03" {
				t.Errorf("response %q dated by the event it answers", c.Text)
			}
		}
	}
	if !response {
		t.Errorf("no response claim")
	}
}
