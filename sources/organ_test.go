package sources

import "testing"

// TestOrgans: a group's own agency is marked as the organ of its parent,
// and every organ names the parent it voices; a medium merely owned by a
// party keeps its own voice.
func TestOrgans(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]bool{"amaq": true, "almanar": false, "sana": false, "reuters": false} {
		src, ok := r.Source(id)
		if !ok {
			t.Fatalf("no source %s", id)
		}
		if src.Organ != want {
			t.Errorf("%s: organ %v, want %v", id, src.Organ, want)
		}
	}
	for _, src := range r.Sources() {
		if src.Organ {
			if _, ok := r.Source(src.Parent); !ok {
				t.Errorf("%s: organ of unknown parent %q", src.ID, src.Parent)
			}
		}
	}
}
