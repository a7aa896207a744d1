package sources

import (
	"strings"
	"testing"
)

// TestLocalMediaCentres: the opposition's media centre of a city or
// region ("مركز حمص الإعلامي") is a medium that gives its own tolls, with
// or without hamza and with a proclitic. Sentences in our own words.
func TestLocalMediaCentres(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"وقال مركز حمص الإعلامي إن القذائف سقطت على الحي الشرقي",
		"في حين تحدث مركز ادلب الإعلامي عن ثلاثة قتلى",
		"ونشر مركز الغوطة الإعلامي صوراً للدمار في السوق",
		"بحسب مركز دير الزور الإعلامي فإن الطائرات حلقت فوق المدينة",
		"وأفاد مركز حماه الاعلامي بسقوط جرحى",
	} {
		var got []string
		ok := false
		for _, m := range r.Mentions(text, nil) {
			got = append(got, m.SourceID+" "+m.Text)
			ok = ok || m.SourceID == "media" && strings.Contains(m.Text, "مركز")
		}
		if !ok {
			t.Errorf("%s: want the media centre as media; got %v", text, got)
		}
	}
}
