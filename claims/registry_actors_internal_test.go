package claims

import (
	"testing"

	"github.com/riwaya/riwaya/sources"
)

// TestRegistryActors: the registry's armed groups and military commands
// name doers under their own Arabic names; a body's media office, a
// reconciliation centre and a government are speakers, not doers; and
// "a|b" spellings are expanded.
func TestRegistryActors(t *testing.T) {
	reg, err := sources.Load()
	if err != nil {
		t.Fatal(err)
	}
	got := registryActors(reg)
	for name, want := range map[string]string{
		"فرقة الحمزة": "turkey", "الجبهة الشامية": "turkey", "جيش الشرقية": "turkey", "فرقة المعتصم": "turkey",
		"أحرار الشرقية": "turkey", "فرقة السلطان سليمان شاه": "turkey", "كتائب سيد الشهداء": "iran_backed",
		"قوى الأمن الداخلي": "sdf", "مجموعة فاغنر": "russia", "الجيش التركي": "turkey",
	} {
		if got[name] != want {
			t.Errorf("%s: got %q, want %q", name, got[name], want)
		}
	}
	for _, name := range []string{"المركز الإعلامي لقسد", "مركز المصالحة الروسي", "الحكومة السورية المؤقتة", "الجيش العراقي"} {
		if a, ok := got[name]; ok {
			t.Errorf("%s: got %q, want no doer", name, a)
		}
	}
	for _, tt := range []struct {
		in   string
		want int
	}{{"قوات سوريا|سورية الديمقراطية", 2}, {"a|b c|d", 4}, {"داعش", 1}} {
		if n := len(spellOut(tt.in)); n != tt.want {
			t.Errorf("spellOut(%q): %d spellings, want %d", tt.in, n, tt.want)
		}
	}
}
