package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBodySeatPlaces: a body named by an institution word and placed right
// after its name speaks from its seat, which is no scene of the event; a
// force, a local branch or unnamed sources placed so keep their place.
func TestBodySeatPlaces(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string // places of the first claim joined by "+"; "-" for none
	}{
		{"وذكر المركز الروسي للمصالحة في قاعدة حميميم أن الغارات قتلت عشرة مسلحين.", "-"},
		{"وأعلن المركز الروسي للمصالحة في قاعدة حميميم أن الطائرات دمرت مخزنا قرب تدمر.", "palmyra"},
		{"وأفادت مصادر محلية من سراقب بأن غارة قتلت ثلاثة مدنيين.", "saraqib"},
		{"وقال الدفاع المدني في أريحا إن قصفا مدفعيا قتل طفلين.", "ariha"},
		{"ونقلت صحف عن وزارة الخارجية في أنقرة قولها إن غارة قتلت جنديين.", "-"},
		{"وأعلنت وزارة الخارجية في موسكو أن القصف طال مدرسة.", "-"},
		{"وقصفت طائرات حربية مبنى وزارة الدفاع في دمشق فجر اليوم.", "damascus"},
		{"وقال متحدث باسم السفارة في بيروت إن الانفجار هز الحي.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			got := "-"
			if len(cs[0].Places) > 0 {
				got = strings.Join(cs[0].Places, "+")
			}
			if got != tt.want {
				t.Errorf("%s: places %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}
