package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// speakerFormProbes are groups that speak for the place they were hit in,
// named definite after a verb of saying: survivors, paramedics and the
// elders of a clan. All written for the test.
var speakerFormProbes = []attrProbe{
	{"sana", "وقال الناجون إن الطائرة قصفت السوق مرتين.", []string{"local_sources asserts"}},
	{"sana", "وروت الناجيات أن المسلحين اقتحموا البيوت فجراً.", []string{"local_sources asserts"}},
	{"sana", "وأكد المسعفون أن سبعة جرحى نقلوا إلى المشفى.", []string{"medical_sources asserts"}},
	{"sana", "وقال شيوخ العشيرة إن المسلحين أحرقوا منزلين.", []string{"local_sources asserts"}},
}

// TestSpeakerForms runs the speaker-form probes.
func TestSpeakerForms(t *testing.T) {
	x, _ := extractor(t)
	for _, p := range speakerFormProbes {
		if diff := cmp.Diff(p.want, attrProbeLines(x, p)); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", p.text, diff)
		}
	}
}
