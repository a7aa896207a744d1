package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOwnForcesThatRepelled: the speaker's own forces that drove back or
// foiled an attack (صدّ، أفشل) did not carry it out; the claim names no
// doer unless it names who was driven back. Their own strike still reads
// as theirs. Sentences written for the test.
func TestOwnForcesThatRepelled(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"drove back, no attacker named",
			"قال قائد ميداني في الجيش الوطني إن مقاتليه صدوا الهجوم على القرية بعد اشتباك دام ساعتين.",
			""},
		{"foiled, no attacker named",
			"ذكر قيادي في الجيش الوطني أن قواته أفشلت هجوماً ليلياً على تلة قرب عفرين.",
			""},
		{"drove back an attacker it names",
			"قال قائد ميداني في الجيش الوطني إن قواته صدت هجوماً لقوات سوريا الديمقراطية قرب تادف.",
			"sdf"},
		{"own forces that struck",
			"قال قائد ميداني في الجيش الوطني إن قواته قصفت مواقع قرب تل رفعت.",
			"turkey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "enab_baladi", Published: "2021-05-02"})
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			c := cs[0]
			got := ""
			if c.Actor != nil {
				got = *c.Actor
			}
			if got != tt.want {
				t.Errorf("actor %q (%v), want %q", got, c.Rules, tt.want)
			}
		})
	}
}
