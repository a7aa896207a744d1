package arabic

import (
	"fmt"
	"strings"
	"testing"
)

var testLexicon = []string{
	"المرصد السوري لحقوق الإنسان", // 0
	"المرصد السوري",               // 1
	"المرصد",                      // 2
	"وزارة الدفاع الأمريكية",      // 3
	"وزارة الدفاع الأميركية",      // 4
	"سانا",         // 5
	"سبوتنيك",      // 6
	"=الميادين",    // 7
	"حزب الله",     // 8
	"استهدف*",      // 9
	"قاعدة",        // 10
	"مسؤول",        // 11
	"العربية.نت",   // 12
	"SY24",         // 13
	"وزارة الدفاع", // 14
	"قتيل",         // 15
	"جرح",          // 16
}

// matchSummary renders matches as "phrase:text[clitics]" for comparison.
func matchSummary(text string, ms []Match) string {
	var parts []string
	for _, m := range ms {
		s := fmt.Sprintf("%d:%s", m.Phrase, m.Span.In(text))
		if m.Clitics != "" {
			s += "[" + m.Clitics + "]"
		}
		if m.Lead > 0 {
			s += fmt.Sprintf("+%d", m.Lead)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestMatcherFindAll(t *testing.T) {
	m := NewMatcher(testLexicon)
	tests := []struct{ in, want string }{
		{"وأفاد المرصدُ السوريُّ لحقوق الإنسان بأن", "0:المرصدُ السوريُّ لحقوق الإنسان"},
		{"وللمرصد السوري رأي آخر", "1:وللمرصد السوري[ول]"},
		{"قال المرصد إن", "2:المرصد"},
		{"مرصد صغير", "2:مرصد"},
		{"وبحسب وزارة الدفاع الأمريكية فإن", "3:وزارة الدفاع الأمريكية"},
		{"ولوزارة الدفاع الاميركيه موقف", "4:ولوزارة الدفاع الاميركيه[ول]"},
		{"وزارة الدفاع الروسية", "14:وزارة الدفاع"},
		{"وقالت مصادر لـ\"سبوتنيك\" إن", "6:سبوتنيك[ل]+2"},
		{"وقالت مصادر لـ “سبوتنيك” إن", "6:سبوتنيك[ل]+2"},
		{"ونقلت وكالة سانا عن", "5:سانا"},
		{"وفقاً لسانا", "5:لسانا[ل]"},
		{"مراسل الميادين", "7:الميادين"},
		{"مدينة ميادين", ""},
		{"ميليشيا «حزب الله» اللبناني", "8:حزب الله"},
		{"استهدفت الغارات واستهدفوا", "9:استهدفت 9:واستهدفوا[و]"},
		{"قاعدتي الاحتلال وقاعدتين وبالقاعدة والقواعد", "10:قاعدتي 10:وقاعدتين[و] 10:وبالقاعدة[وب]"},
		{"مسئول ومسؤولاً ومسؤولون", "11:مسئول 11:ومسؤولاً[و] 11:ومسؤولون[و]"},
		{"(العربية.نت، سكاي نيوز)", "12:العربية.نت"},
		{"منصة sy24 و SY24", "13:sy24 13:SY24[و]+1"},
		{"قتيلان وقتيلين قتيلاً وقتلى", "15:قتيلان 15:وقتيلين[و] 15:قتيلاً"},
		{"جرحى وجرحت", ""},
		{"وزارة", ""},
		{"مراسل الـ\"ميادين\"", "7:ميادين+2"},
	}
	for _, tt := range tests {
		got := matchSummary(tt.in, m.FindAll(Tokenize(tt.in)))
		if got != tt.want {
			t.Errorf("FindAll(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

func TestMatchWord(t *testing.T) {
	tests := []struct {
		word, entry string
		want        bool
	}{
		{"والمرصد", "المرصد", true},
		{"مرصد", "المرصد", true},
		{"المرصد", "مرصد", true},
		{"المرصد", "=مرصد", false},
		{"مرصد", "=المرصد", false},
		{"والمرصد", "=المرصد", true},
		{"للمرصد", "=المرصد", true},
		{"مستشارين", "مستشار", true},
		{"المستشارين", "مستشار", true},
		{"مستشاريه", "مستشار", true},
		{"قاعدتها", "قاعدة", true},
		{"قواعد", "قاعدة", false},
		{"أمريكية", "أمريكي", true},
		{"أميركيون", "أمريكي", false},
		{"بينهم", "بين", false},
		{"بينهم", "بين*", true},
		{"شخصا", "شخص", true},
		{"شخصين", "شخص", false},
		{"قتلاهم", "قتل", false},
		{"قتلى", "قتلى", true},
		{"قتلي", "قتلى", true},
		{"رئيس", "رءيس", true},
		{"إسرائيل", "اسرائيل", true},
		{"لـ", "ل", false},
		{"1,500", "1,500", true},
		{"وسوريا", "=سوري", false},
		{"سوريا", "سوري", true},
		{"جيش", "الجيش السوري", false},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.word)
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", tt.word, len(toks))
		}
		if got := MatchWord(toks[0], tt.entry); got != tt.want {
			t.Errorf("MatchWord(%q, %q) = %v, want %v", tt.word, tt.entry, got, tt.want)
		}
		w := CompileWord(tt.entry)
		if got := w.Match(toks[0]); got != tt.want {
			t.Errorf("CompileWord(%q).Match(%q) = %v, want %v", tt.entry, tt.word, got, tt.want)
		}
	}
	var zero Word
	if zero.Match(Tokenize("المرصد")[0]) {
		t.Error("the zero Word matched")
	}
}

func TestMatchAtLongest(t *testing.T) {
	m := NewMatcher(testLexicon)
	toks := Tokenize("المرصد السوري لحقوق الإنسان")
	mt, ok := m.MatchAt(toks, 0)
	if !ok || mt.Phrase != 0 || mt.First != 0 || mt.Last != 4 {
		t.Fatalf("MatchAt = %+v, %v", mt, ok)
	}
	if _, ok := m.MatchAt(toks, 4); ok {
		t.Fatal("MatchAt past the end matched")
	}
	var nilM *Matcher
	if _, ok := nilM.MatchAt(toks, 0); ok {
		t.Fatal("nil matcher matched")
	}
}

// TestTokKeyReadings checks the letters and reading starts that Tokenize
// records for the matcher against splits, on every word of the seeds and
// on made-up clitic combinations.
func TestTokKeyReadings(t *testing.T) {
	words := []string{
		"و", "وال", "ول", "لل", "للا", "لله", "ولل", "وللا", "وللاب", "فبال", "فبالا", "فبالاس",
		"والا", "الا", "الاب", "بالب", "كال", "وكالات", "وبالاسم", "فللمره", "وللاجئين",
		"اب", "ا", "ؤلاء", "ئب", "وؤلاء", "سوريا", "abc", "وx", "فيها", "وفي", "لا",
	}
	for _, text := range seedTexts(t) {
		for _, tok := range Tokenize(text) {
			if tok.Kind == TokWord {
				words = append(words, tok.Norm)
			}
		}
	}
	for _, w := range words {
		k := makeTokKey(w)
		var want tokKey
		n := 0
		for _, r := range w {
			if n == tokKeyRunes {
				break
			}
			if r = canonHamza(r); r < 0x600 || r > 0x6FF {
				want.state = keyNone
				break
			}
			want.lo[n] = uint8(r - 0x600)
			n++
		}
		if want.state != keyNone {
			want.state, want.n = keyFast, uint8(n)
			var sp [maxSplits]split
			for clitics, offs := range map[bool]*uint8{false: &want.offs0, true: &want.offs} {
				for _, s := range sp[:splits(w, clitics, &sp)] {
					*offs |= 1 << ((len(w) - len(s.rest)) / 2)
				}
			}
		} else {
			want = tokKey{state: keyNone}
		}
		if k != want {
			t.Errorf("makeTokKey(%q) = %+v, want %+v", w, k, want)
		}
	}
}

// TestMatchAtSecondRuns checks phrases that share their first word and
// differ from the second on (tried by runs of one second element): the
// longest phrase that matches wins, the lowest-numbered among equals,
// a one-word phrase still matches alone, and a second word no phrase has
// matches only the one-word phrase.
func TestMatchAtSecondRuns(t *testing.T) {
	m := NewMatcher([]string{
		"في بيانها الذي نشرته",
		"في بيانها",
		"في تصريحه الذي نقلته",
		"في",
		"في بيانها الذي نقلته",
		"في بيانه",
		"في بيانها الذي نقلته",
	})
	tests := []struct {
		text   string
		phrase int
		last   int
	}{
		{"في بيانها الذي نقلته الوكالة", 4, 4},
		{"في بيانها الذي نشرته الوكالة", 0, 4},
		{"في بيانها الأخير", 1, 2},
		{"في تصريحه الذي نقلته", 2, 4},
		{"في بيانه الذي نقلته", 5, 2},
		{"في المدينة", 3, 1},
	}
	for _, tt := range tests {
		mt, ok := m.MatchAt(Tokenize(tt.text), 0)
		if !ok || mt.Phrase != tt.phrase || mt.Last != tt.last {
			t.Errorf("%s: MatchAt = phrase %d last %d (%v), want phrase %d last %d", tt.text, mt.Phrase, mt.Last, ok, tt.phrase, tt.last)
		}
	}
}
