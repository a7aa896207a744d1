package claims_test

import "testing"

// TestAnswerNamesItsDoer: a finite "ردّ" (answered) telling of fire
// returned names its subject as the doer of the answer: before the
// complement of what it answered ("على مصادر القصف"، "على نيران"، "على
// الخروقات"), "بالمثل" or an event word with ب. A bare army or service
// of a state's speaker is that state's, also with the place it serves in
// between ("العاملة في ..."). A reply in words ("ردّت على الاتهامات")
// and the future "سترد" name no doer. Each want is "source actor" of the
// first claim naming one. Sentences written for the test.
func TestAnswerNamesItsDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال مصدر عسكري إن وحدات الجيش ردت فوراً على مصادر القذائف في محيط البلدة.", "syrian_army syria_gov"},
		{"وقال مصدر عسكري إن قطعات الجيش المرابطة عند أطراف المدينة ردت على اعتداءات المسلحين.", "syrian_army syria_gov"},
		{"وذكرت وكالة سانا أن الوحدات العسكرية المنتشرة في ريف حماة الغربي استهدفت بالمدفعية مواقع المسلحين.", "sana syria_gov"},
		{"وقالت وزارة الدفاع التركية إن القوات المسلحة ردت على مصادر النيران بعد سقوط القذائف.", "turkey_mod turkey"},
		{"وقالت وزارة الدفاع التركية إن قواتها ردت بالمثل على الهجوم.", "turkey_mod turkey"},
		{"وقال المرصد السوري إن القوات التركية ردت بقصف مدفعي على قرى ريف حلب الشمالي.", "sohr turkey"},
		{"ورد الجيش التركي على نيران أطلقتها قوات النظام باتجاه نقطة حدودية.", "outlet turkey"},
		{"وموسكو ترد بغارات على مواقع المسلحين في ريف إدلب", "outlet russia"},
		// A reply in words, and an answer not given yet.
		{"وردت الخارجية على الاتهامات ببيان مقتضب.", "outlet -"},
		{"وقال الناطق إن الحكومة سترد على الاتهامات في الوقت المناسب.", "outlet -"},
	}
	checkPerpLines(t, x, tests)
}
