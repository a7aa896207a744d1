package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAscribedFront checks who speaks when words are ascribed with no
// subject after the verb: a contrastive topic before it ("أما X فنسبت إلى
// Y قوله") relays the speaker after إلى, a passive names only the
// speaker, and the verb-first reading and the ascribing of a deed stay as
// they were. The first sentence of each text gives another speaker, the
// one a wrong reading would carry over. Sentences written for the test.
func TestAscribedFront(t *testing.T) {
	x, _ := extractor(t)
	const lead = "قال الدفاع المدني إن خمسة مدنيين قتلوا في القصف على البلدة. "
	tests := []struct {
		name, text, want string
	}{
		{"topic relays a police source",
			"أما سانا فنسبت إلى ضابط بالشرطة قوله إن قذيفتين سقطتا قرب المدرسة.",
			"syria_interior via sana asserts"},
		{"topic relays field sources, feminine saying noun",
			"أما صحيفة الوطن فنسبت إلى مصادر ميدانية قولها إن الجيش استعاد التلة.",
			"local_sources via alwatan asserts"},
		{"passive, the speaker alone",
			"ونُسب إلى مصدر عسكري قوله إن الدفاعات أسقطت مسيرتين فوق المطار.",
			"syrian_army asserts"},
		{"topic with a plain speech verb",
			"أما وزارة الدفاع الروسية فأكدت أن طائراتها لم تقصف أي سوق.",
			"russia_mod denies"},
		{"topic with فقد before the verb",
			"أما المرصد السوري فقد أكد أن سبعة أشخاص قتلوا في الغارة.",
			"sohr asserts"},
		{"verb first, the relay after the verb",
			"ونسبت وكالة الأناضول إلى مصادر محلية قولها إن الطائرة استهدفت سوقاً.",
			"local_sources via anadolu asserts"},
		{"ascribing a deed, not words",
			"ونسبت وزارة الدفاع الروسية الغارة إلى طائرات التحالف.",
			"russia_mod asserts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: lead + tt.text, Published: "2019-04-02"})
			if len(cs) < 2 {
				t.Fatalf("%s: %d claims, want 2", tt.text, len(cs))
			}
			if got := sourceLine(cs[len(cs)-1]); got != tt.want {
				t.Errorf("%s\ngot  %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
