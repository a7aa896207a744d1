package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPastBackgroundYear: a year told in a clause opened by "قبل أن"/"بعد
// أن", two or more years before publication, is the history of the place
// or party, not the date of the strike; the publication date stands.
// Sentences written for the test; published 2021-03-10.
func TestPastBackgroundYear(t *testing.T) {
	x, _ := extractor(t)
	cases := []struct{ text, want string }{
		{"وقالت مصادر محلية إن طائرات حربية قصفت المعسكر الذي كان مدرسة قبل أن تحوله الفصائل إلى مقر عام 2015.", "2021-03-10"},
		{"وأفاد ناشطون بأن غارات استهدفت المستودع، وكان الجيش قد انسحب منه بعد أن حاصرته المعارضة عام 2016.", "2021-03-10"},
		// A year after no such clause still dates the claim.
		{"وقالت مصادر محلية إن طائرات حربية قصفت المعسكر عام 2015.", "2015-01-01"},
		// A recent year is not background.
		{"وأفاد المرصد بأن غارات ضربت البلدة قبل أن ينسحب المسلحون منها عام 2021.", "2021-01-01"},
		{"وأفاد المرصد بأن غارات ضربت البلدة قبل أن تنسحب الفصائل منها عام 2021.", "2021-01-01"},
	}
	for _, tc := range cases {
		cs := x.Extract(claims.Article{ID: "t1", Published: "2021-03-10", Text: tc.text})
		got := "-"
		for _, c := range cs {
			if c.Date != nil {
				got = *c.Date
				break
			}
		}
		if got != tc.want {
			t.Errorf("%s: date %s, want %s", tc.text, got, tc.want)
		}
	}
}
