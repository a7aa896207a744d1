package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestStagedReportDenies: a report called staged, made up, fake, at odds
// with reality or part of a disinformation campaign is denied, whichever
// word the speaker picks; the head of a body named before speaks for it
// ("رئيس المركز"), while a head of a body named with its own adjective
// does not; the other names of the Russian reconciliation centre.
func TestStagedReportDenies(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, source, stance string
	}{
		{"staged play", "هوت قذائف فوق حارة سكنية بالبلدة. وذكرت الدفاع الروسية أن ما نشرته المنظمة عن سقوط قتلى في الحي مسرحية مكشوفة.", "russia_mod", claims.StanceDenies},
		{"made up", "هوت قذائف فوق حارة سكنية بالبلدة. وقال مصدر عسكري إن رواية المعارضة عن استهداف الحي مختلقة من أساسها.", "syrian_army", claims.StanceDenies},
		{"at odds with reality", "هوت قذائف فوق حارة سكنية بالبلدة. وذكرت الدفاع الروسية أن الأنباء عن قصف الحي لا تمت إلى الواقع بصلة.", "russia_mod", claims.StanceDenies},
		{"not true", "هوت قذائف فوق حارة سكنية بالبلدة. وأكد مصدر عسكري عدم صحة الأخبار عن قصف الحي.", "syrian_army", claims.StanceDenies},
		{"disinformation campaign", "هوت قذائف فوق حارة سكنية بالبلدة. ووصف مصدر عسكري الأنباء عن قصف الحي بأنها جزء من حملة تضليل إعلامي.", "syrian_army", claims.StanceDenies},
		{"centre by another name", "هوت قذائف فوق حارة سكنية بالبلدة. وقال المركز الروسي لتنسيق المصالحة إن القذائف أطلقها المسلحون.", "russia_reconciliation", claims.StanceAsserts},
		{"head of the centre", "نفى مركز المصالحة الروسي قصف الحي. وقال رئيس المركز إن وسائط الرصد لم تسجل أي غارة على الحي.", "russia_reconciliation", claims.StanceDenies},
		{"head of a local council", "نفى مركز المصالحة الروسي قصف الحي. وقال رئيس المجلس المحلي إن الغارات دمرت الحي.", "local_sources", claims.StanceAsserts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
			for _, c := range cs[1:] {
				if c.Source.ID == tt.source && c.Stance == tt.stance {
					return
				}
			}
			for _, c := range cs {
				t.Logf("%s %s %v | %s", c.Source.ID, c.Stance, c.Rules, c.Text)
			}
			t.Errorf("no claim of %s that %s", tt.source, tt.stance)
		})
	}
}

// TestDeniedSortie: aircraft that flew no sortie, no mission, or did not
// fly over or near the place deny the strike; sorties counted, or a
// mission of no aircraft, deny nothing.
func TestDeniedSortie(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, stance string
	}{
		{"no sorties", "ذكرت الدفاع الروسية أن مقاتلاتها لم تنفذ أي طلعات فوق البلدة.", claims.StanceDenies},
		{"no combat mission", "ذكرت الدفاع الروسية أن مقاتلاتها لم تنفذ أي مهمة قتالية بريف إدلب.", claims.StanceDenies},
		{"did not fly over", "ذكرت الدفاع الروسية أن الطائرات الروسية لم تحلق فوق القرية ذلك اليوم.", claims.StanceDenies},
		{"did not come near", "ذكرت الدفاع الروسية أن أي طائرة لم تقترب من المخيم.", claims.StanceDenies},
		{"no sorties at all", "ذكرت الدفاع الروسية أنه لا طلعات جوية فوق البلدة منذ أسبوع.", claims.StanceDenies},
		{"sorties counted", "ذكرت الدفاع الروسية أن طائراتها نفذت 30 طلعة فوق البادية.", claims.StanceAsserts},
		{"a mission of no aircraft", "ذكرت الدفاع الروسية أن عناصر الشرطة العسكرية لم تقم بأي مهمة في البلدة.", claims.StanceAsserts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertStanceOf(t, x, tt.text, "russia_mod", tt.stance)
		})
	}
}
