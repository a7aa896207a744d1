package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniedObjectIsNoOccurrence: a denial whose object is someone's tie
// to a party, the size of a count, or a side's share in planning grants
// the deed, so it raises no occurrence flag; a denial of the deed itself
// still does. Sentences written for the test.
func TestDeniedObjectIsNoOccurrence(t *testing.T) {
	strike := func(id string) claims.Claim {
		return mk(claims.Claim{ID: id, Source: src("sohr"), Actor: sp("us"), EventType: claims.EventAirstrike,
			Text: "قتل رجل وابنه بغارة أمريكية على منزلهما", Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 2)}})
	}
	tests := []struct {
		name, text string
		figs       []claims.Figure
		want       bool
	}{
		{"family denies the dead man's membership before his death", "وتنفي أسرة الرجل انتماءه إلى أي تنظيم مسلح بعد مقتله بالغارة",
			[]claims.Figure{exact(claims.OutcomeKilled, "unknown", 1)}, false},
		{"relatives deny the victims' ties, suffix on the noun", "نفى أقارب الضحيتين ارتباطهما بالجماعة، وقالوا إن مقتلهما ظلم",
			[]claims.Figure{exact(claims.OutcomeKilled, "unknown", 2)}, false},
		{"a killing denied with a count still denies the toll", "ونفى الأهالي مقتل أي شخص في الغارة المزعومة",
			[]claims.Figure{exact(claims.OutcomeKilled, "unknown", 0)}, false},
		{"figures called overstated", "وقال قائد ميداني إن الأعداد التي نشرتها الوزارة مبالغ فيها كثيراً", nil, false},
		{"a toll called inflated, another spelling", "ووصف المتحدث الأرقام المتداولة بأنها مضخّمة ولا تعكس الواقع", nil, false},
		{"talk of a strike called exaggeration", "واعتبر المسؤول ما يروج عن الضربة تهويلاً إعلامياً", nil, false},
		{"coordination with the striker denied", "ونفت الوزارة ما أشيع عن تنفيذ الضربات بالتنسيق معها", nil, false},
		{"any coordination denied", "وأكد المصدر أنه لم يجر أي تنسيق مع الطائرات المغيرة", nil, false},
		{"a fabricated report of the strike is still an occurrence denial", "ووصف المصدر الأنباء عن غارة على البلدة بأنها مفبركة بالكامل", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(strike("c1"),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Stance: claims.StanceDenies, Text: tt.text,
					EventType: claims.EventAirstrike, Figures: tt.figs}))
			if tt.want {
				cs[1].Rules = append(cs[1].Rules, "stance:denial_falsehood", "attribution:embedded_report")
			}
			lines := compareLines(t, cs)
			got := false
			for _, l := range lines {
				if strings.HasPrefix(l, "occurrence occurrence ") {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("occurrence flagged = %v, want %v: %v", got, tt.want, lines)
			}
		})
	}
}

// TestChemicalDenialOfShare: a side that denies any tie to a chemical
// attack disputes who did it, not that toxic agents were used, so no
// occurrence flag of any field; a denial that agents were used at all is
// still an occurrence dispute.
// Sentences written for the test.
func TestChemicalDenialOfShare(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"tie to the gas attack denied", "ونفى قيادي في الفصائل أي صلة لها بالهجوم بالغاز السام", false},
		{"share in the gas attack denied", "وأكد الفصيل أن لا علاقة له بالقذائف الكيميائية", false},
		{"use of agents denied", "ونفى المصدر استخدام أي غازات سامة في المنطقة", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Actor: sp("unknown"), EventType: claims.EventShelling,
					Text: "أصيب العشرات بحالات اختناق جراء قذائف تحمل غازات سامة"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Stance: claims.StanceDenies, Text: tt.text,
					EventType: claims.EventShelling}),
			)
			got := false
			for _, l := range compareLines(t, cs) {
				if strings.HasPrefix(l, "occurrence ") {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("occurrence flagged = %v, want %v: %v", got, tt.want, compareLines(t, cs))
			}
		})
	}
}

// TestAffiliationAndExaggerationWords covers the word tests of
// denied_object.go over spellings and clitics.
func TestAffiliationAndExaggerationWords(t *testing.T) {
	for w, want := range map[string]bool{
		"انتماءه": true, "لانتمائه": true, "انتماؤهم": true, "وارتباطه": true, "عضويته": true, "بعلاقتها": true,
		"الانتساب": true, "انتخابات": false, "علامات": false, "صلاة": false,
	} {
		if got := isAffiliationWord(normalizeWords(w)); got != want {
			t.Errorf("isAffiliationWord(%q) = %v, want %v", w, got, want)
		}
	}
	for text, want := range map[string]bool{
		"الحصيلة مبالغ فيها":          true,
		"أرقام مضخمة":                 true,
		"وصفها بالمبالغات":            false, // a clitic ب before ال is not read
		"نفى وقوع الغارة":             false,
		"اتهم الإعلام بتضخيم الخسائر": true,
	} {
		c := &claims.Claim{Stance: claims.StanceDenies, Text: text}
		if got := callsExaggerated(c); got != want {
			t.Errorf("callsExaggerated(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestOwnForcesDeniedAndReportFalse: a side that denies its own aircraft
// struck and calls the report of the strike false in the same breath
// denies the deed as told (an occurrence dispute); denying only its own
// aircraft's part disputes the doer. Claims written for the test.
func TestOwnForcesDeniedAndReportFalse(t *testing.T) {
	tests := []struct {
		name  string
		rules []string
		want  bool
	}{
		{"own aircraft denied and the report called misleading",
			[]string{"stance:cue", "actor:own_forces", claims.RuleFalseReportToo}, true},
		{"own aircraft denied only", []string{"stance:cue", "actor:own_forces"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "a1", Source: src("white_helmets"), Actor: sp("russia"), Target: sp("market"),
					EventType: claims.EventAirstrike, Text: "غارتان روسيتان على سوق البلدة"}),
				mk(claims.Claim{ID: "d1", Source: src("russia_mod"), Stance: claims.StanceDenies, Actor: sp("russia"),
					EventType: claims.EventAirstrike, Rules: tt.rules,
					Text: "نفت أن تكون مقاتلاتها قد أغارت على البلدة ووصفت ما ينشر بأنه تضليل"}),
			)
			got := len(onlyKind(compareLines(t, cs), KindOccurrence)) > 0
			if got != tt.want {
				t.Errorf("occurrence flagged = %v, want %v (%v)", got, tt.want, compareLines(t, cs))
			}
		})
	}
}
