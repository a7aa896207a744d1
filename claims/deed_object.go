package claims

// deedNounFirst reports whether the speech verb ending before j is
// followed at once by the verbal noun of a deed ("تنفي قصف"، "نفت
// استهداف"، "أدانت تفجير") and the party near names comes after it: the
// party is then that noun's complement, who struck or was struck, and
// never the one who speaks, which stands before the verb or was named
// earlier. The noun must be a deed's, not a word of another kind that
// event triggers also hold.
func (fs *frameScanner) deedNounFirst(j int, near speaker) bool {
	d := fs.d
	if near.mention <= 0 || near.mention > len(d.mentions) || j >= len(d.toks) {
		return false
	}
	if d.mentions[near.mention-1].First <= j {
		return false
	}
	t := d.toks[j]
	if t.Clitics != "" || !deedNounStems[t.Stem] {
		return false
	}
	tr, tm, ok := fs.x.triggers.at(d.toks, j)
	return ok && tm.First == j && tr.typ != EventOther
}

// deedNounStems are the folded verbal nouns of striking and attacking
// that a verb of denying, confirming or condemning takes as its object.
var deedNounStems = map[string]bool{
	"قصف": true, "استهداف": true, "تفجير": true, "مهاجمه": true, "ضرب": true, "اغتيال": true, "اطلاق": true,
	"قتل": true, "اقتحام": true, "تنفيذ": true, "شن": true,
}

// deniedDeedOnParty is, for a denial whose content opens with the verbal
// noun of a deed and a party right after it ("تنفي وزارة الدفاع قصف
// قسد"), the speaker's own side: what it denies is its own deed against
// that party, whose name is the noun's object. It holds only for a
// speaker with a side of its own, and a party other than that side.
func (x *Extractor) deniedDeedOnParty(d *doc, f frame, r region, in func(int) bool) (string, bool) {
	if f.stance != StanceDenies {
		return "", false
	}
	own := x.actorOfSource(f.src.id)
	if own == "" {
		return "", false
	}
	c := disowned(d, r)
	p := c + 1
	for p < r.hi && d.toks[p].IsQuote() {
		p++ // "تنفي قصف «قسد»"
	}
	if p >= r.hi || !in(c) || !in(p) || d.toks[c].Clitics != "" || !deedNounStems[d.toks[c].Stem] {
		return "", false
	}
	a, m, ok := x.actorAt(d, p)
	if !ok || a == own || !namedActor(a) || m.Clitics != "" {
		return "", false
	}
	return own, true
}
