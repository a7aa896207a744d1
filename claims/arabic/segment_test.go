package arabic

import (
	"strings"
	"testing"
)

// spansText renders spans as their texts joined by " | ".
func spansText(text string, spans []Span) string {
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = s.In(text)
	}
	return strings.Join(parts, " | ")
}

func TestParagraphs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"سطر واحد", "سطر واحد"},
		{"أول\nثان\r\nثالث", "أول | ثان | ثالث"},
		{"  أول  \n\n \u00a0\n\u200fثان\u200f\n", "أول | ثان"},
		{"أ\u2029ب\u2028ج\u0085د", "أ | ب | ج | د"},
	}
	for _, tt := range tests {
		if got := spansText(tt.in, Paragraphs(tt.in)); got != tt.want {
			t.Errorf("Paragraphs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct{ in, want string }{
		{"قصفت الطائرات الموقع. ونفى الجيش ذلك.", "قصفت الطائرات الموقع. | ونفى الجيش ذلك."},
		{"هل انتهى القتال؟ لا أحد يعرف!", "هل انتهى القتال؟ | لا أحد يعرف!"},
		{"ارتفعت النسبة 1.5 مرة. ثم توقفت", "ارتفعت النسبة 1.5 مرة. | ثم توقفت"},
		{"وقع الانفجار عند 1:38 فجرا. وهرع المسعفون", "وقع الانفجار عند 1:38 فجرا. | وهرع المسعفون"},
		{"قال د. سامر إن الوضع خطير. وأضاف م. خالد شيئا", "قال د. سامر إن الوضع خطير. | وأضاف م. خالد شيئا"},
		{"نقل موقع العربية.نت الخبر. ثم حذفه", "نقل موقع العربية.نت الخبر. | ثم حذفه"},
		{"وقال: «لن ننسحب. سنبقى هنا». ثم غادر.", "وقال: «لن ننسحب. سنبقى هنا». | ثم غادر."},
		{"وقال: «لن ننسحب.» ثم غادر.", "وقال: «لن ننسحب.» | ثم غادر."},
		{"وقال: «لن ننسحب. سنبقى\nهنا». ثم غادر.", "وقال: «لن ننسحب. سنبقى | هنا». | ثم غادر."},
		{"أولا؛ ثانيا", "أولا؛ | ثانيا"},
		{"انتظروا... ثم تحركوا", "انتظروا... | ثم تحركوا"},
		{"عنوان بلا نقطة\nنص الخبر. تتمة", "عنوان بلا نقطة | نص الخبر. | تتمة"},
		{"ولد عام 1444 هـ. ثم هاجر", "ولد عام 1444 هـ. | ثم هاجر"},
		{"(قصف الموقع.) ثم هدأ", "(قصف الموقع.) | ثم هدأ"},
		{"Mr. Smith said so. Then left", "Mr. Smith said so. | Then left"},
		{"  ", ""},
	}
	for _, tt := range tests {
		got := Sentences(tt.in)
		if s := spansText(tt.in, got); s != tt.want {
			t.Errorf("Sentences(%q)\n got  %q\n want %q", tt.in, s, tt.want)
		}
		checkSpans(t, tt.in, got)
	}
}

func TestClauses(t *testing.T) {
	tests := []struct{ in, want string }{
		{"قال المصدر، إن الطائرات قصفت الموقع، وأضاف أن الحصيلة ارتفعت.",
			"قال المصدر | إن الطائرات قصفت الموقع | وأضاف أن الحصيلة ارتفعت."},
		{"نزح 1,500 شخص من البلدة", "نزح 1,500 شخص من البلدة"},
		{"قال: «نحن، وحلفاؤنا، لن ننسحب»، مضيفا أن الأمر محسوم",
			"قال: «نحن، وحلفاؤنا، لن ننسحب» | مضيفا أن الأمر محسوم"},
		{"قصفت الطائرات مواقع عدة بينما ردت المدفعية بقصف مماثل",
			"قصفت الطائرات مواقع عدة | بينما ردت المدفعية بقصف مماثل"},
		{"كما أكد المصدر ذلك", "كما أكد المصدر ذلك"},
	}
	for _, tt := range tests {
		sent := Span{0, len(tt.in)}
		got := Clauses(tt.in, sent)
		if s := spansText(tt.in, got); s != tt.want {
			t.Errorf("Clauses(%q)\n got  %q\n want %q", tt.in, s, tt.want)
		}
		checkSpans(t, tt.in, got)
	}
	if got := Clauses("نص", Span{5, 2}); got != nil {
		t.Errorf("Clauses of an empty span = %v", got)
	}
}

func TestQuotes(t *testing.T) {
	type q struct {
		inner string
		depth int
	}
	tests := []struct {
		in   string
		want []q
	}{
		{"قال «لن ننسحب» أمس", []q{{"لن ننسحب", 0}}},
		{"قال “لن ننسحب” أمس", []q{{"لن ننسحب", 0}}},
		{"قال \"لن\" و\"نعم\"", []q{{"لن", 0}, {"نعم", 0}}},
		{"قال «أكدت “الوكالة” الخبر» ثم", []q{{"أكدت “الوكالة” الخبر", 0}, {"الوكالة", 1}}},
		{"قال “داخل “الأول” و”الثاني”، انتهى”.", []q{{"داخل “الأول” و”الثاني”، انتهى", 0}, {"الأول", 1}, {"الثاني", 1}}},
		{"قال «جملة أولى. جملة ثانية» وانتهى", []q{{"جملة أولى. جملة ثانية", 0}}},
		{"قال «لم يغلق\nسطر آخر", []q{{"لم يغلق", 0}}},
		{"‹صغير› „ألماني“", []q{{"صغير", 0}, {"ألماني", 0}}},
		{"نقل «قال “أجبته ‹نعم› فورا” ومضى» أمس", []q{{"قال “أجبته ‹نعم› فورا” ومضى", 0}, {"أجبته ‹نعم› فورا", 1}, {"نعم", 2}}},
	}
	for _, tt := range tests {
		got := Quotes(tt.in)
		var gq []q
		for _, x := range got {
			gq = append(gq, q{x.Inner.In(tt.in), x.Depth})
			if !x.Span.Contains(x.Inner) {
				t.Errorf("Quotes(%q): inner %v outside %v", tt.in, x.Inner, x.Span)
			}
		}
		if len(gq) != len(tt.want) {
			t.Errorf("Quotes(%q) = %v, want %v", tt.in, gq, tt.want)
			continue
		}
		for i := range gq {
			if gq[i] != tt.want[i] {
				t.Errorf("Quotes(%q)[%d] = %v, want %v", tt.in, i, gq[i], tt.want[i])
			}
		}
	}
}

// checkSpans verifies spans are in order, non-overlapping, inside text,
// non-empty and trimmed.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v out of order (prev end %d, len %d)", i, s, prev, len(text))
		}
		if tr := trimSpan(text, s); tr != s {
			t.Fatalf("span %d %v %q not trimmed", i, s, s.In(text))
		}
		prev = s.End
	}
}

func TestSegmentSeeds(t *testing.T) {
	for name, text := range seedTexts(t) {
		paras := Paragraphs(text)
		sents := Sentences(text)
		checkSpans(t, text, paras)
		checkSpans(t, text, sents)
		if len(sents) < len(paras) {
			t.Errorf("%s: %d sentences < %d paragraphs", name, len(sents), len(paras))
		}
		for _, s := range sents {
			checkSpans(t, text, Clauses(text, s))
			inPara := false
			for _, p := range paras {
				if p.Contains(s) {
					inPara = true
				}
			}
			if !inPara {
				t.Errorf("%s: sentence %v crosses paragraphs", name, s)
			}
		}
		for _, q := range Quotes(text) {
			if !q.Span.Contains(q.Inner) || q.Start < 0 || q.End > len(text) {
				t.Errorf("%s: bad quote %+v", name, q)
			}
		}
	}
}
