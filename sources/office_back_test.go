package sources

import "testing"

// TestOfficeBack checks, on sentences written for the test, that a body's
// organ named first with its body ("الشرطة العسكرية التابعة لـX") and
// later bare is the same body's, and that a later organ with a body of its
// own after it is not taken back.
func TestOfficeBack(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       int // office_back mentions
		id         string
	}{
		{"named back bare",
			"أقامت الشرطة العسكرية لـ\"الجيش الوطني\" حاجزاً قرب السوق. وقالت قيادة الشرطة العسكرية إن التحقيق جار.",
			1, "sna"},
		{"a later organ of another body",
			"أقامت الشرطة العسكرية لـ\"الجيش الوطني\" حاجزاً قرب السوق. وقالت الشرطة العسكرية الروسية إن دورياتها مستمرة.",
			0, ""},
		{"no body named first",
			"وقالت قيادة الشرطة العسكرية إن التحقيق جار.",
			0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for _, m := range r.Mentions(tt.text, nil) {
				if m.Rule != "office_back" {
					continue
				}
				n++
				if m.SourceID != tt.id {
					t.Errorf("office_back %q is %s, want %s", m.Text, m.SourceID, tt.id)
				}
			}
			if n != tt.want {
				t.Errorf("%d office_back mentions, want %d", n, tt.want)
			}
		})
	}
}
