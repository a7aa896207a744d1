package sources

import "testing"

// TestOrgansSpeakForTheirBody: a force's military police before التابعة
// لـ and the force speaks for the force; an unnamed source in the Baath
// party's branch or command is the Syrian state's; the UN High
// Commissioner for Human Rights, in the masculine or the feminine, speaks
// for the OHCHR; a force's public relations office speaks for it. The bare
// military police names no body. Sentences in our
// own words.
func TestOrgansSpeakForTheirBody(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, id string }{
		{"وقالت الشرطة العسكرية التابعة للجيش الوطني إن طائرة مجهولة قصفت دراجة", "sna"},
		{"واكتفت الشرطة العسكرية التابعة لـ\"قسد\" ببيان مقتضب", "sdf"},
		{"ونفى مصدر في فرع حزب البعث بحمص أن يكون الحراس أطلقوا النار", "syria_government"},
		{"وقال مسؤول في حزب البعث إن المحتجين اقتحموا المبنى", "syria_government"},
		{"وقالت المفوضة السامية لحقوق الإنسان إن المدنيين قتلوا في بيوتهم", "ohchr"},
		{"وأكد المفوض السامي لحقوق الإنسان أن الضحايا من المدنيين", "ohchr"},
		{"وأعلنت العلاقات العامة للحرس الثوري الإيراني أسماء القتلى", "irgc"},
		{"وذكرت دائرة العلاقات العامة للحرس الثوري أن المستشارين قتلوا", "irgc"},
	}
	for _, c := range cases {
		found := false
		for _, m := range r.Mentions(c.text, nil) {
			if m.SourceID == c.id {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s; got %+v", c.text, c.id, r.Mentions(c.text, nil))
		}
	}
	for _, text := range []string{"وانتشرت الشرطة العسكرية في شوارع المدينة", "وقالت الشرطة العسكرية إن دورية اعتقلت شابين"} {
		for _, m := range r.Mentions(text, nil) {
			t.Errorf("%s: the bare military police names no body: %+v", text, m)
		}
	}
}
