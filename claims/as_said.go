package claims

import "strings"

// asSaidCue reports whether an after-cue is a verb of saying after كما or
// مثلما ("كما أعلن المرصد"، "مثلما أكدت مصادر محلية"): "as the source
// said", a credit of what was told before it.
func asSaidCue(phrase string) bool {
	return strings.HasPrefix(phrase, "كما ") || strings.HasPrefix(phrase, "مثلما ")
}

// alsoSaid reports whether an as-said cue matched at [i, last) is rather
// the speaker going on ("وقال المرصد إن ...، كما أكد أن ..."): كما is
// "also" when a complementizer or the preposition of the verb follows the
// verb at once, with no subject between. The verb is then the speaker's
// own, not a credit.
func (fs *frameScanner) alsoSaid(phrase string, last, end int) bool {
	if !asSaidCue(phrase) || last >= end {
		return false
	}
	if _, _, ok := fs.x.compAt(fs.d.toks, last); ok {
		return true
	}
	switch t := fs.d.toks[last]; t.Norm {
	case "الي", "علي", "عن":
		return t.Clitics == ""
	}
	return false
}
