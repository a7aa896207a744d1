package claims_test

import (
	"slices"
	"testing"
)

// TestDeniedCountry: a denial of a named doer's strike that names no place
// is placed in the country of an article whose places are all Syrian, not
// at the place of another incident told just before it; a denial of the
// same deed as the claim before keeps that claim's place, and one in an
// article that names a place abroad stays placeless. Sentences
// written for the test.
func TestDeniedCountry(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"وقال ناشطون إن قذائف سقطت على حي في مدينة حمص. ونفى التحالف الدولي تنفيذ أي غارة على مواقع للقوات الحكومية.", []string{"syria"}},
		{"وأفاد المرصد بأن مسيرة استهدفت سيارة في ريف درعا. بدورها نفت وزارة الدفاع الروسية قيام طائراتها بأي غارات.", []string{"syria"}},
		// a denial of the same deed as the claim before keeps its place
		{"وقال ناشطون إن قذائف سقطت على حي في مدينة حمص. ونفى مسؤول محلي سقوط أي قذيفة على الأحياء.", []string{"homs_city"}},
		{"وقالت بغداد إن مسيرة استهدفت موقعا في أربيل. ونفى التحالف الدولي تنفيذ أي غارة على مواقع للقوات الحكومية.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			c := denialIn(t, x, tt.text)
			if got := c.Places; !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Errorf("places %v, want %v (%v)", got, tt.want, c.Rules)
			}
		})
	}
}
