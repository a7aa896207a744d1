package sources

import (
	"fmt"
	"strings"
	"testing"
)

// TestCreditedInstitution checks that a bare police or security word is a
// speaker as the subject of a credit or speech verb right before it ("على
// ما نقلته شرطة ..."), not when another body's adjective follows it or
// when no credit precedes it, and that other institution words keep
// needing a head or a role. Sentences written for the test.
func TestCreditedInstitution(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want string // source id of a mention, "" for no mention
	}{
		{"وأصيب طفلان بشظايا القذيفة، وفق ما نقلته شرطة الحي", "syria_interior"},
		{"وسقط قتيل في الحادث بحسب الشرطة", "syria_interior"},
		{"وأوقف ثلاثة مشتبهين وفق ما أعلنته شرطة حماة", "syria_interior"},
		{"وانتشرت الشرطة في شوارع الحي بعد الانفجار", ""},
		{"وذكرت الشرطة العسكرية أمس توقيف مشتبه به", ""},
		{"وقتل جندي في الاشتباك بحسب الجيش", ""},
	}
	for _, c := range cases {
		var got []string
		found := ""
		for _, m := range r.Mentions(c.text, nil) {
			got = append(got, fmt.Sprintf("%s %q", m.SourceID, m.Text))
			if m.SourceID == "syria_interior" || m.SourceID == "syrian_army" {
				found = m.SourceID
			}
		}
		if found != c.want {
			t.Errorf("%s\nwant %q; got %s", c.text, c.want, strings.Join(got, "; "))
		}
	}
}

// TestHeadlineGenericWithPlace checks that a guarded generic speaker opens
// a colon headline also with the place its people are of between it and
// the colon ("أهالي البلدة: ..."), but not across a conjunction, a speech
// verb or more than two words. Sentences written for the test.
func TestHeadlineGenericWithPlace(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want bool
	}{
		{"أهالي البلدة: القصف دمر عشرة منازل", true},
		{"سكان حي الوعر: لا ماء منذ أسبوع", true},
		{"ناشطون: القتلى مدنيون", true},
		{"أهالي البلدة والقرى المجاورة الغاضبون: لا عودة", false},
		{"أهالي مدن وبلدات الريف: لا عودة", false},
		{"نزوح أهالي البلدة: القصف مستمر", false},
	}
	for _, c := range cases {
		got := false
		var all []string
		for _, m := range r.Mentions(c.text, nil) {
			all = append(all, fmt.Sprintf("%s %q", m.SourceID, m.Text))
			if m.SourceID == "local_sources" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s\nwant local_sources %v; got %s", c.text, c.want, strings.Join(all, "; "))
		}
	}
}

// TestSourcesOfTheTown checks that unnamed sources placed in the town by
// its kind of place ("مصادر من البلدة"، "مصدر في المخيم"، "مصادر من أبناء
// القرية") are local sources. Sentences written for the test.
func TestSourcesOfTheTown(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"وجرح ثلاثة رجال في الانفجار، وفق مصادر من البلدة",
		"وقال مصدر في المخيم إن المساعدات لم تصل",
		"بحسب مصادر من أبناء القرية فإن الدورية انسحبت",
	} {
		got := ""
		for _, m := range r.Mentions(text, nil) {
			got = m.SourceID
		}
		if got != "local_sources" {
			t.Errorf("%s: want local_sources, got %q", text, got)
		}
	}
}
