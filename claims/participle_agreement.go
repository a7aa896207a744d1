package claims

import "strings"

// A participle of speech that goes on after a relayed statement ("نقلت
// الوكالة عن ضابط تأكيده أن ...، مشيرة إلى ...") agrees in gender with
// its subject: when it agrees with the relaying medium and not with the
// party the medium quoted, the medium speaks the continuation in its own
// voice. Only heads whose gender is plain decide: a noun in ة is feminine,
// a listed masculine head is masculine; names with no such head
// ("سانا"، "الأناضول") decide nothing.

// masculineHeads are singular heads of a speaker's name that take a
// masculine verb, folded and without the article.
var masculineHeads = map[string]bool{
	"مصدر": true, "مسوول": true, "متحدث": true, "ناطق": true, "مراسل": true,
	"تلفزيون": true, "موقع": true, "مرصد": true, "مكتب": true, "مركز": true,
	"جيش": true, "مدير": true, "قائد": true, "وزير": true, "محافظ": true,
	"رئيس": true, "ضابط": true, "دفاع": true, "اعلام": true, "فريق": true,
}

// headGender is 'f' or 'm' for the first word of a speaker's mention when
// its gender is plain, else 0.
func (fs *frameScanner) headGender(s speaker) byte {
	if s.mention == 0 || s.mention > len(fs.d.mentions) {
		return 0
	}
	m := fs.d.mentions[s.mention-1]
	if m.First >= m.Last || m.First >= len(fs.d.toks) {
		return 0
	}
	stem := fs.d.toks[m.First].Stem
	switch {
	case masculineHeads[stem]:
		return 'm'
	case strings.HasSuffix(stem, "ه") && len([]rune(stem)) > 3:
		return 'f'
	}
	return 0
}

// participleGender is 'f' for a feminine singular participle ("مشيرة"،
// "مضيفةً"), 'm' for a masculine singular one ("مشيراً"، "مضيف"), and 0
// for a plural or dual, whose subject any crowd may be.
func participleGender(norm string) byte {
	switch {
	case strings.HasSuffix(norm, "ين") || strings.HasSuffix(norm, "ون") || strings.HasSuffix(norm, "ات") || strings.HasSuffix(norm, "ان"):
		return 0
	case strings.HasSuffix(norm, "ه") || strings.HasSuffix(norm, "ة"):
		return 'f'
	}
	return 'm'
}

// relayByAgreement returns the relaying medium of the last relay chain
// ("نقلت X عن Y"; not a medium addressed with لـ) when the participle at i agrees with it and not with the party it
// quoted; ok is false otherwise.
func (fs *frameScanner) relayByAgreement(frs []frame, src speaker, i int) (speaker, bool) {
	var last *frame
	for k := len(frs) - 1; k >= 0; k-- {
		if !frs[k].embedded {
			last = &frs[k]
			break
		}
	}
	if last == nil || last.rule != "relay_chain" || len(last.via) == 0 || last.src.id != src.id {
		return speaker{}, false
	}
	relay := last.via[len(last.via)-1]
	pg := participleGender(fs.d.toks[i].Norm)
	if pg == 0 {
		return speaker{}, false
	}
	sg, rg := fs.headGender(src), fs.headGender(relay)
	if sg == 0 || sg == pg || rg != pg {
		return speaker{}, false
	}
	return relay, true
}
