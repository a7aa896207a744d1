package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestObjectOwnerIsNoDoer: after a finite verb of striking and its
// object, a party joined to the object by لـ owns what was struck ("ضربت
// مخازن ومنصات للجيش"); it is no doer. Right after a verbal noun the same
// لـ still marks the agent. Sentences written for the test.
func TestObjectOwnerIsNoDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وقال المتحدث إن طائراته قصفت مستودعات ومنصات إطلاق للجيش السوري جنوبي البلاد.", []string{"-"}},
		{"وذكر مراقبون أن المقاتلات أغارت على رادار قديم وعلى منصات هاون لقوات النظام.", []string{"-"}},
		{"وقال ناشطون إن قصفاً مدفعياً لقوات النظام استهدف القرية.", []string{"syria_gov"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		return a
	})
}
