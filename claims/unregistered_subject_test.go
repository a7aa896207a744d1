package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnregisteredSubjectBefore checks the speaker of a sentence that
// opens, after a word of contrast, with a speaker phrase the registry does
// not know: an indefinite official or a media office placed in an area
// is a new, unidentified speaker, not the speaker of the sentence before;
// a definite bare "المسؤول" points back and continues it; a registered
// source is itself. Sentences written for the test; the source of the
// last claim.
func TestUnregisteredSubjectBefore(t *testing.T) {
	x, _ := extractor(t)
	const lead = "وأفاد سكان بأن قذائف سقطت على بيوت الحي ليلا. "
	tests := []struct{ text, want string }{
		{lead + "لكن المكتب الإعلامي في ناحية الريف الغربي نفى أن يكون أي قصف قد حصل.", "unidentified"},
		{lead + "غير أن مسؤولا في المنطقة نفى أن يكون أي قصف قد حصل.", "unidentified"},
		{lead + "لكن المسؤول نفى أن يكون أي قصف قد حصل.", "local_sources"},
		{lead + "لكن المرصد السوري نفى أن يكون أي قصف قد حصل.", "sohr"},
		{lead + "لكنهم نفوا أن يكون أي قصف قد حصل.", "local_sources"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
		if len(cs) == 0 {
			t.Errorf("%s: no claims", tt.text)
			continue
		}
		if got := cs[len(cs)-1].Source.ID; got != tt.want {
			t.Errorf("%s\nsource %q, want %q", tt.text, got, tt.want)
		}
	}
}
