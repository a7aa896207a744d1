package reconcile

import (
	"slices"
	"strings"
	"testing"
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
