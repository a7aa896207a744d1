package arabic

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// tokSummary is "kind:text" for each token, joined by " | ".
func tokSummary(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(t.Kind.String())
		b.WriteByte(':')
		b.WriteString(t.Text)
	}
	return b.String()
}

func TestTokenizeKinds(t *testing.T) {
	tests := []struct{ in, want string }{
		{"قتل 1,500 شخص", "word:قتل | number:1,500 | word:شخص"},
		{"نسبة 1.5 عند 1:38.", "word:نسبة | number:1.5 | word:عند | number:1:38 | punct:."},
		{"نحو الساعة الـ1:38 مساءً", "word:نحو | word:الساعة | word:الـ | number:1:38 | word:مساءً"},
		{"١٢ و۳۴ و٣٫٥", "number:١٢ | word:و | number:۳۴ | word:و | number:٣٫٥"},
		{"قال لـ\"الإذاعة\" أمس", "word:قال | word:لـ | punct:\" | word:الإذاعة | punct:\" | word:أمس"},
		{"«نص» “آخر” (ثالث)", "punct:« | word:نص | punct:» | punct:“ | word:آخر | punct:” | punct:( | word:ثالث | punct:)"},
		{"منصة SY24، وF-16", "word:منصة | latin:SY24 | punct:، | word:و | latin:F-16"},
		{"1444هـ", "number:1444 | word:هـ"},
		{"10، 20.", "number:10 | punct:، | number:20 | punct:."},
		{"a\xffb", "latin:a | other:\xff | latin:b"},
		{"Москва", "other:Москва"},
	}
	for _, tt := range tests {
		if got := tokSummary(Tokenize(tt.in)); got != tt.want {
			t.Errorf("Tokenize(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeAnalysis(t *testing.T) {
	tests := []struct {
		in              string
		norm, cl, stem  string
		article, detach bool
	}{
		{"والمرصد", "والمرصد", "و", "مرصد", true, false},
		{"للقوات", "للقوات", "ل", "قوات", true, false},
		{"وبالأسلحة", "وبالاسلحه", "وب", "اسلحه", true, false},
		{"بطائرات", "بطائرات", "ب", "طائرات", false, false},
		{"وقال", "وقال", "و", "قال", false, false},
		{"وزارة", "وزاره", "", "وزاره", false, false},
		{"ألفاً", "الفا", "", "الفا", false, false},
		{"آلاف", "الاف", "", "الاف", false, false},
		{"الذي", "الذي", "", "الذي", false, false},
		{"إلى", "الي", "", "الي", false, false},
		{"لـ", "ل", "ل", "", false, true},
		{"و", "و", "و", "", false, true},
		{"الـ", "ال", "", "", true, true},
		{"بـالاحتلال", "بالاحتلال", "ب", "احتلال", true, false},
		{"فجر", "فجر", "", "فجر", false, false},
		// a root-initial ب ك ل is not a preposition
		{"بحثية", "بحثيه", "", "بحثيه", false, false},
		{"وبحثية", "وبحثيه", "و", "بحثيه", false, false},
		{"باليستية", "باليستيه", "", "باليستيه", false, false},
		{"كيميائية", "كيميائيه", "", "كيميائيه", false, false},
		{"بمدنية", "بمدنيه", "ب", "مدنيه", false, false},
		{"بالعسكرية", "بالعسكريه", "ب", "عسكريه", true, false},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		if len(toks) != 1 {
			t.Errorf("Tokenize(%q) = %d tokens", tt.in, len(toks))
			continue
		}
		tk := toks[0]
		if tk.Norm != tt.norm || tk.Clitics != tt.cl || tk.Stem != tt.stem || tk.Article != tt.article || tk.Detached() != tt.detach {
			t.Errorf("Tokenize(%q) = norm %q clitics %q stem %q article %v detached %v; want %q %q %q %v %v",
				tt.in, tk.Norm, tk.Clitics, tk.Stem, tk.Article, tk.Detached(), tt.norm, tt.cl, tt.stem, tt.article, tt.detach)
		}
	}
}

// seedTexts reads the seed articles, or skips the test.
func seedTexts(tb testing.TB) map[string]string {
	tb.Helper()
	out, err := seedFiles()
	if err != nil {
		tb.Fatal(err)
	}
	if len(out) == 0 {
		tb.Skip("no seed files")
	}
	return out
}

// seedFiles reads the seed articles by file name.
func seedFiles() (map[string]string, error) {
	files, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out[filepath.Base(f)] = string(b)
	}
	return out, nil
}

// checkTokens verifies that tokens are in order, non-overlapping and that
// each Text is the original slice.
func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d %v out of order (prev end %d, len %d)", i, tk.Span, prev, len(text))
		}
		if tk.Text != text[tk.Start:tk.End] {
			t.Fatalf("token %d Text %q != original %q", i, tk.Text, text[tk.Start:tk.End])
		}
		if tk.Norm != Fold(tk.Text) {
			t.Fatalf("token %d Norm %q != Fold(%q)", i, tk.Norm, tk.Text)
		}
		if tk.Kind == TokWord && tk.Clitics+map[bool]string{true: "ال"}[tk.Article]+tk.Stem != tk.Norm &&
			!(tk.Article && strings.HasSuffix(tk.Clitics, "ل") && tk.Clitics+"ل"+tk.Stem == tk.Norm) {
			t.Fatalf("token %d %q: clitics %q article %v stem %q do not rebuild norm %q", i, tk.Text, tk.Clitics, tk.Article, tk.Stem, tk.Norm)
		}
		prev = tk.End
	}
}

func TestTokenizeSeeds(t *testing.T) {
	for name, text := range seedTexts(t) {
		toks := Tokenize(text)
		if len(toks) < 100 {
			t.Errorf("%s: only %d tokens", name, len(toks))
		}
		checkTokens(t, text, toks)
	}
}

// TestAppendTokensReuse checks that tokenizing into a slice that held
// another text's tokens gives what Tokenize gives.
func TestAppendTokensReuse(t *testing.T) {
	var texts []string
	for _, text := range seedTexts(t) {
		texts = append(texts, text)
	}
	texts = append(texts, "قال «المرصد» إن 25 شخصاً، بينهم لـ\"الميادين\" F-16 ١٬٥٠٠ والـ3")
	var toks []Token
	for i := range texts {
		for _, text := range []string{texts[i], texts[(i+1)%len(texts)]} {
			toks = AppendTokens(toks[:0], text)
			if want := Tokenize(text); !reflect.DeepEqual(toks, want) {
				t.Fatalf("AppendTokens into a reused slice differs from Tokenize for text %d", i)
			}
		}
	}
}
