package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnnamedOfficialsDoerGap: a body's unnamed officials quoted by two
// articles, one naming the doer and one saying it is not yet known, are
// two voices: a perpetrator gap against the party that claimed it. The
// body's own named statements across articles, or one article's unnamed
// source saying both, are one voice (no gap of its own).
func TestUnnamedOfficialsDoerGap(t *testing.T) {
	anon := func(id string) claims.Source {
		return claims.Source{ID: id, Name: id, Anonymous: true}
	}
	names := func(id, article string, s claims.Source) claims.Claim {
		return claims.Claim{ID: id, Article: article, Source: s, Actor: sp("isis"), Stance: claims.StanceAsserts,
			Text: "وقال المسؤول إن التنظيم يقف وراء التفجير", Rules: []string{"actor:stands_behind"}}
	}
	unknown := func(id, article string, s claims.Source) claims.Claim {
		return claims.Claim{ID: id, Article: article, Source: s, Actor: sp("unknown"), Stance: claims.StanceUnknown,
			Text: "ولم تعرف بعد الجهة المسؤولة عن التفجير", Rules: []string{"actor:doer_not_known"}}
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"unnamed officials of two articles", []claims.Claim{names("c1", "a1", anon("syria_interior")),
			unknown("c2", "a2", anon("syria_interior"))}, []string{"gap actor syria_interior"}},
		{"unnamed official of one article", []claims.Claim{names("c1", "a1", anon("syria_interior")),
			unknown("c2", "a1", anon("syria_interior"))}, nil},
		{"the named ministry across articles", []claims.Claim{names("c1", "a1", src("syria_interior")),
			unknown("c2", "a2", src("syria_interior"))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindGap, tt.want)
		})
	}
}
