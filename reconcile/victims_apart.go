package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// oneStrikeOfMany reports whether a claim tells its toll of one strike of
// a wave, "إحدى الغارات" / "أحد الصواريخ" / "إحدى القذائف" ("إحدى الغارات
// سقطت على خيمة فقتلت مدنيين"): those dead are a part of the
// wave's, and say nothing of who the others it killed were.
//
// The same holds for "إحدى غارات التحالف" (the plural in construct),
// "واحدة من الغارات", and a strike told as indefinite after the verb of
// saying ("قال شهود إن قذيفة أصابت مدرسة"): a source that introduces
// "a strike" of its own tells of one of them, not of the whole wave.
func oneStrikeOfMany(c *claims.Claim) bool {
	ws := arabicWords(normalizeWords(c.Text))
	for i := 0; i+1 < len(ws); i++ {
		w := stripClitic(ws[i])
		switch {
		case slices.Contains(oneOfWords, w):
			if slices.Contains(strikePlurals, ws[i+1]) || slices.Contains(strikePlurals, "ال"+ws[i+1]) {
				return true
			}
		case (ws[i] == "واحده" || ws[i] == "وواحده") && i+2 < len(ws) && ws[i+1] == "من" && slices.Contains(strikePlurals, ws[i+2]):
			return true
		case (w == "ان" || w == "بان") && slices.Contains(strikeSingulars, ws[i+1]):
			return true
		}
	}
	return false
}

// strikeSingulars are indefinite singular strikes and projectiles,
// normalised: غارة، ضربة، قذيفة، صاروخ.
var strikeSingulars = []string{"غاره", "ضربه", "قذيفه", "صاروخ"}

// oneOfWords are "one of" (masculine and feminine), normalised.
var oneOfWords = []string{"احد", "احدي"}

// strikePlurals are the definite plurals of strikes and projectiles,
// normalised: الغارات، الضربات، الصواريخ، القذائف، الهجمات، المسيرات.
var strikePlurals = []string{"الغارات", "الضربات", "الصواريخ", "القذائف", "الهجمات", "المسيرات", "الطائرات", "البراميل"}

// fromAfar: the event types of fire from afar.
func fromAfar(t string) bool {
	return t == claims.EventAirstrike || t == claims.EventShelling || t == claims.EventDroneAttack
}

// differentDeeds reports whether the civilian dead and the combatants of
// two accounts are told of different deeds, one a ground attack or clash
// and the other fire from afar ("fighters wounded when the checkpoint was
// stormed" against "civilians wounded by shells on the quarter"): each
// counts the dead of its own deed, and neither says who the other's were.
func differentDeeds(civ, com []figRef) bool {
	for _, r := range civ {
		for _, q := range com {
			a, b := r.c.EventType, q.c.EventType
			if a == b || !(a == claims.EventGroundAttack && fromAfar(b) || b == claims.EventGroundAttack && fromAfar(a)) {
				return false
			}
		}
	}
	return len(civ) > 0 && len(com) > 0
}

// victimsApart reports whether two tolls of civilians only and of
// combatants only count victims apart rather than dispute who died: one
// of them is the toll of one strike of a wave, or they are tolls of
// different deeds.
func victimsApart(civ, com []figRef) bool {
	for _, rs := range [][]figRef{civ, com} {
		if len(rs) > 0 && !slices.ContainsFunc(rs, func(r figRef) bool { return !oneStrikeOfMany(r.c) }) {
			return true
		}
	}
	return differentDeeds(civ, com)
}

// tieNouns are the nouns of a tie of people to a party, normalised, with
// their attached pronouns: ارتباط، صلة، علاقة، انتماء.
var tieNouns = []string{"ارتباط", "صله", "علاقه", "انتماء", "ارتباطه", "ارتباطهم", "صلته", "صلتهم", "علاقته", "علاقتهم",
	"انتماؤه", "انتماءه", "انتمائه", "انتماؤهم", "انتمائهم", "انتماءهم", "انتماءها", "ارتباطها", "صلتها", "علاقتها"}

// partyHeads are the heads of a party one may be tied to, normalised,
// without ب and ال: forces, an organisation, factions, a group, a party,
// militias, the army, the security.
var partyHeads = []string{"قوات", "قوي", "تنظيم", "فصائل", "فصيل", "جماعه", "جماعات", "حزب", "ميليشيا", "ميليشيات",
	"مليشيا", "مليشيات", "جيش", "امن", "جهه", "مجموعه", "مجموعات", "كتائب", "وحدات"}

// deniesTies reports whether a denial denies that people (the dead, the
// men hit) had ties to a party: "نفى أن يكون للقتلى أي ارتباط بقوات
// ..."، "نفى انتماءه لأي فصيل"، "لا علاقة لهم بالتنظيم". It says who was hit,
// not that nothing happened.
func deniesTies(c *claims.Claim) bool {
	if c.Stance != claims.StanceDenies {
		return false
	}
	ws := arabicWords(normalizeWords(c.Text))
	for i, w := range ws {
		if !slices.Contains(tieNouns, stripClitic(w)) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			n := ws[j]
			if !strings.HasPrefix(n, "ب") && !strings.HasPrefix(n, "ل") {
				continue
			}
			n = strings.TrimPrefix(ws[j][len("ب"):], "ال")
			if n == "اي" && j+1 < len(ws) {
				n = strings.TrimPrefix(ws[j+1], "ال")
			}
			if slices.Contains(partyHeads, n) {
				return true
			}
		}
	}
	return false
}

// rescuerWords name the crews of a rescue service, normalised, without و
// and ال: a body's own staff by its pronoun (كوادرها، كوادره) and the
// civil defence ("الدفاع" before "المدني").
var rescuerWords = []string{"كوادرها", "كوادره", "دفاع"}

// countsRescuers reports whether a figure counts the crews of a rescue
// service hit at work ("فجُرح اثنان من كوادرها"، "جرح ثلاثة من عناصر الدفاع
// المدني"): a part of the harm that one voice tells of apart, which
// disputes only another count of those crews, not the event's toll.
func countsRescuers(r figRef) bool {
	ws := wordsAfterFigure(r, 4)
	for i, w := range ws {
		if w != "من" || i+1 >= len(ws) {
			continue
		}
		n := strings.TrimPrefix(ws[i+1], "ال")
		if slices.Contains(rescuerWords, n) {
			return true
		}
		if (n == "عناصر" || n == "افراد" || n == "فرق") && i+2 < len(ws) && slices.Contains(rescuerWords, strings.TrimPrefix(ws[i+2], "ال")) {
			return true
		}
	}
	return false
}
