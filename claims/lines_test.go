package claims_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// lineCase is a text written for a test and the line that each of its
// claims must give, in order.
type lineCase struct {
	text string
	want []string
}

// assertLines extracts each case's text and compares the lines that line
// gives for its claims with the case's want.
func assertLines(t *testing.T, x *claims.Extractor, tests []lineCase, line func(claims.Claim) string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				got = append(got, line(c))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// sourceLine renders a claim as "source [via relay,relay] stance".
func sourceLine(c claims.Claim) string {
	s := c.Source.ID
	if len(c.Via) > 0 {
		var ids []string
		for _, v := range c.Via {
			ids = append(ids, v.ID)
		}
		s += " via " + strings.Join(ids, ",")
	}
	return s + " " + c.Stance
}
