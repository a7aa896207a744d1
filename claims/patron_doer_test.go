package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnknownPairOfDoers: the dual "مجهولان" (two unknown men, a common
// report of a shooting from a motorbike) is unknown people as the doer,
// like the plural; the dead named by it are not doers.
func TestUnknownPairOfDoers(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ولقي تاجر حتفه في بلدة نوى بعد أن أطلق مجهولان النار عليه قرب دكانه مساء الأحد.", "unknown"},
		{"وأصيب عنصر من الشرطة برصاص مجهولَين قرب دوار البلدة.", "unknown"},
		{"وعثر الأهالي على جثتين لشخصين مجهولين قرب الطريق بعد القصف.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2025-12-01"}) {
				if c.Actor != nil {
					got = *c.Actor
				}
				break
			}
			if got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestPatronAfterDoerVerb: after a relative verb that names who did the
// deed ("نفذته"، "شنتها"), a force linked to a party by "مرتبطة بـ"،
// "محسوبة على" or "مقربة من" did it for that party; after a verb of
// striking ("استهدفت"، "قصفت") such a force is what was hit, and its
// patron is no doer. Sentences written for the test.
func TestPatronAfterDoerVerb(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت حكومة الإنقاذ إن تفجير المستودع نفذته خلايا مرتبطة بنظام الأسد.", "syria_gov"},
		{"وقالت الوزارة إن الهجوم على الحاجز نفذته مجموعات مرتبطة بتنظيم داعش.", "isis"},
		{"وقال المرصد إن الكمين نفذته عناصر محسوبة على قوات النظام.", "syria_gov"},
		{"وقال المرصد إن الغارة استهدفت خلايا مرتبطة بتنظيم داعش.", "-"},
		{"وقال المرصد إن الطائرات قصفت مجموعات مرتبطة بالنظام.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2018-08-12"}) {
				if c.Actor != nil {
					got = *c.Actor
				}
				break
			}
			if got != tt.want {
				t.Errorf("%s: got %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestJoinedBodyIsPatron: fighters described by the body they joined
// ("انضمت إلى"، "انضموا إلى"، "المنضمين إلى") act for that body, so when
// they are the subject of the event verb the body is the doer. Fighters
// who joined and were then killed name no doer. Sentences written for
// the test.
func TestJoinedBodyIsPatron(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال سكان إن مسلحين من مجموعات انضمت إلى الجيش السوري اقتحموا الحي وأحرقوا منازل.", "local_sources syria_gov"},
		{"وقال المرصد إن مقاتلين انضموا إلى تنظيم داعش هاجموا نقطة للجيش قرب البلدة.", "sohr isis"},
		{"وقال المرصد إن مسلحين منضمين إلى تنظيم داعش هاجموا نقطة للجيش قرب البلدة.", "sohr isis"},
		// The joiners were the ones hit.
		{"وقال المرصد إن مسلحين انضموا إلى تنظيم داعش قتلوا بقصف على البلدة.", "sohr -"},
	}
	checkPerpLines(t, x, tests)
}
