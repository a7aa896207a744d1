package claims_test

import "testing"

// TestPlaceNotScene checks place words that name a party or a seat of
// government rather than where the event happened: a group's full name
// ("... في العراق والشام"), a capital after a government or an unnamed
// official speaker, a capital that comments. A capital struck, and local
// speakers in a city, keep the place.
func TestPlaceNotScene(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the group's old full name",
			"وذكر المرصد أن عناصر الدولة الإسلامية في العراق والشام فجروا سيارة مفخخة عند مدخل مدينة الطبقة.",
			[]string{"tabqa"}, []string{"iraq", "damascus"}},
		{"an unnamed security source in the capital",
			"وقالت مصادر محلية إن قذائف سقطت على حي الميدان في مدينة دير الزور، فيما نفى مصدر أمني في دمشق وقوع إصابات.",
			[]string{"deir_ez_zor_city"}, []string{"damascus"}},
		{"the government in the capital",
			"وقصفت المدفعية التركية قرى في ريف تل تمر، بينما اكتفت الحكومة السورية في دمشق بإدانة القصف.",
			[]string{"tal_tamr"}, []string{"damascus"}},
		{"a comment from the capital",
			"وسيطرت الفصائل على بلدة كفرنبودة ليل الخميس، ولم يصدر أي تعليق من دمشق.",
			[]string{"kafr_nabudah"}, []string{"damascus"}},
		{"the capital struck keeps its place",
			"وقصفت طائرات إسرائيلية مواقع في دمشق فجر اليوم.",
			[]string{"damascus"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPlaces(t, x, tt.text, "2020-03-03", tt.want, tt.not)
		})
	}
}
