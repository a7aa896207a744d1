package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOwnBodyActs checks that fighters of the body a speaker was
// introduced as part of ("مصدر في الفرقة" … "عناصر الفرقة") are the
// speaker's own side, and that another body's fighters are not.
func TestOwnBodyActs(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"denial that the speaker's own fighters shelled",
			"ونفى مصدر عسكري في الفرقة ما أشاعته صفحات معارضة عن قصف عناصر الفرقة لمدرسة في البلدة.", "syria_gov"},
		{"assertion about the speaker's own units",
			"وقال مصدر عسكري في اللواء إن وحدات اللواء قصفت تجمعا للمسلحين شرق البلدة.", "syria_gov"},
		{"another body's fighters are not the speaker's",
			"ونفى مصدر عسكري في الفرقة ما أشاعته صفحات معارضة عن قصف عناصر الكتيبة لمدرسة في البلدة.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := armyActor(x, tt.text)
			if got != tt.want {
				t.Errorf("actor = %q, want %q", got, tt.want)
			}
		})
	}
}

// armyActor extracts text and returns the actor of its first claim made by
// the Syrian army ("-" for none), or "?" when the army makes no claim.
func armyActor(x *claims.Extractor, text string) string {
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2019-05-06"}) {
		if c.Source.ID == "syrian_army" {
			return actorOrDash(c)
		}
	}
	return "?"
}
