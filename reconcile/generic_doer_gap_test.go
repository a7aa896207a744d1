package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericDoerGap (a gap may set one unnamed category of speakers
// against itself, so its positions outnumber its sources, as for the toll):
// "local sources" of one article that say they do not
// know whose aircraft struck, and "local sources" of another that name
// the doer, are different people under one name: a perpetrator gap. A
// hedged guess of the first article does not join them to the namers; a
// named source across articles, or unnamed sources naming the doer in the
// very article where they say they do not know it, are one voice (no
// gap). Claims written for the test.
func TestGenericDoerGap(t *testing.T) {
	generic := func(id string) claims.Source {
		return claims.Source{ID: id, Name: id, Kind: "anonymous"}
	}
	names := func(id, article string, s claims.Source, stance string) claims.Claim {
		return claims.Claim{ID: id, Article: article, Source: s, Stance: stance, Actor: sp("us"),
			EventType: claims.EventAirstrike, Text: "وقالت المصادر إن طائرات أمريكية قصفت المسجد"}
	}
	notKnown := func(id, article string, s claims.Source) claims.Claim {
		return claims.Claim{ID: id, Article: article, Source: s, Stance: claims.StanceUnknown, Actor: sp("unknown"),
			EventType: claims.EventAirstrike, Rules: []string{"actor:doer_not_known"},
			Text: "وقال رئيس المجلس المحلي إن الأهالي لا يعرفون لمن تتبع الطائرات"}
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"local sources of two articles", []claims.Claim{names("c1", "a1", generic("local_sources"), claims.StanceAsserts),
			notKnown("c2", "a2", generic("local_sources"))}, []string{"gap actor local_sources"}},
		{"a hedged guess beside the ignorance", []claims.Claim{names("c1", "a1", generic("local_sources"), claims.StanceAsserts),
			notKnown("c2", "a2", generic("local_sources")), names("c3", "a2", generic("local_sources"), claims.StanceUnconfirmed)},
			[]string{"gap actor local_sources"}},
		{"local sources of one article", []claims.Claim{names("c1", "a1", generic("local_sources"), claims.StanceAsserts),
			notKnown("c2", "a1", generic("local_sources"))}, nil},
		{"a named monitor across articles", []claims.Claim{names("c1", "a1", src("sohr"), claims.StanceAsserts),
			notKnown("c2", "a2", src("sohr"))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindGap, tt.want)
		})
	}
}
