package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// textWant is a sentence written for a test and the line it must give.
type textWant struct{ text, want string }

// checkClaimLine extracts each case's text as published on the given day
// and compares line of one of its claims (the first, or the last when
// last is set; "-" when there is none) with the case's want.
func checkClaimLine(t *testing.T, x *claims.Extractor, published string, last bool, tests []textWant, line func(claims.Claim) string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: published}) {
				got = line(c)
				if !last {
					break
				}
			}
			if got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// stanceActor renders a claim as "stance actor".
func stanceActor(c claims.Claim) string { return c.Stance + " " + actorOrDash(c) }

// sourceActor renders a claim as "source actor".
func sourceActor(c claims.Claim) string { return c.Source.ID + " " + actorOrDash(c) }

// sourceStanceActor renders a claim as "source stance actor".
func sourceStanceActor(c claims.Claim) string {
	return c.Source.ID + " " + c.Stance + " " + actorOrDash(c)
}

// checkFirstEventTypes extracts each case's text as published on the given
// day and compares the event type of its first claim with the case's want.
func checkFirstEventTypes(t *testing.T, x *claims.Extractor, published string, tests []textWant) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: published})
			if len(cs) == 0 || cs[0].EventType != tt.want {
				var got []string
				for _, c := range cs {
					got = append(got, c.EventType)
				}
				t.Errorf("%s\ngot %v, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// checkFirstDates extracts each case's text as published on the given day
// and compares the date of its first claim ("-" when it has none) with the
// case's want; a text that gives no claim fails.
func checkFirstDates(t *testing.T, x *claims.Extractor, published string, tests []textWant) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: published})
			if len(cs) == 0 {
				t.Fatalf("no claim: %s", tt.text)
			}
			d := "-"
			if cs[0].Date != nil {
				d = *cs[0].Date
			}
			if d != tt.want {
				t.Errorf("%s\ngot %s, want %s (rules %v)", tt.text, d, tt.want, cs[0].Rules)
			}
		})
	}
}
