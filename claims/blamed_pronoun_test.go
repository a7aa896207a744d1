package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBlamedPronounIsNotTheSpeaker checks that the pronoun of a
// complementizer after a blame phrase ("وجّه أصابع الاتهام إلى ...، قائلاً
// إنها ...") stands for the party blamed, so the deed it tells is not the
// speaker's own; a self-referring complementizer with no blame before it
// still makes the speaker the doer.
func TestBlamedPronounIsNotTheSpeaker(t *testing.T) {
	x, _ := extractor(t)
	actor := func(c claims.Claim) string {
		if c.Actor == nil {
			return c.Source.ID + " -"
		}
		return c.Source.ID + " " + *c.Actor
	}
	cases := []lineCase{
		{"ووجّه الحشد الشعبي أصابع الاتهام إلى جهة لم يسمها، قائلاً إنها نفذت الضربة بطائرات مسيرة قرب الحدود.",
			// the blame phrase and the participle's clause are two
			// claims of the same speaker, neither its own deed
			[]string{"pmf -", "pmf -"}},
		{"وأعلن الحشد الشعبي أنه نفذ ضربة بطائرات مسيرة على مواقع للتنظيم قرب الحدود.",
			[]string{"pmf iran_backed"}},
	}
	assertLines(t, x, cases, actor)
}
