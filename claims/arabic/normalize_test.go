package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"SY24 Reuters", "sy24 reuters"},
		{"أحمد إلى آخر ٱلله", "احمد الي اخر الله"},
		{"مدرسة", "مدرسه"},
		{"مستشفى", "مستشفي"},
		{"کتاب ی", "كتاب ي"},
		{"قُتِلَ", "قتل"},
		{"قتيلاً", "قتيلا"},
		{"الـمرصـد", "المرصد"},
		{"مسؤول رئيس", "مسؤول رئيس"}, // ؤ ئ are not folded
		{"٢٥ ۲۵ ١٬٥٠٠ ١٫٥ ٪", "25 25 1,500 1.5 %"},
		{"\u200fمرحبا\u200e \u202bنص\u202c\u2066x\u2069\ufeff", "مرحبا نصx"},
		{"ز\u200cي\u200dا", "زيا"},
		{"a\u00a0b\u200bc", "a b c"},
		{"\ufefb\ufef7", "لالا"},       // lam-alef ligatures
		{"\ufe8d\ufedf\ufee3", "الم"},  // presentation forms
		{"\ufe70ب", "ب"},               // isolated tanween form vanishes
		{"\u0648\u0654", "ؤ"},          // decomposed hamza above on waw
		{"\u064a\u0654", "ئ"},          // on yeh
		{"\u0627\u0654", "ا"},          // on alef: folds like أ
		{"ذٰلك", "ذلك"},                // superscript alef
		{"بِسۡمِ ٱللَّهِ", "بسم الله"}, // Quranic marks
		{"a\xffb", "a\ufffdb"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Normalize(tt.in).Text; got != tt.want {
			t.Errorf("Normalize(%q).Text = %q, want %q", tt.in, got, tt.want)
		}
		if got := Fold(tt.want); got != tt.want {
			t.Errorf("Fold not idempotent on %q: %q", tt.want, got)
		}
	}
}

func TestNormalizeOffsets(t *testing.T) {
	tests := []struct {
		in   string
		word string // a word of the normalized text
		want string // the original text its span must cover
	}{
		{"قالَ المرصدُ إنّ", "المرصد", "المرصدُ"},
		{"سقط ٢٥ قتيلاً", "25", "٢٥"},
		{"سقط ٢٥ قتيلاً", "قتيلا", "قتيلاً"},
		{"\u200fأعلنت\u200f سانا", "سانا", "سانا"},
		{"\u200fأعلنت\u200f سانا", "اعلنت", "أعلنت\u200f"},
		{"ب\ufefbد", "بلاد", "ب\ufefbد"},
		{"مـــدرســة كبيرة", "مدرسه", "مـــدرســة"},
		{"x\xffy", "y", "y"},
	}
	for _, tt := range tests {
		n := Normalize(tt.in)
		i := strings.Index(n.Text, tt.word)
		if i < 0 {
			t.Fatalf("Normalize(%q).Text = %q lacks %q", tt.in, n.Text, tt.word)
		}
		sp := n.OrigSpan(i, i+len(tt.word))
		if got := sp.In(tt.in); got != tt.want {
			t.Errorf("Normalize(%q): span of %q = %v %q, want %q", tt.in, tt.word, sp, got, tt.want)
		}
	}
}

// checkNormalized verifies the invariants of Normalize on s.
func checkNormalized(t *testing.T, s string) {
	t.Helper()
	n := Normalize(s)
	if !utf8.ValidString(n.Text) {
		t.Fatalf("Normalize(%q) not valid UTF-8: %q", s, n.Text)
	}
	if f := Fold(s); f != n.Text {
		t.Fatalf("Fold(%q) = %q, Normalize = %q", s, f, n.Text)
	}
	if again := Normalize(n.Text).Text; again != n.Text {
		t.Fatalf("Normalize not idempotent on %q: %q then %q", s, n.Text, again)
	}
	prev := 0
	for i := 0; i <= len(n.Text); i++ {
		o := n.Orig(i)
		if o < prev || o > len(s) {
			t.Fatalf("Normalize(%q).Orig(%d) = %d after %d (len %d)", s, i, o, prev, len(s))
		}
		prev = o
	}
	if n.Orig(len(n.Text)) != len(s) {
		t.Fatalf("Normalize(%q).Orig(end) = %d, want %d", s, n.Orig(len(n.Text)), len(s))
	}
	if len(n.Text) > 0 && n.Orig(0) > 0 {
		// whatever precedes the first kept rune must be removable
		if Fold(s[:n.Orig(0)]) != "" {
			t.Fatalf("Normalize(%q).Orig(0) = %d skips kept text", s, n.Orig(0))
		}
	}
}

func TestNormalizeInvariants(t *testing.T) {
	for _, s := range []string{
		"", "َ", "\u200f", "قالَ المرصدُ", "٢٣ ABC", "\ufefb", "\ufe70", "\xff\xfe", "و\u0654", "a\u0654",
		"\ufdfa", "ﷲ", "x\u0640\u0640y", "\u0654\u0654",
	} {
		checkNormalized(t, s)
	}
}
