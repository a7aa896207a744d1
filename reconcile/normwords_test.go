package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// The readings that normWords replaced, kept as the reference.
func opensWithTurnByList(text string) bool {
	ws := arabicWords(normalizeWords(text))
	if len(ws) == 0 {
		return false
	}
	ws = slices.Clone(ws[:min(len(ws), 4)])
	if w, ok := strings.CutPrefix(ws[0], "و"); ok && len(w) > 2 {
		ws[0] = w
	}
	for _, cue := range turnCues {
		if len(ws) >= len(cue) && slices.Equal(ws[:len(cue)], cue) {
			return true
		}
	}
	return false
}

// TestNormWords: normWords gives the words of arabicWords(normalizeWords),
// and opensWithTurn reads through it as it read the list.
func TestNormWords(t *testing.T) {
	texts := []string{
		"",
		"...",
		"وفي حادثٍ منفصلٍ، سقطت قذيفة على سوق البلدة",
		"في حادثة أخرى قُتل راعٍ بانفجار لغم",
		"ومن جهةٍ أخرى نفت الوزارة الخبر",
		"على صعيدٍ آخر، عاد النازحون إلى قراهم",
		"و في سياق منفصل",
		"وفي",
		"قصفت الطائرات القرية منذ أسبوعين دون توقف",
		"وخلال الشهر الماضي تكررت الغارات على المدينة",
		"فطوال العام لم يهدأ القصف",
		"ومنذ",
		"المـــدينة الكبيرة Idlib City (AFP) ‘قال’ ’رسمي‘",
		"إسقاط طائرة مسيّرة فوق آبار النفط ٱلشرقية",
		strings.Repeat("ا", 80) + " منذ",
		"في\xffحادث منفصل",
		"a\u064bb في\u0640 حادث",
	}
	for _, text := range texts {
		var got []string
		normWords(text, func(w []byte) bool {
			got = append(got, string(w))
			return true
		})
		if want := arabicWords(normalizeWords(text)); !slices.Equal(got, want) {
			t.Errorf("normWords(%q) = %q, want %q", text, got, want)
		}
		if got, want := opensWithTurn(text), opensWithTurnByList(text); got != want {
			t.Errorf("opensWithTurn(%q) = %v, want %v", text, got, want)
		}
	}
	// The table exercises both answers of the reading.
	n := 0
	for _, text := range texts {
		if opensWithTurn(text) {
			n++
		}
	}
	if n == 0 || n == len(texts) {
		t.Errorf("opensWithTurn true for %d of %d texts", n, len(texts))
	}
}

// TestLeadCuesFit: every word of turnCues and meanwhileCues fits a lead's
// word (leadWordMax), so that a longer word, kept as matching none, could
// match no cue anyway.
func TestLeadCuesFit(t *testing.T) {
	for _, cues := range [][][]string{turnCues, meanwhileCues} {
		for _, cue := range cues {
			if len(cue) > 4 {
				t.Errorf("cue %q is longer than a lead", cue)
			}
			for _, w := range cue {
				if len(w) > leadWordMax {
					t.Errorf("cue word %q is longer than leadWordMax", w)
				}
			}
		}
	}
	long := "في " + strings.Repeat("ب", 40) + " ذاتها"
	if opensWithTurn(long) || opensWithMeanwhile(long) {
		t.Errorf("a long word matched a cue in %q", long)
	}
	for _, text := range []string{"وفي الساعات ذاتها، قصفت المدفعية", "بالتزامن مع ذلك قصفت", "في سياق آخر، قال"} {
		turn, meanwhile := openers(text)
		if turn != opensWithTurn(text) || meanwhile != opensWithMeanwhile(text) || !turn {
			t.Errorf("openers(%q) = %v, %v", text, turn, meanwhile)
		}
	}
}

// TestClitics: the forms of a word, read into the caller's buffer, with
// no allocation.
func TestClitics(t *testing.T) {
	cases := []struct {
		w    string
		want []string
	}{
		{"وبالمدينة", []string{"وبالمدينة", "بالمدينة", "المدينة"}},
		{"للمقاتلين", []string{"للمقاتلين", "لمقاتلين", "المقاتلين"}},
		{"وجود", []string{"وجود", "جود"}},
		{"بلد", []string{"بلد"}},
		{"ولد", []string{"ولد"}},
	}
	var cf cliticForms
	for _, c := range cases {
		if got := clitics(c.w, &cf); !slices.Equal(got, c.want) {
			t.Errorf("clitics(%q) = %q, want %q", c.w, got, c.want)
		}
	}
	if n := testing.AllocsPerRun(50, func() { clitics("وبالمدينة", &cf) }); n != 0 {
		t.Errorf("clitics allocates %v times", n)
	}
}

// opensWithSceneByList is opensWithScene as it read the list of words,
// kept as the reference.
func opensWithSceneByList(text string) bool {
	head, _, ok := strings.Cut(strings.TrimSpace(text), "،")
	if !ok {
		head, _, ok = strings.Cut(strings.TrimSpace(text), ",")
	}
	if !ok || strings.ContainsAny(head, "0123456789٠١٢٣٤٥٦٧٨٩") {
		return false
	}
	ws := arabicWords(normalizeWords(head))
	if len(ws) > 0 && (ws[0] == "اما" || ws[0] == "واما") {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > maxSceneWords+1 || ws[0] != "في" && ws[0] != "وفي" {
		return false
	}
	first := ws[1]
	if x, ok := strings.CutPrefix(first, "ال"); ok && len([]rune(x)) > 1 {
		first = x
	}
	return !slices.Contains(sceneStops, first) && !slices.Contains(sceneStops, ws[1])
}

// TestWordByWordReadings: the readings that take a text's words one by
// one (opensWithScene, tellsAnswered, namesLanding) agree with reading
// the whole list, and allocate nothing where they find nothing. Sentences
// written for the test.
func TestWordByWordReadings(t *testing.T) {
	texts := []string{
		"", "،", "في، قصف",
		"وفي ريف المدينة الجنوبي، قصفت المدفعية بلدتين",
		"أما في محافظة الساحل، فقد نفذ الطيران غارات",
		"وأما في البلدة، قتل رجلان",
		"أما أما في البلدة، قتل رجلان",
		"في المقابل، نفت الوزارة",
		"في الليلة، قصفت الطائرات",
		"في ريف المدينة الشمالي الغربي البعيد جدا، قصف",
		"في ريف المدينة الشمالي الغربي البعيد، قصف",
		"في 14 آب، قصفت الطائرات",
		"وفي المدينة, اعتقل مسلحون شابا",
		"في ال، قصف",
		"ردا على الغارات قصفت الفصائل المواقع",
		"وردّاً على القصف، استهدفت القوات",
		"ردا",
		"رداً " + strings.Repeat("ع", 70) + " على",
		"ردا على" + strings.Repeat(" كلمة", 40),
		"نفذت قوة خاصة عملية إنزال جوي على منزل في البلدة",
		"وأنزلت المروحيات جنوداً قرب القرية",
		"بإنزالٍ جوي",
		"قصفت الطائرات القرية",
		"هاجم مسلحون حاجزا للقوات",
	}
	for _, text := range texts {
		if got, want := opensWithScene(text), opensWithSceneByList(text); got != want {
			t.Errorf("opensWithScene(%q) = %v, want %v", text, got, want)
		}
		head, whole := text, 2
		if len(head) > 120 {
			head, whole = head[:120], 3
		}
		ws := arabicWords(normalizeWords(head))
		want := len(ws) >= whole && (ws[0] == "ردا" || ws[0] == "وردا") && ws[1] == "علي"
		if got := tellsAnswered(&claims.Claim{Text: text}); got != want {
			t.Errorf("tellsAnswered(%q) = %v, want %v", text, got, want)
		}
		landing := slices.ContainsFunc(letterWords(normalizeWords(text)), func(w string) bool {
			var cf cliticForms
			return slices.ContainsFunc(clitics(w, &cf), func(x string) bool {
				return slices.ContainsFunc(landingStems, func(p string) bool { return strings.HasPrefix(x, p) })
			})
		})
		if got := namesLanding(text); got != landing {
			t.Errorf("namesLanding(%q) = %v, want %v", text, got, landing)
		}
	}
	for _, text := range []string{"وفي ريف المدينة الجنوبي، قصفت المدفعية بلدتين", "قصفت الطائرات القرية"} {
		if n := testing.AllocsPerRun(20, func() { opensWithScene(text); tellsAnswered(&claims.Claim{Text: text}); namesLanding(text) }); n != 0 {
			t.Errorf("%q: %v allocations", text, n)
		}
	}
}
