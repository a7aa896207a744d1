package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestClaimPlaces checks the places of each claim on short articles
// written for the test: where fire came from, a patron and a source's seat
// are not where the event happened.
func TestClaimPlaces(t *testing.T) {
	x, _ := extractor(t)
	// per claim: places of each claim, joined by "+"; "-" for none
	tests := []lineCase{
		// The origin of the raid, after من اتجاه, من أجواء, من فوق.
		{"قصفت طائرات إسرائيلية من اتجاه الجولان المحتل مواقع في محيط مطار المزة.", []string{"mezzeh_airport"}},
		{"نفذت مقاتلات غارة من أجواء لبنان على مستودع في القصير.", []string{"qusayr"}},
		{"أطلقت الطائرات صواريخ من اتجاه شمال غرب بيروت على مواقع قرب الكسوة.", []string{"kiswah"}},
		// Over the land or sky of the place: "من فوق أراضي", "من سماء".
		{"وأطلقت المقاتلات صواريخها من فوق أراضي الجولان المحتل نحو أطراف الكسوة.", []string{"kiswah"}},
		{"وقصفت طائرات حربية من سماء لبنان مستودعات قرب القصير.", []string{"qusayr"}},
		// Forces pulling out of a place's land withdraw from that place.
		{"وانسحبت الوحدات من أراضي قرية العريمة صباحا.", []string{"arima"}},
		// Where the aircraft took off from is no place of the strike.
		{"وذكر ناشطون أن مقاتلة أقلعت من قاعدة حميميم ثم أغارت على سوق سراقب.", []string{"saraqib"}},
		{"وقالت مصادر إن المقاتلة التي أقلعت من مطار الشعيرات قصفت بلدة بنش.", []string{"binnish"}},
		// Where the wounded were taken is no place of the strike; a
		// hospital struck is.
		{"وقتل خمسة مدنيين في قصف على سراقب، ونقل الجرحى إلى مستشفيات مدينة إدلب وباب الهوى.", []string{"saraqib"}},
		{"وقصفت الطائرات مستشفى في بنش صباح اليوم.", []string{"binnish"}},
		{"وقال الطبيب إن المصابين نقلوا إلى مستشفى في مدينة إدلب.", []string{"-"}},
		// Alone, an origin still names no place of the event.
		{"أغارت طائرات معادية من اتجاه الجولان المحتل فجر اليوم.", []string{"-"}},
		// Where fire was launched from, further back in the phrase: after a
		// verb of launching and "من مناطق/مواقع ...", or after مصدرها.
		{"سقطت قذائف صاروخية أطلقت من مناطق سيطرة الفصائل في ريف إدلب على أحياء بمدينة حلب.", []string{"aleppo_city"}},
		{"قتل مدني بقذيفة مصدرها مواقع الجيش قرب سراقب، وسقطت على بلدة بنش.", []string{"binnish"}},
		{"وقالت المصادر إن الصواريخ انطلقت من مواقع قوات النظام في ريف حماة الشمالي.", []string{"-"}},
		{"ولا يعرف إن كانت القذائف أطلقت من مناطق نفوذ قسد أو من مناطق الجيش في ريف حلب.", []string{"-"}},
		{"وقالت الفصائل إن القذائف أطلقت من داخل مناطق النظام في ريف حماة، وسقطت على قرية في إدلب.", []string{"idlib"}},
		// The place hit is kept, and so is a place that is no origin area.
		{"أطلق مسلحون النار من سيارة مسرعة في درعا.", []string{"daraa"}},
		{"قصفت قوات النظام انطلاقا من مواقعها بلدات في ريف إدلب الجنوبي.", []string{"idlib"}},
		// The party of a denied link is no place.
		{"ونفى مسؤول أي صلة لطهران بانفجار مخزن قرب الميادين.", []string{"mayadin"}},
		{"ونفى مسؤول أي صلة لطهران بالقصف.", []string{"-"}},
		// The attacker's own country, named as a country, is not where it
		// struck; a town of it, or a country defending its sky, stays.
		{"وشنت طائرات أمريكية غارة قرب البوكمال هي الثالثة من نوعها للولايات المتحدة هذا الشهر.", []string{"albu_kamal"}},
		{"وقصفت المدفعية التركية مواقع قرب منبج المحاذية لحدود تركيا.", []string{"manbij"}},
		// A source's seat.
		{"قال المرصد السوري الذي يتخذ من بريطانيا مقراً إن ثلاثة مدنيين قتلوا في قصف على أريحا.", []string{"ariha"}},
		// A patron after a word of allegiance.
		{"استهدفت غارات مخازن لفصائل مدعومة من طهران قرب الميادين.", []string{"mayadin"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		p := "-"
		if len(c.Places) > 0 {
			p = strings.Join(c.Places, "+")
		}
		return p
	})
}
