package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// lastSource is the source (and speaker, after "|") of the claim holding
// the last sentence of text.
func lastSource(t *testing.T, x *claims.Extractor, text, outlet string) (string, string) {
	t.Helper()
	cs := x.Extract(claims.Article{ID: "t", Text: text, Outlet: outlet, Published: "2021-05-04"})
	if len(cs) == 0 {
		t.Fatal("no claims")
	}
	c := cs[len(cs)-1]
	return c.Source.ID, c.Source.Speaker
}

// TestSourceCredits checks who is credited with the last sentence, on
// sentences written for the test: relatives of the dead,
// opposition and news platforms, and the UN human rights office by its
// full name.
func TestSourceCredits(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text    string
		want    string
		speaker string // "" for any
	}{
		// Relatives of the dead speak as local sources; the outlet they
		// speak to is not part of the speaker's words.
		{"قصفت المدفعية القرية صباحاً. وقال أحد أقارب القتيلين لموقعنا إن القذيفة سقطت قرب مدرسة.", "local_sources", "أحد أقارب القتيلين"},
		{"قصفت المدفعية القرية صباحاً. وأكد ذوو الضحايا أن القتلى رعاة أغنام.", "local_sources", ""},
		// Platforms of a side are media.
		{"أفاد المرصد بسقوط قذائف على الحي. وكانت منصات معارضة قد أشارت إلى سبعة قتلى.", "media", ""},
		{"أفاد المرصد بسقوط قذائف على الحي. ونشرت منصات إخبارية أن القصف طال سوقاً.", "media", ""},
		// "مواقع معارضة" are positions unless someone speaks of them.
		{"قصفت الطائرات مواقع معارضة قرب المدينة.", "outlet", ""},
		// The UN human rights office by its full name, not the UN.
		{"وقالت متحدثة باسم المفوضية السامية للأمم المتحدة لحقوق الإنسان إن عشرين مدنياً قتلوا.", "ohchr", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			id, sp := lastSource(t, x, tt.text, "")
			if id != tt.want {
				t.Errorf("source %q, want %q", id, tt.want)
			}
			if tt.speaker != "" && strings.TrimSpace(sp) != tt.speaker {
				t.Errorf("speaker %q, want %q", sp, tt.speaker)
			}
		})
	}
}

// TestBodyAnaphorBySurface checks that "في الغرفة" after a role names back
// the operations room the article named, although the registry files the
// room under its faction's name, on sentences written for the test.
func TestBodyAnaphorBySurface(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string
	}{
		{"أعلن الدفاع المدني إسعاف جرحى في القرية. وقصفت غرفة عمليات ردع العدوان مواقع للجيش بالصواريخ. وقال قائد ميداني في الغرفة إن الضربات قتلت أربعة جنود.", "hts"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			if id, _ := lastSource(t, x, tt.text, ""); id != tt.want {
				t.Errorf("source %q, want %q", id, tt.want)
			}
		})
	}
}
