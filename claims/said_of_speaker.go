package claims

// saidOfSpeaker reports whether the words after the comma that follows a
// speaker's name (from j) are a relative clause in which another source
// speaks of that speaker: "نفى أقارب القتيل، الذي يقول الجيش إنه مسلح، أن
// ..."، "أكد الطبيب، الذي يقول الجيش إنه يعالج المسلحين، أن
// ...". The source named inside the clause says who the speaker is in its
// own eyes; it is not the speaker, nor the body the speaker speaks for.
func (fs *frameScanner) saidOfSpeaker(j, end int) bool {
	d := fs.d
	if j+1 >= end || !(isRelative(d.toks[j]) || d.toks[j].Norm == "الذين") {
		return false
	}
	if _, _, ok := fs.speechAt(j + 1); !ok {
		return false
	}
	return fs.relativeOwnSpeaker(j + 1)
}
