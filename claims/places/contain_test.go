package places

import (
	"slices"
	"testing"
)

// TestContainment checks that a place told inside or near another is
// read as a place there, or dropped for its container; and that a list
// or a foreign capital is not taken for a container.
func TestContainmentRule(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"quarter of another town falls back to the city", "أصيب طفل بشظايا قذيفة في حي الزهراء بمدينة حمص.", []string{"homs_city"}},
		{"village by countryside", "داهمت دورية قرية الزهراء بريف حمص.", []string{"homs"}},
		{"town north of its governorate kept", "تقدمت القوات نحو بلدة الزهراء شمالي حلب.", []string{"zahraa", "aleppo"}},
		{"same-named quarter inside the city chosen", "شب حريق في حي الميدان بحلب.", []string{"midan_aleppo", "aleppo"}},
		{"a whole list takes the container", "تعرضت أحياء المفتي والصالحية في مدينة الحسكة لقصف مدفعي.", []string{"mufti_hasakah", "salihiyah_hasakah", "hasakah_city"}},
		{"list container after the list", "طال القصف حيي الصالحية وتل حجر بمدينة الحسكة.", []string{"salihiyah_hasakah", "tal_hajar_hasakah", "hasakah_city"}},
		{"village of Rif Dimashq not the Daraa one", "سقطت شظايا صاروخ على بلدة عقربا بريف دمشق.", []string{"aqraba", "rif_dimashq"}},
		{"the Daraa one by its container", "سقطت قذائف على بلدة عقربا بريف درعا.", []string{"aqraba_daraa", "daraa"}},
		{"affiliation of a subdistrict", "قصفت قرية الزهراء التابعة لريف حمص.", []string{"homs"}},
		{"lying in, with a detached preposition", "سقطت قذائف على قرية الزهراء الواقعة في ريف حمص الشمالي.", []string{"homs"}},
		{"near a town of another governorate", "قصف الجيش بلدة الزهراء القريبة من مدينة حلب.", []string{"zahraa", "aleppo_city"}},
		{"quoted name then its container", "استهدفت غارة حي \"الزهراء\" بمدينة حمص.", []string{"homs_city"}},
		{"a route between capitals", "يمتد الطريق الذي يصل طهران ببيروت عبر العراق.", []string{"tehran", "beirut", "iraq"}},
		{"foreign capital's role in a country", "يتنامى نفوذ موسكو وطهران في سوريا منذ سنوات.", []string{"moscow", "tehran", "syria"}},
		{"a list is no container", "استهدفت الضربات مطار حلب ومحيط دمشق.", []string{"aleppo_airport", "damascus"}},
		{"a shared countryside is no container", "شنت المسيرات غارات في أرياف الحسكة والقامشلي.", []string{"hasakah", "qamishli"}},
		{"words between the two are no link", "زار الوفد قرية الزهراء ثم عاد مساء أمس إلى مدينة حمص.", []string{"zahraa", "homs_city"}},
		{"a relative word and two more are no link", "تقع قرية الزهراء الواقعة على طريق مدينة حمص.", []string{"zahraa", "homs_city"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range g.Mentions(tc.text, nil) {
				got = append(got, m.PlaceID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s\n got %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestBareCapital checks that a bare "العاصمة" is the capital of the
// country the text's places lie in, and is left alone when an adjective
// qualifies it or no country leads.
func TestBareCapital(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Syrian text", "قصفت المدفعية بلدة الزهراء شمالي حلب، فيما سقطت قذيفتان وسط العاصمة.", []string{"zahraa", "aleppo", "damascus"}},
		{"quarter of the capital", "انفجرت عبوة في حي المزة غرب العاصمة.", []string{"mezzeh", "damascus"}},
		{"Lebanese text", "نفذت مسيرة غارة على بلدة في جنوب لبنان وأخرى في ضواحي العاصمة.", []string{"lebanon", "beirut"}},
		{"Iraqi text", "أعلنت بغداد توقيف خلية في محافظة الأنبار كانت تخطط لتفجير في العاصمة.", []string{"baghdad", "anbar", "baghdad"}},
		{"nationality adjective", "عاد الوزير إلى العاصمة الإيرانية بعد جولة.", nil},
		{"no country", "سمع دوي انفجار في العاصمة.", nil},
		{"two countries tie", "نقل جرحى من العراق إلى الأردن ثم إلى العاصمة.", []string{"iraq", "jordan"}},
		{"countryside of the capital stays", "قصفت الطائرات مواقع في ريف العاصمة.", []string{"rif_dimashq"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range g.Mentions(tc.text, nil) {
				got = append(got, m.PlaceID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s\n got %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}
