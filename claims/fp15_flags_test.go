package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPartyOfTheDeadIsNoDoer: the party in construct after the plural
// noun of the dead ("قتلى الجيش") counts its men among the victims; the
// army that foiled attacks did not make them. Sentences written for the
// test.
func TestPartyOfTheDeadIsNoDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, outlet, text, notActor string
	}{
		{"the dead of the government forces", "aljazeera",
			"وقال المرصد إن عدد قتلى القوات الحكومية في هجوم الأحد ارتفع إلى 18.", "syria_gov"},
		{"the army foiled the attacks", "sana",
			"وأكد التلفزيون أن وحدات الجيش أفشلت أربع هجمات على أطراف المطار.", "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2016-03-01", OutletID: tt.outlet}) {
				if c.Actor != nil && *c.Actor == tt.notActor {
					t.Errorf("%q: actor %s (rules %v)", c.Text, *c.Actor, c.Rules)
				}
			}
		})
	}
}

// TestStateTroopsAbsentIsNoCivilianTarget: an attacker that says a
// state's troops were not where it fired does not call the place
// civilian; that no armed men at all were there still does.
func TestStateTroopsAbsentIsNoCivilianTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		civilian   bool
	}{
		{"no soldiers of the regime there",
			"قصفت المدفعية مواقع المسلحين قرب القرية. وقال مصدر عسكري إنه لا وجود لعناصر النظام في المنطقة المستهدفة.", false},
		{"no armed men there",
			"قصفت المدفعية منازل قرب القرية. وقال أحد السكان إنه لا وجود لمسلحين في المنطقة المستهدفة.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-10-16", OutletID: "anadolu"}) {
				if c.Target != nil && *c.Target == "civilian, unarmed" {
					got = true
				}
			}
			if got != tt.civilian {
				t.Errorf("civilian, unarmed = %v, want %v", got, tt.civilian)
			}
		})
	}
}
