package claims

import "github.com/riwaya/riwaya/claims/arabic"

// answeredToll reports whether a figure counts the victims of the deed
// that the claim's deed answers: its outcome noun is the object of
// "رداً على" / "في رد على" / "للرد على" ("وردّاً على مقتل قائدها، قصفت
// الفصائل ...") or of "انتقاماً لـ" / "ثأراً لـ" ("ثأراً لمقتل خمسة من
// عناصره، هاجم ..."). Those were killed in the other event, whose toll
// it is; the answer's own toll is told apart from it.
func answeredToll(d *doc, c figCand) bool {
	k := tokenAt(d, c.Span.Start)
	if k < 0 {
		return false
	}
	// The outcome noun may stand a word before the count's span
	// ("رداً على مقتل 5 ..." spans from the number in some readings).
	for j := k; j >= 0 && j >= k-1; j-- {
		if answeredAt(d, j) {
			return true
		}
	}
	return false
}

// answeredOutcomeNouns are the verbal nouns of a toll that can be the
// object of an answer (folded, without proclitics and article).
var answeredOutcomeNouns = map[string]bool{"مقتل": true, "استشهاد": true, "اغتيال": true, "اصابه": true, "اعدام": true,
	"قتل": true, "تصفيه": true, "سقوط": true}

// answeredAt reports whether the token at j is a toll's verbal noun right
// after a cue of answering or revenge.
func answeredAt(d *doc, j int) bool {
	t := d.toks[j]
	if t.Kind != arabic.TokWord || !answeredOutcomeNouns[t.Stem] {
		return false
	}
	if hasClitic(t.Clitics, 'ل') && j > 0 && revengeNouns[d.toks[j-1].Stem] {
		return true // "انتقاماً لمقتل", "ثأراً لاغتيال"
	}
	if t.Clitics != "" || j < 2 || d.toks[j-1].Norm != "علي" {
		return false
	}
	return answerNouns[d.toks[j-2].Stem]
}

// revengeNouns are the accusatives of revenge before "لـ": انتقاماً،
// ثأراً (folded, hamza and tanween dropped).
var revengeNouns = map[string]bool{"انتقاما": true, "ثارا": true, "انتقام": true, "ثار": true}

// answerNouns are the forms of "reply" before "على": رداً، ردّ (في رد،
// للرد), folded.
var answerNouns = map[string]bool{"ردا": true, "رد": true}
