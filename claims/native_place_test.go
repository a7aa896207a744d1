package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNativeProvince: a province or countryside named as where the dead
// came from ("من أبناء ريف ..."، "ينحدر من محافظة ...") is no place of the
// deed; a town so named, and a province struck, stay.
func TestNativeProvince(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"native of a countryside",
			"قتل شابان من أبناء ريف حماة بغارة على بلدة سراقب شرقي إدلب يوم الثلاثاء.", "saraqib", "hama"},
		{"of the people of a province",
			"وأصيب ثلاثة عمال من أهالي محافظة دير الزور بقصف مدفعي على أطراف بلدة سراقب يوم الأربعاء.", "saraqib", "deir_ez_zor"},
		{"descends from a province",
			"وقتل مطلوب ينحدر من ريف حمص خلال مداهمة منزل في بلدة سراقب فجر الخميس.", "saraqib", "homs"},
		{"a town of the victims stays",
			"قتل ثلاثة من أبناء بلدة سراقب بغارة جوية يوم الثلاثاء.", "saraqib", ""},
		{"a countryside struck stays",
			"قصفت المدفعية قرى في ريف حماة الشمالي صباح الثلاثاء فقتلت مدنيين.", "hama", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-05-08"}) {
				got = append(got, c.Places...)
			}
			if !slices.Contains(got, tt.want) {
				t.Errorf("places %v, want %s among them", got, tt.want)
			}
			if tt.not != "" && slices.Contains(got, tt.not) {
				t.Errorf("places %v, want no %s (where the dead came from)", got, tt.not)
			}
		})
	}
}
