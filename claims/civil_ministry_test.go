package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSyrianCivilMinistries checks, on sentences written for the test,
// that an official of a Syrian civil ministry (transport, oil,
// electricity, higher education) speaks for the Syrian government, also
// as the accusative subject after "لكن".
func TestSyrianCivilMinistries(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وقال ناشطون إن القذائف أصابت المحطة. لكن مسؤولاً في وزارة الكهرباء السورية نفى ذلك، مؤكدا أن التيار لم ينقطع.",
			[]string{"local_sources", "syria_government"}},
		{"وقال ناشطون إن الصواريخ أصابت حقلا للغاز. ونفى مسؤول في وزارة النفط السورية ذلك.",
			[]string{"local_sources", "syria_government"}},
		{"وقال ناشطون إن قذائف سقطت على كلية الهندسة. وأكدت وزارة التعليم العالي السورية أن الدوام مستمر.",
			[]string{"local_sources", "syria_government"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string { return c.Source.ID })
}
