package sources

import (
	"fmt"
	"strings"
	"testing"
)

// TestRolesReachTheirBody: a role held in a unit of a body, a title before
// a spokesman's name, an institution with its own side's adjective, and
// official media with or without a side. Sentences in our own words.
func TestRolesReachTheirBody(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, id, speaker string
	}{
		// A role in a unit named before "في" + the body.
		{"وأوضح الرئيس المشارك لهيئة الصحة في الإدارة الذاتية أن المشافي استقبلت الجرحى", "aanes", ""},
		{"وقالت الرئيسة المشاركة لهيئة الدفاع في الإدارة الذاتية إن القصف طال القرى", "aanes", ""},
		{"وذكر مدير مكتب الإعلام في وزارة الصحة السورية أن الحصيلة ارتفعت", "syria_health", ""},
		{"وصرح رئيس دائرة الإعلام في وزارة الخارجية التركية بأن أنقرة تتابع", "turkey_mfa", ""},
		// A title between the role and the name.
		{"وأكد الناطق باسم وزارة الخارجية الإيرانية الدكتور حسن فلاني أن طهران تدين", "iran_mfa", "حسن فلاني"},
		{"وقال المتحدث باسم وزارة الدفاع الروسية اللواء سيرغي فلانوف إن الطائرات عادت", "russia_mod", "سيرغي فلانوف"},
		// An institution followed by the adjective of its own side.
		{"وأفاد مصدر في الشرطة السورية بأن الانفجار وقع قرب السوق", "syria_interior", ""},
		{"وقال مسؤول في الشرطة التركية إن المنفذ اعتقل", "turkey_government", ""},
		// Official media: Syria's when unqualified, another side's otherwise.
		{"وأشارت وسائل إعلام رسمية إلى ستة جرحى", "syria_state_media", ""},
		{"ونقلت وسائل الإعلام الرسمية عن مصدر أن الدفاعات تصدت للصواريخ", "syria_state_media", ""},
		{"وقالت وسائل الإعلام الرسمية الإيرانية إن مستشارين قتلوا", "media", ""},
		{"وذكرت وسائل إعلام رسمية تركية أن الطائرة أسقطت", "media", ""},
	}
	for _, c := range cases {
		ms := r.Mentions(c.text, nil)
		var got []string
		ok := false
		for _, m := range ms {
			got = append(got, fmt.Sprintf("%s %q %s", m.SourceID, m.Text, m.Speaker))
			if m.SourceID == c.id && (c.speaker == "" || m.Speaker == c.speaker) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s\nwant %s %q; got %s", c.text, c.id, c.speaker, strings.Join(got, "; "))
		}
	}
}

// TestUnitNeedsRoleAndFi: a unit word without a role before it, or a body
// not after في, gives no role mention.
func TestUnitNeedsRoleAndFi(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"قتل عنصر من مكتب الأمن في الإدارة الذاتية بانفجار",
		"وزار رئيس الوزراء مقر هيئة الصحة في المدينة",
	} {
		for _, m := range r.Mentions(text, nil) {
			if m.Rule == RuleRoleOf {
				t.Errorf("%s: unexpected role mention %s %q", text, m.SourceID, m.Text)
			}
		}
	}
}
