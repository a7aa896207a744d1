package claims

// docMemo remembers, per token of a document, the answers of predicates
// that depend only on the document and the token, and that rules ask of
// the same token many times (once per claim region, per rule). Each slice
// has one entry per token: memoUnknown until first asked.
type docMemo struct {
	ignorance      memoSlice // ignoranceAt
	negatedKnowing memoSlice // negatedKnowing
}

// memoSlice is one predicate's answers, by token.
type memoSlice []memoBool

// memoBool is a remembered answer: memoUnknown, or the answer.
type memoBool uint8

const (
	memoUnknown memoBool = iota
	memoFalse
	memoTrue
)

// reset sizes the memo for a document of n tokens, every answer unknown.
func (m *docMemo) reset(n int) {
	m.ignorance = resetMemo(m.ignorance, n)
	m.negatedKnowing = resetMemo(m.negatedKnowing, n)
}

func resetMemo(s memoSlice, n int) memoSlice {
	if cap(s) < n {
		return make(memoSlice, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// lookup returns the remembered answer at k, if any.
func (s memoSlice) lookup(k int) (v, ok bool) {
	if k < 0 || k >= len(s) || s[k] == memoUnknown {
		return false, false
	}
	return s[k] == memoTrue, true
}

// store remembers answer v at k and returns it.
func (s memoSlice) store(k int, v bool) bool {
	if k >= 0 && k < len(s) {
		s[k] = memoFalse
		if v {
			s[k] = memoTrue
		}
	}
	return v
}
