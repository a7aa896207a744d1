package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniedDeedContext: a denial takes its event from the deed it
// denies. A charge word ("مزاعم", "ادعاءات", "اتهامات") or a verbal noun
// of carrying out ("تنفيذ") before the deed, naming no other doer, denies
// the speaker's own act; a negated imperfect "يستهدف" is a strike; a year
// that old pictures "date back to" is not the denial's date. Sentences
// written for the test.
func TestDeniedDeedContext(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, typ, actor, date string
		not                    string // a doer the denial must not name
	}{
		{"ونفت وزارة الدفاع التركية مزاعم قصف قرية في ريف الرقة.", claims.EventAirstrike, "turkey", "2024-03-12", ""},
		{"ونفى الجيش الإسرائيلي الادعاءات بقصف موقع قرب القنيطرة.", claims.EventAirstrike, "israel", "2024-03-12", ""},
		{"ونفت وزارة الدفاع الروسية تنفيذ أي غارات جوية في ريف إدلب.", claims.EventAirstrike, "russia", "2024-03-12", ""},
		{"ونفت وزارة الدفاع الروسية تنفيذ غارات على بلدة في ريف حماة.", claims.EventAirstrike, "russia", "2024-03-12", ""},
		{"وقال التحالف إنه لم يستهدف أي موقع في ريف دير الزور.", claims.EventAirstrike, "", "2024-03-12", ""},
		{"وقال مسؤول في البنتاغون إن القوات الأمريكية لم تستهدف أي منشأة في الميادين.", claims.EventAirstrike, "", "2024-03-12", ""},
		{"وأوضحت الوزارة أن الصور المتداولة عن قصف البلدة قديمة وتعود إلى عام 2017.", claims.EventAirstrike, "", "2024-03-12", ""},
		{"وقال الجيش إن مقطع الفيديو قديم ويعود لعام 2016 ولا علاقة له بقصف حلب.", claims.EventAirstrike, "", "2024-03-12", ""},
		// negatives: another doer is named after the charge; news is no charge;
		// homes not targeted dispute what was hit, not the strike
		{"ونفت قوات سوريا الديمقراطية مزاعم قصف الجيش التركي للقرية.", "", "", "", "sdf"},
		{"ونفت وزارة الدفاع الروسية الأنباء عن غارات على بلدة في ريف إدلب.", claims.EventAirstrike, "", "", "russia"},
		{"وأكد مصدر عسكري أن الوحدات لم تستهدف أي مبنى سكني في المدينة.", claims.EventOther, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			c := denialIn(t, x, tt.text)
			if tt.typ != "" && c.EventType != tt.typ {
				t.Errorf("type %s, want %s (%v)", c.EventType, tt.typ, c.Rules)
			}
			got := ""
			if c.Actor != nil {
				got = *c.Actor
			}
			if tt.actor != "" && got != tt.actor || tt.not != "" && got == tt.not {
				t.Errorf("actor %q, want %q (%v)", got, tt.actor, c.Rules)
			}
			if tt.date != "" && (c.Date == nil || *c.Date != tt.date) {
				t.Errorf("date %v, want %s (%v)", c.Date, tt.date, c.Rules)
			}
		})
	}
}

// TestNoTruthToReport: "لا صحة لما تداولته X عن ..." hands the denial
// over to the report it names; the speaker denies the deed the report
// tells, with its type and place. Sentences written for the test.
func TestNoTruthToReport(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, source, typ, place string
	}{
		{"التحالف: لا صحة لما نشرته قنوات رسمية عن غارة على نقطة عسكرية في الميادين.", "coalition", claims.EventAirstrike, "mayadin"},
		{"وقال مصدر عسكري إنه لا صحة لما تناقلته مواقع معارضة عن هجوم على حاجز قرب تدمر.", "syrian_army", claims.EventGroundAttack, "palmyra"},
		{"وزارة الدفاع الروسية: لا صحة لما روجته حسابات عن قصف جوي على بلدة كفرنبل.", "russia_mod", claims.EventAirstrike, "kafr_nabl"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-03-12"})
			i := slices.IndexFunc(cs, func(c claims.Claim) bool { return c.Source.ID == tt.source })
			if i < 0 {
				t.Fatalf("no claim of %s in %+v", tt.source, cs)
			}
			c := cs[i]
			if c.Stance != claims.StanceDenies || c.EventType != tt.typ || !slices.Contains(c.Places, tt.place) {
				t.Errorf("got %s %s %v, want denies %s %s (%v)", c.Stance, c.EventType, c.Places, tt.typ, tt.place, c.Rules)
			}
		})
	}
}

// denialIn extracts text (published 2024-03-12) and returns its first
// claim that denies; the test fails without one.
func denialIn(t *testing.T, x *claims.Extractor, text string) claims.Claim {
	t.Helper()
	cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2024-03-12"})
	i := slices.IndexFunc(cs, func(c claims.Claim) bool { return c.Stance == claims.StanceDenies })
	if i < 0 {
		t.Fatalf("no denial in %+v", cs)
	}
	return cs[i]
}
