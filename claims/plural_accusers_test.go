package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPluralAccusers: a plural verb of accusing has a pronoun subject, so
// the party after it is the accused, never the speaker; its subject is a
// human plural named before it in the sentence, even with the group's
// place between ("ناشطون في المنطقة اتهموا"). An exchange of accusations
// names no one accused. Sentences written for the test.
func TestPluralAccusers(t *testing.T) {
	x, _ := extractor(t)
	tests := []namedActorCase{
		{"وقال ناشطون إن المدفعية قصفت أطراف البلدة، وحمّلوا قوات النظام المسؤولية.", "syria_gov"},
		{"وروجت وسائل إعلام رسمية أن خلايا للتنظيم نفذت الاغتيال، لكن ناشطين في البلدة اتهموا فرع المخابرات الجوية بالوقوف خلفه.", "syria_gov"},
		{"وقال سكان في القرية إن طائرات روسية قصفت السوق.", "russia"},
		// an exchange of accusations
		{"ويأتي ذلك وسط تبادل الاتهامات بين قسد والجيش الوطني حول قصف القرية.", "-"},
		{"وتبادل الطرفان الاتهامات بالمسؤولية عن قصف المعبر.", "-"},
	}
	assertNamedActor(t, x, tests)
}

// TestPluralAccuserSpeaker: the speaker of the plural verb's claim is the
// group named before it, not the party accused after it.
func TestPluralAccuserSpeaker(t *testing.T) {
	x, _ := extractor(t)
	text := "وقال ناشطون إن المدفعية قصفت أطراف البلدة، وحمّلوا قوات النظام المسؤولية."
	found := false
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01"}) {
		if c.Actor == nil || *c.Actor != "syria_gov" {
			continue
		}
		found = true
		if c.Source.ID != "local_sources" {
			t.Errorf("speaker %s, want local_sources", c.Source.ID)
		}
	}
	if !found {
		t.Error("no claim names syria_gov")
	}
}

// TestBlameWithLam: "حمّل X المسؤولية لـY" lays it on Y, the party after
// لـ; sentences written for the test.
func TestBlameWithLam(t *testing.T) {
	x, _ := extractor(t)
	assertNamedActor(t, x, []namedActorCase{
		{"وحمّل ناشطون معارضون مسؤوليته لعناصر من الشبيحة.", "syria_gov"},
		{"وحمّل سكان البلدة مسؤولية الهجوم لقوات النظام.", "syria_gov"},
	})
}
