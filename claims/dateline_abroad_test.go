package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDatelineAbroad checks that a dateline naming a bureau outside Syria
// (and the outlet's name after it) gives no claim a place, while the
// event's own places stay, and a local dateline inside Syria is kept.
func TestDatelineAbroad(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"dash and quoted outlet on a line of its own",
			"عمّان - «الشرق الأوسط»\n\nقتل أربعة مدنيين بقذائف صاروخية على بلدة معرة النعمان ليل الاثنين، بحسب المرصد السوري.",
			[]string{"maarat_al_numan"}, []string{"amman", "middle_east"}},
		{"agency in brackets",
			"القاهرة (أ ف ب) - قال المرصد السوري إن ستة مدنيين قتلوا بغارات على مدينة أريحا.",
			[]string{"ariha"}, []string{"cairo"}},
		{"colon after the outlet",
			"لندن – «القدس العربي»: أصيب ثلاثة أطفال بقصف مدفعي على بلدة كفرنبل في ريف إدلب.",
			[]string{"kafr_nabl"}, []string{"london"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, x, tt.text, "2020-03-03", tt.want, tt.not)
		})
	}
}

// checkPlaces extracts text and fails when the places of all its claims
// lack one of want or hold one of not.
func checkPlaces(t *testing.T, x *claims.Extractor, text, published string, want, not []string) {
	t.Helper()
	var all []string
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: published}) {
		all = append(all, c.Places...)
	}
	for _, w := range want {
		if !slices.Contains(all, w) {
			t.Errorf("%s\nplaces %v lack %s", text, all, w)
		}
	}
	for _, n := range not {
		if slices.Contains(all, n) {
			t.Errorf("%s\nplaces %v hold %s", text, all, n)
		}
	}
}
