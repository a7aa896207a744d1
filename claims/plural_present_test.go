package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPluralPresentAccusers checks that a plural or dual present verb of
// accusing or denying takes its subject from before it ("والأهالي
// يحمّلون ..."، "وذوو القتيلين يتهمون ...") and never from the noun after
// it, which is the accused.
func TestPluralPresentAccusers(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src, actor string
	}{
		{"kin of a dual of victims accuse",
			"ولقي شابان حتفهما برصاص مسلحين قرب طفس، وأهالي القتيلين يتهمون قوات النظام بتصفيتهما.", "local_sources", "syria_gov"},
		{"definite activists accuse",
			"والناشطون يتهمون الطيران الروسي بقصف الفرن في البلدة.", "local_sources", "russia"},
		{"the people hold a party responsible",
			"والأهالي يحمّلون الطيران الروسي مسؤولية المجزرة التي وقعت في السوق.", "local_sources", "russia"},
		{"the accused after the verb is not the speaker",
			"وعائلات الشهداء يتهمون قوات النظام بقصف الحي.", "local_sources", "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertAnyClaim(t, x, tt.text, 0, "of "+tt.src+" naming "+tt.actor, func(c claims.Claim) bool {
				return c.Source.ID == tt.src && actorOrDash(c) == tt.actor
			})
		})
	}
}

// TestPluralPresentDenial checks a plural present denial with its subject
// before it ("والأهالي ينفون ...").
func TestPluralPresentDenial(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"والأهالي ينفون وجود أي مسلحين في الحي الذي قصفته الطائرات.",
		"وذوو الضحايا ينفون أن يكون أبناؤهم قد حملوا السلاح.",
	} {
		found := false
		for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2019-05-06"}) {
			if c.Source.ID == "local_sources" && c.Stance == claims.StanceDenies {
				found = true
			}
		}
		if !found {
			t.Errorf("no denial by local_sources in %q", text)
		}
	}
}
