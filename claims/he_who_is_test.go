package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSpeakerWhoIs: a speaker named before a comma and described by an
// apposition opened with "وهو"/"وهي" ("وهو أحد سكان الحي") is the group
// the apposition names; an apposition that tells what he does ("وهو يزور
// الموقع") names no one. Sentences in our own words.
func TestSpeakerWhoIs(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال أبو سامر، وهو أحد سكان الحي الشرقي، إن القذيفة سقطت قرب الفرن.", "local_sources"},
		{"وروت أم خالد، وهي من سكان البلدة، أن الطائرة ألقت برميلين على الساحة.", "local_sources"},
		{"وقال الوزير، وهو يتفقد الموقع، إن القصف لن يمر دون رد.", "outlet"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01", Outlet: "alarabiya"})
		got := ""
		if len(cs) > 0 {
			got = cs[0].Source.ID
		}
		if got != tt.want {
			t.Errorf("%s: source %q, want %q", tt.text, got, tt.want)
		}
	}
}
