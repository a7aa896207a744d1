package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// assertAnyClaim extracts text (published on 2022-03-01) and checks that
// some claim from the skip-th on satisfies ok; otherwise it logs every
// claim (source, stance, actor, rules, text) and reports want, which says
// what was looked for.
func assertAnyClaim(t *testing.T, x *claims.Extractor, text string, skip int, want string, ok func(claims.Claim) bool) {
	t.Helper()
	cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2022-03-01"})
	for _, c := range cs[min(skip, len(cs)):] {
		if ok(c) {
			return
		}
	}
	for _, c := range cs {
		t.Logf("%s %s a=%s %v | %s", c.Source.ID, c.Stance, actorOrDash(c), c.Rules, c.Text)
	}
	t.Errorf("no claim %s", want)
}

// assertStanceOf checks that text has a claim of source with stance.
func assertStanceOf(t *testing.T, x *claims.Extractor, text, source, stance string) {
	t.Helper()
	assertAnyClaim(t, x, text, 0, "of "+source+" that "+stance, func(c claims.Claim) bool {
		return c.Source.ID == source && c.Stance == stance
	})
}

// actorOrBlank is the claim's actor, or "" when it names none.
func actorOrBlank(c claims.Claim) string {
	if c.Actor == nil {
		return ""
	}
	return *c.Actor
}
