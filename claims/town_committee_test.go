package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTownCommittee: one coordination committee of a town, a quarter or a
// camp ("تنسيقية البلدة"، "تنسيقية حي ..."، "إحدى تنسيقيات الناشطين") is a
// local source; the committees as a network ("تنسيقيات معارضة"، "لجان
// التنسيق المحلية") stay activist; a named body whose name starts with
// the word stays itself; a committee that speaks of nothing is no source.
func TestTownCommittee(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وأحصت تنسيقية البلدة أسماء ستة قتلى سقطوا بالغارة على السوق.", "local_sources"},
		{"وقالت إحدى تنسيقيات الناشطين في الحي إن القذائف سقطت قرب المدرسة.", "local_sources"},
		{"وذكرت تنسيقية مدينة سراقب أن الطائرات ألقت براميل على الأحياء الشرقية.", "local_sources"},
		{"وقالت تنسيقيات معارضة إن القصف طال مشفى ميدانياً.", "activist"},
		{"وقالت لجان التنسيق المحلية إن القصف طال مشفى ميدانياً.", "activist"},
		{"وقالت تنسيقية المقاومة العراقية إنها استهدفت القاعدة بالطائرات المسيرة.", "islamic_resistance_iraq"},
		{"وعقدت تنسيقية الأحزاب اجتماعاً في المدينة.", "enab_baladi"},
	}
	checkEnabFirstSources(t, x, tests)
}

// checkEnabFirstSources extracts each text as an Enab Baladi article and
// checks the source of its first claim, logging every claim on a miss.
func checkEnabFirstSources(t *testing.T, x *claims.Extractor, tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		cs := x.Extract(enabArticle(tt.text))
		if len(cs) == 0 || cs[0].Source.ID != tt.want {
			for _, c := range cs {
				t.Logf("%s %v | %s", c.Source.ID, c.Rules, c.Text)
			}
			t.Errorf("%q: want %s", tt.text, tt.want)
		}
	}
}

// enabArticle is text as an Enab Baladi article of 1 March 2022: an outlet
// of no state's side, whose own voice is enab_baladi.
func enabArticle(text string) claims.Article {
	return claims.Article{ID: "t", Text: text, Outlet: "عنب بلدي", OutletID: "enab_baladi", Published: "2022-03-01"}
}

// assertEnabClaimOf checks that text, as an Enab Baladi article, has a
// claim of src holding words, logging every claim when it has none.
func assertEnabClaimOf(t *testing.T, x *claims.Extractor, text, words, src string) {
	t.Helper()
	cs := x.Extract(enabArticle(text))
	for _, c := range cs {
		if strings.Contains(c.Text, words) && c.Source.ID == src {
			return
		}
	}
	for _, c := range cs {
		t.Logf("%s %v | %s", c.Source.ID, c.Rules, c.Text)
	}
	t.Errorf("%q: no claim of %s with %q", text, src, words)
}
