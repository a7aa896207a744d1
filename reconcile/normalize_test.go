package reconcile

import (
	"strings"
	"testing"
)

// TestNormalizeWordsCase: normalizeWords lowercases every script that has
// case, exactly as strings.ToLower would, while it skips the case table
// for Arabic letters; diacritics, tatweel and the hamza, ta marbuta and
// alif maqsura variants are folded.
func TestNormalizeWordsCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"قالت AFP إن الغارة", "قالت afp ان الغاره"},
		{"أعلنت وزارةُ الدفاعِ", "اعلنت وزاره الدفاع"},
		{"مستشفى إدلب", "مستشفي ادلب"},
		{"ÉTAT Ωmega İzmir", strings.ToLower("ÉTAT Ωmega İzmir")},
		{"قـــال ‘المصدر’", "قال 'المصدر'"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalizeWords(tt.in); got != tt.want {
			t.Errorf("normalizeWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
