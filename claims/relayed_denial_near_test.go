package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRelayedDenialAfterLongSpeaker: "نقل X عن <speaker> نفيه ..." denies
// even when the speaker's description runs on past what the mention takes
// in (a body, a province, a quarter); a complementizer before the verbal
// noun means the content has begun, and no denial is read. Sentences
// written for the test.
func TestRelayedDenialAfterLongSpeaker(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text   string
		source string
		want   string
	}{
		{`ونقلت الصحيفة عن مسؤول في مجلس محافظة درعا نفيه "ما تروجه مواقع معارضة عن صفقة لتبادل الأسرى".`, "syria_government", claims.StanceDenies},
		{"ونقلت الوكالة عن مصدر عسكري في ريف حماة الشمالي نفيه ما تروجه مواقع معارضة عن قصف مدرسة.", "syrian_army", claims.StanceDenies},
		{"ونقلت الصحيفة عن مسؤول في مجلس محافظة درعا أن الطائرات قصفت البلدة.", "", claims.StanceAsserts},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-03-12"})
			i := slices.IndexFunc(cs, func(c claims.Claim) bool { return tt.source == "" || c.Source.ID == tt.source })
			if i < 0 {
				t.Fatalf("no claim of %q in %+v", tt.source, cs)
			}
			if cs[i].Stance != tt.want {
				t.Errorf("stance %s, want %s (%v)", cs[i].Stance, tt.want, cs[i].Rules)
			}
		})
	}
}

// TestAscribedDenial: "نسبت X إلى Y نفيه ..." ascribes a denial to Y, as
// "نسبت X إلى Y قوله ..." ascribes a saying. Sentences written for the
// test.
func TestAscribedDenial(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, source, want string
	}{
		{"ونسبت الصحيفة إلى مصدر في الجيش نفيه أن تكون وحداته قد قصفت أي موقع تركي في المنطقة.", "syrian_army", claims.StanceDenies},
		{"ونسبت الصحيفة إلى مصدر في الجيش قوله إن وحداته قصفت مواقع المسلحين.", "syrian_army", claims.StanceAsserts},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-03-12"})
			i := slices.IndexFunc(cs, func(c claims.Claim) bool { return c.Source.ID == tt.source })
			if i < 0 {
				t.Fatalf("no claim of %s in %+v", tt.source, cs)
			}
			if cs[i].Stance != tt.want {
				t.Errorf("stance %s, want %s (%v)", cs[i].Stance, tt.want, cs[i].Rules)
			}
		})
	}
}
