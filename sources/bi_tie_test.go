package sources

import (
	"fmt"
	"strings"
	"testing"
)

// TestInstitutionTiedByBi checks that بـ ties an unnamed head to an
// institution word as في does ("مصدر بشرطة ..."، "مسؤول بالمستشفى"),
// and that a governorate after بـ stays a place: the head is not taken
// for the governorate's office. Sentences written for the test.
func TestInstitutionTiedByBi(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, id string
	}{
		{"ونقلت الوكالة عن مصدر بشرطة حماة أن قذيفتين سقطتا على الحي", "syria_interior"},
		{"وقال مصدر بالشرطة إن سيارة انفجرت قرب الدوار", "syria_interior"},
		{"وأفاد مسؤول بالمستشفى بأن الجرحى نقلوا إلى العناية", "medical_sources"},
		{"وذكر مصدر بقيادة شرطة اللاذقية أن الأضرار مادية", "syria_interior"},
		{"وقال مصدر بمحافظة درعا إن الطرق أغلقت", ""},
	}
	for _, c := range cases {
		var got []string
		ok := c.id == ""
		for _, m := range r.Mentions(c.text, nil) {
			got = append(got, fmt.Sprintf("%s %q", m.SourceID, m.Text))
			if c.id == "" && m.SourceID == "syria_government" {
				ok = false
			}
			if c.id != "" && m.SourceID == c.id {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s\nwant %q; got %s", c.text, c.id, strings.Join(got, "; "))
		}
	}
}

// TestDocumentationOffices checks that a local office counting the dead
// ("مكتب توثيق الشهداء في حمص") is a local source, and that a bare
// "مكتب التوثيق" (often the outlet's own) is not taken for one. Sentences
// written for the test.
func TestDocumentationOffices(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool
	}{
		{"وأحصى مكتب توثيق الشهداء في حمص مقتل أربعة مدنيين", true},
		{"وقال مكتب توثيق الضحايا في المدينة إن القتلى ستة", true},
		{"ووثق مكتب التوثيق لدينا عشرين عملية خلال الشهر", false},
	}
	for _, c := range cases {
		got := false
		for _, m := range r.Mentions(c.text, nil) {
			if m.SourceID == "local_sources" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: local source %v, want %v", c.text, got, c.want)
		}
	}
}
