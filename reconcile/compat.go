package reconcile

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/riwaya/riwaya/claims"
)

// Event-type compatibility: which types one real event may be reported as.
//
//	same type                               always
//	airstrike    ~ drone_attack             only when they do not name different actors, and for strong
//	                                        claims when one names it at least: a drone strike by the air
//	                                        force that also flew jets, or "a Turkish drone" in one report
//	                                        and "an air operation" in another (the drone's class, see
//	                                        typeClass, already requires a state with an air force)
//	interception ~ airstrike, drone_attack  always; the interception's actor is the defender, so the
//	                                        actor check is skipped (air defence confronting the attack)
//	shelling, drone_attack, ground_attack   with each other, when the actors do not conflict: attacks on a
//	                                        base are reported as rockets by some, as drones by others, and as
//	                                        an unspecified attack by others still
//	withdrawal   ~ evacuation               always (pulling out of positions)
//	anything else                           never: shelling vs airstrike, ground_attack vs airstrike,
//	                                        withdrawal vs deployment are different events
//
// Grouping further requires the same type class (see typeClass), so that
// no type compatible with two others bridges them.
//
// "other" (and the empty type) never links claims across articles; within
// an article it is compatible with every type (a figure-only sentence
// attaches to the event it continues).
const (
	compatNever = iota
	compatAlways
	compatSameActor  // only when the actors named are equivalent, and (strictly) one is named
	compatSkipActors // compatible, and actor disagreement means nothing
)

// typeCompat returns how the event types a and b relate.
func typeCompat(a, b string) int {
	if a == b {
		return compatAlways
	}
	if a > b {
		a, b = b, a
	}
	switch a + "~" + b {
	case "airstrike~drone_attack":
		return compatSameActor
	case "airstrike~interception", "drone_attack~interception":
		return compatSkipActors
	case "drone_attack~shelling", "drone_attack~ground_attack", "ground_attack~shelling", "evacuation~withdrawal":
		return compatAlways
	}
	return compatNever
}

// TypesCompatible reports whether two event types may describe one event
// (see the table on typeCompat; compatSameActor counts as compatible).
func TypesCompatible(a, b string) bool { return typeCompat(a, b) != compatNever }

func isVagueType(t string) bool { return t == "" || t == claims.EventOther }

func isMovement(t string) bool {
	switch t {
	case claims.EventWithdrawal, claims.EventDeployment, claims.EventEvacuation:
		return true
	}
	return false
}

// Actors.
//
// Equivalence: "us" and "coalition" name the same perpetrator (the
// coalition is US-led, and one source's "American strikes" are another's
// "coalition strikes"); equivalent actors never disagree.
//
// Sides, for telling two events from one disputed event: west = us,
// coalition, israel; axis = syria_gov, russia, iran_backed; then sdf,
// turkey and isis each on their own. Two claims that assert opposed actors
// (west vs axis, sdf vs turkey, sdf vs isis, turkey vs syria_gov, isis vs
// anyone) describe an attack and a counter-attack: two events. Different
// actors of one side (israel vs us, russia vs syria_gov) are the usual
// attribution dispute about one event: they stay together and become a
// perpetrator discrepancy.

// ActorClass maps an actor to its equivalence class ("coalition" → "us").
func ActorClass(a string) string {
	if a == "coalition" {
		return "us"
	}
	return a
}

func actorSide(a string) string {
	switch a {
	case "us", "coalition", "israel":
		return "west"
	case "syria_gov", "russia", "iran_backed":
		return "axis"
	}
	return a
}

func actorsOpposed(a, b string) bool {
	sa, sb := actorSide(a), actorSide(b)
	if sa == sb {
		return false
	}
	if sa > sb {
		sa, sb = sb, sa
	}
	switch sa + "|" + sb {
	case "axis|west", "sdf|turkey", "isis|sdf", "axis|turkey":
		// axis|turkey: Turkey against the Syrian government (and its allies).
		return true
	}
	return sa == "isis" || sb == "isis"
}

// namedActor returns the actor a claim asserts (stance asserts or
// unconfirmed), "" when it names none, names "unknown" or denies it.
func namedActor(c *claims.Claim) string {
	if c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown" {
		return ""
	}
	if c.Stance == claims.StanceAsserts || c.Stance == claims.StanceUnconfirmed {
		return *c.Actor
	}
	return ""
}

// GroupsCompatible reports whether figures for two victim groups may count
// the same people:
//
//	unknown        ~ anything
//	fighters       ~ pro_government, iran_backed, syrian_army, sdf, us_forces (fighters is the umbrella)
//	pro_government ~ syrian_army, iran_backed ("forces loyal to the regime" includes both)
//	civilians      ~ civilians only
//
// Any other pair (civilians vs fighters, sdf vs iran_backed) counts
// different people, whose counts never conflict; an account that counts
// only civilians against one that counts only combatants disputes who
// died instead (see victimsDisputed).
func GroupsCompatible(a, b string) bool {
	if a == b || a == "" || b == "" || a == "unknown" || b == "unknown" {
		return true
	}
	if a > b {
		a, b = b, a
	}
	switch a + "~" + b {
	case "fighters~pro_government", "fighters~iran_backed", "fighters~syrian_army",
		"fighters~sdf", "fighters~us_forces",
		"iran_backed~pro_government", "pro_government~syrian_army":
		return true
	}
	return false
}

// Target classes.
const (
	TargetMilitary = "military"
	TargetCivilian = "civilian"
	TargetMixed    = "mixed" // both kinds of words: never a side in a dispute
)

// targetWords classifies characterisations of what was hit. The longest
// phrase wins where phrases overlap ("food stores" beats "stores",
// "displacement camp" beats "camp").
//
// Forces: a characterisation of the people hit as locals, "popular" or
// tribal forces, "sons of the region", or as people fighting ISIS is how a
// speaker denies that they were a legitimate military target, so it is
// filed as civilian (local, non-military); "pro-regime forces", "attacking
// forces", militias and Iran-backed groups are military. Khasham 2018:
// "popular forces fighting ISIS" (civilian) against "pro-regime forces
// attacking SDF headquarters" (military) is a target discrepancy.
//
// Owners: where a place is characterised by the people it belongs to
// ("positions of popular forces", "homes of local residents"), the owner
// decides when the two disagree, for it is the speaker's characterisation
// of who was hit; see TargetClass.
var targetWords = []struct{ word, class string }{
	// military, English
	{"weapons", TargetMilitary}, {"weapon", TargetMilitary}, {"arms depot", TargetMilitary},
	{"depot", TargetMilitary}, {"ammunition", TargetMilitary}, {"munitions", TargetMilitary},
	{"military", TargetMilitary}, {"headquarters", TargetMilitary}, {"hq", TargetMilitary},
	{"command post", TargetMilitary}, {"base", TargetMilitary}, {"barracks", TargetMilitary},
	{"camp", TargetMilitary}, {"training", TargetMilitary}, {"militia", TargetMilitary},
	{"positions", TargetMilitary}, {"position", TargetMilitary}, {"irgc", TargetMilitary},
	{"revolutionary guard", TargetMilitary}, {"hezbollah", TargetMilitary},
	{"infrastructure used by", TargetMilitary}, {"facilities used by", TargetMilitary},
	{"iran-backed", TargetMilitary}, {"iran backed", TargetMilitary}, {"pro-iran", TargetMilitary},
	{"pro-regime", TargetMilitary}, {"pro regime", TargetMilitary}, {"pro-government", TargetMilitary},
	{"regime forces", TargetMilitary}, {"attacking", TargetMilitary}, {"attackers", TargetMilitary},
	{"launcher", TargetMilitary}, {"launch site", TargetMilitary}, {"radar", TargetMilitary},
	{"air defence", TargetMilitary}, {"air defense", TargetMilitary}, {"checkpoint", TargetMilitary},
	{"fighters", TargetMilitary}, {"militants", TargetMilitary},
	{"militant", TargetMilitary},
	{"isis", TargetMilitary}, {"daesh", TargetMilitary}, {"posts", TargetMilitary},
	{"terrorist", TargetMilitary}, {"hideout", TargetMilitary}, {"fortification", TargetMilitary},
	{"smuggler", TargetMilitary}, {"commander", TargetMilitary}, {"armed factions", TargetMilitary},
	{"defensive", TargetMilitary}, {"sdf forces", TargetMilitary}, {"army forces", TargetMilitary},
	{"government forces", TargetMilitary}, {"sources of fire", TargetMilitary}, {"observation post", TargetMilitary},
	// forces of any name are armed; "popular forces" and "local forces"
	// (civilian, below) are longer and win
	{"forces", TargetMilitary},
	{"military patrol", TargetMilitary}, {"security patrol", TargetMilitary}, {"intelligence", TargetMilitary},
	// civilian, English
	{"grain", TargetCivilian}, {"wheat", TargetCivilian}, {"silo", TargetCivilian},
	{"food", TargetCivilian}, {"bakery", TargetCivilian}, {"bread", TargetCivilian},
	{"hospital", TargetCivilian}, {"clinic", TargetCivilian}, {"medical", TargetCivilian},
	{"school", TargetCivilian}, {"university", TargetCivilian}, {"home", TargetCivilian},
	{"house", TargetCivilian}, {"residential", TargetCivilian}, {"civilian", TargetCivilian},
	{"market", TargetCivilian}, {"mosque", TargetCivilian}, {"church", TargetCivilian},
	{"rural development", TargetCivilian}, {"service centre", TargetCivilian},
	{"service center", TargetCivilian}, {"services centre", TargetCivilian},
	{"services center", TargetCivilian}, {"water station", TargetCivilian}, {"farm", TargetCivilian},
	{"shepherd", TargetCivilian}, {"innocent", TargetCivilian}, {"displaced", TargetCivilian},
	{"health centre", TargetCivilian}, {"health center", TargetCivilian}, {"power station", TargetCivilian},
	{"power plant", TargetCivilian}, {"residents", TargetCivilian},
	{"displacement camp", TargetCivilian}, {"refugee camp", TargetCivilian},
	{"refugee", TargetCivilian}, {"children", TargetCivilian}, {"women", TargetCivilian},
	{"food stores", TargetCivilian}, {"food depot", TargetCivilian},
	// what a depot or store holds decides its class ("depot of food
	// supplies"), as for "weapons depot".
	{"depot of food", TargetCivilian}, {"depots of food", TargetCivilian},
	{"depot of grain", TargetCivilian}, {"depots of grain", TargetCivilian},
	{"depot of fodder", TargetCivilian}, {"grain depot", TargetCivilian}, {"food supplies depot", TargetCivilian}, {"stores of food", TargetCivilian},
	{"store of food", TargetCivilian},
	{"popular forces", TargetCivilian}, {"local forces", TargetCivilian}, {"locals", TargetCivilian},
	{"local people", TargetCivilian}, {"tribal", TargetCivilian}, {"tribes", TargetCivilian},
	{"sons of the", TargetCivilian}, {"people of the", TargetCivilian},
	{"fighting isis", TargetCivilian}, {"fighting daesh", TargetCivilian},
	{"fighting the islamic state", TargetCivilian},
	{"village", TargetCivilian}, {"towns", TargetCivilian}, {"town", TargetCivilian},
	{"family", TargetCivilian}, {"families", TargetCivilian}, {"college", TargetCivilian},
	{"institute", TargetCivilian}, {"workshop", TargetCivilian}, {"mill", TargetCivilian},
	{"paramedics", TargetCivilian}, {"ambulance", TargetCivilian}, {"sheep", TargetCivilian},
	{"poultry", TargetCivilian}, {"fodder", TargetCivilian}, {"public road", TargetCivilian},
	{"farmer", TargetCivilian}, {"unarmed", TargetCivilian}, {"bakeries", TargetCivilian},
	{"livestock", TargetCivilian}, {"bus station", TargetCivilian},
	// people fired on at a protest or a funeral, and whom an army says it
	// fired on as a threat
	{"protesters", TargetCivilian}, {"demonstration", TargetCivilian}, {"sit-in", TargetCivilian},
	{"mourners", TargetCivilian}, {"funeral", TargetCivilian}, {"suspects", TargetMilitary},
	// what civilian life uses: trade, transport, worship, study; a port,
	// a runway or containers are civilian unless a source qualifies them
	{"industrial", TargetCivilian}, {"commercial", TargetCivilian}, {"runway", TargetCivilian},
	{"airstrip", TargetCivilian}, {"port", TargetCivilian}, {"container", TargetCivilian},
	{"pilgrims", TargetCivilian}, {"worshippers", TargetCivilian},
	{"passers-by", TargetCivilian}, {"shoppers", TargetCivilian}, {"students", TargetCivilian},
	{"pupils", TargetCivilian}, {"journalists", TargetCivilian}, {"shop", TargetCivilian},
	{"pharmacy", TargetCivilian}, {"restaurant", TargetCivilian}, {"cafe", TargetCivilian},
	{"taxi", TargetCivilian}, {"passenger", TargetCivilian}, {"apartment", TargetCivilian},
	{"shrine", TargetCivilian}, {"places of worship", TargetCivilian}, {"clothes", TargetCivilian},
	{"medicine", TargetCivilian}, {"medical supplies", TargetCivilian}, {"spare parts", TargetCivilian},
	{"oils", TargetCivilian}, {"vegetables", TargetCivilian}, {"fruit", TargetCivilian},
	{"goods", TargetCivilian}, {"flour", TargetCivilian}, {"fabrics", TargetCivilian},
	{"building materials", TargetCivilian}, {"milk", TargetCivilian}, {"sugar", TargetCivilian},
	{"fertiliser", TargetCivilian}, {"educational", TargetCivilian}, {"agricultural", TargetCivilian},
	{"archaeological", TargetCivilian}, {"religious", TargetCivilian}, {"government building", TargetCivilian},
	{"government facilit", TargetCivilian}, {"government institution", TargetCivilian},
	{"service facilit", TargetCivilian}, {"aid supplies", TargetCivilian}, {"humanitarian aid", TargetCivilian},
	// the ground and utilities civilian life stands on: farmland, orchards,
	// crops; power, gas and water plants; bus stops; shelters; hospital
	// wards
	{"orchard", TargetCivilian}, {"crops", TargetCivilian}, {"farm fields", TargetCivilian},
	{"wheat fields", TargetCivilian}, {"gas plant", TargetCivilian}, {"power grid", TargetCivilian},
	{"power lines", TargetCivilian}, {"energy facilit", TargetCivilian}, {"water well", TargetCivilian},
	{"water pumping", TargetCivilian}, {"bus stop", TargetCivilian}, {"operating theatre", TargetCivilian},
	{"household", TargetCivilian}, {"civil defence", TargetCivilian}, {"spy centre", TargetMilitary},
	{"radio", TargetCivilian}, {"television", TargetCivilian}, {"broadcast", TargetCivilian},
	// military: command, units, arms and the bodies that bear them
	{"operations room", TargetMilitary}, {"command centre", TargetMilitary}, {"command center", TargetMilitary},
	{"battalion", TargetMilitary}, {"regiment", TargetMilitary}, {"tanks", TargetMilitary},
	{"armoured", TargetMilitary}, {"artillery", TargetMilitary}, {"early warning", TargetMilitary},
	{"missile", TargetMilitary}, {"explosive", TargetMilitary}, {"drones", TargetMilitary},
	{"shells", TargetMilitary}, {"iranian forces", TargetMilitary}, {"iranian targets", TargetMilitary},
	{"armed groups", TargetMilitary}, {"quds force", TargetMilitary}, {"security", TargetMilitary},
	{"combat", TargetMilitary}, {"car bomb", TargetMilitary}, {"mines", TargetMilitary},
	{"brigade", TargetMilitary}, {"tunnel", TargetMilitary}, {"fire brigade", TargetCivilian},
	{"fuel station", TargetCivilian}, {"guesthouse", TargetCivilian},
	// fuel carried by sea or road and the ships of trade; an armed owner
	// ("tankers of ISIS militants") decides otherwise
	{"oil tanker", TargetCivilian}, {"fuel tanker", TargetCivilian}, {"merchant ship", TargetCivilian},
	{"cargo ship", TargetCivilian},
	// oil worked by hand: civilian unless a source says an armed group uses it
	{"oil refiner", TargetCivilian}, {"oil burner", TargetCivilian},
	// a bare "convoy" names no side (aid, trade, evacuees or troops); aid
	// and relief say what it carried
	{"aid convoy", TargetCivilian}, {"humanitarian", TargetCivilian}, {"relief", TargetCivilian},
	// diplomatic premises are protected as civilian objects
	{"consulate", TargetCivilian}, {"consular", TargetCivilian}, {"embassy", TargetCivilian},
	{"diplomatic", TargetCivilian},
	// military, Arabic (normalised: no diacritics, bare alef, ه for ة, ي for ى)
	{"مستودعات اسلحه", TargetMilitary}, {"مستودع", TargetMilitary}, {"ذخير", TargetMilitary},
	{"اسلحه", TargetMilitary}, {"سلاح", TargetMilitary}, {"مقر", TargetMilitary},
	{"معسكر", TargetMilitary}, {"ميليشي", TargetMilitary}, {"مليشي", TargetMilitary},
	{"عسكري", TargetMilitary}, {"مواقع", TargetMilitary}, {"موقع", TargetMilitary},
	{"قاعده", TargetMilitary}, {"الحرس الثوري", TargetMilitary}, {"حزب الله", TargetMilitary},
	{"قوات موالي", TargetMilitary}, {"القوات المهاجمه", TargetMilitary}, {"منصات", TargetMilitary},
	{"راجمات", TargetMilitary}, {"رادار", TargetMilitary}, {"التحتيه التي تستخدمها", TargetMilitary}, {"التحتيه التي يستخدمها", TargetMilitary},
	{"منشات تستخدمها", TargetMilitary},
	// civilian, Arabic
	{"مخازن تغذيه", TargetCivilian}, {"مخازن الغذاء", TargetCivilian}, {"مراكز خدمات", TargetCivilian},
	{"مركز خدمات", TargetCivilian}, {"التنميه الريفيه", TargetCivilian}, {"الحبوب", TargetCivilian},
	{"مستشفي", TargetCivilian}, {"مشفي", TargetCivilian}, {"مدرسه", TargetCivilian},
	{"مدارس", TargetCivilian}, {"منازل", TargetCivilian}, {"منزل", TargetCivilian},
	{"مدني", TargetCivilian}, {"سوق", TargetCivilian}, {"مسجد", TargetCivilian},
	{"فرن", TargetCivilian}, {"مخيم", TargetCivilian}, {"ابرياء", TargetCivilian},
	{"الابرياء", TargetCivilian}, {"قوات شعبيه", TargetCivilian}, {"ابناء المنطقه", TargetCivilian},
	{"عشائر", TargetCivilian}, {"قنصلي", TargetCivilian}, {"سفاره", TargetCivilian}, {"دبلوماسي", TargetCivilian}, {"تقاتل داعش", TargetCivilian}, {"تقاتل \"داعش\"", TargetCivilian},
}

// TargetClass classifies a characterisation of a target as
// TargetMilitary, TargetCivilian, TargetMixed, or "" when no listed word
// occurs. Matching is case-insensitive on English and ignores Arabic
// diacritics and hamza/ta marbuta/alif maqsura spelling variants. In
// "X of Y" where Y characterises people or forces, Y's class (military or
// civilian) wins over X's (see Owners on targetWords).
func TargetClass(target string) string {
	s := normalizeWords(target)
	if s == "" {
		return ""
	}
	// "containers holding weapons", "workshops making drones": the
	// content or the product, not the box, decides.
	for _, rel := range []string{" holding ", " making "} {
		if i := strings.LastIndex(s, rel); i > 0 {
			if c := wordClass(s[i+len(rel):]); c == TargetMilitary || c == TargetCivilian {
				return c
			}
		}
	}
	if i := strings.LastIndex(s, " of "); i > 0 && (namesPeople(s[i+4:]) || namesBroadcaster(s[i+4:])) {
		if own := wordClass(s[i+4:]); own == TargetMilitary || own == TargetCivilian {
			return own
		}
	}
	return wordClass(s)
}

// peopleWords mark an owner phrase that characterises people or forces.
var peopleWords = []string{"forces", "residents", "locals", "people", "tribes", "fighters", "militia",
	"civilians", "militants", "families", "terrorists", "farmer", "a civilian", "a family", "isis", "factions", "irgc", "hezbollah"}

// namesBroadcaster reports whether an owner phrase names a radio or
// television broadcaster: "headquarters of radio and television" is a
// broadcaster's office, civilian whatever the building.
func namesBroadcaster(s string) bool {
	return strings.Contains(s, "radio") || strings.Contains(s, "television") || strings.Contains(s, "broadcast")
}

// namesPeople reports whether an owner phrase characterises people.
func namesPeople(s string) bool {
	for _, w := range peopleWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// wordClass classifies normalised text by the words of targetWords.
func wordClass(s string) string {
	type hit struct {
		start, end int
		class      string
	}
	var hits []hit
	for _, w := range targetWords {
		for off := 0; ; {
			i := strings.Index(s[off:], w.word)
			if i < 0 {
				break
			}
			at := off + i
			off = at + 1
			// English words must start a word ("base" is not in "database");
			// Arabic words take proclitics (و، ب، ال), so they may not.
			if isASCIILetter(w.word[0]) && at > 0 && isASCIILetter(s[at-1]) {
				continue
			}
			hits = append(hits, hit{at, at + len(w.word), w.class})
		}
	}
	// "civilian X" characterises X as civilian, whatever X is ("civilian
	// depots"), and "military X" as military ("military college"): the
	// modifier covers the word after it. So do the adjectives of
	// residence and trade ("residential buildings", "commercial port").
	for _, mod := range modifiers {
		for off := 0; ; {
			i := strings.Index(s[off:], mod.word)
			if i < 0 {
				break
			}
			at := off + i
			off = at + 1
			if at > 0 && isASCIILetter(s[at-1]) {
				continue
			}
			end := at + len(mod.word)
			for end < len(s) && s[end] != ' ' && s[end] != ',' && s[end] != ';' {
				end++
			}
			hits = append(hits, hit{at, end, mod.class})
		}
	}
	// Longest match wins: drop any hit contained in a longer hit.
	mil, civ := false, false
	for i, h := range hits {
		inside := false
		for j, o := range hits {
			if i != j && o.start <= h.start && h.end <= o.end && o.end-o.start > h.end-h.start {
				inside = true
				break
			}
		}
		if inside {
			continue
		}
		if h.class == TargetMilitary {
			mil = true
		} else {
			civ = true
		}
	}
	switch {
	case mil && civ:
		return TargetMixed
	case mil:
		return TargetMilitary
	case civ:
		return TargetCivilian
	}
	return ""
}

// modifiers are the English adjectives that decide the class of the noun
// they qualify (see wordClass).
var modifiers = []struct{ word, class string }{
	{"civilian ", TargetCivilian}, {"military ", TargetMilitary}, {"residential ", TargetCivilian},
	{"commercial ", TargetCivilian}, {"industrial ", TargetCivilian},
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// normalizeWords lowercases, strips Arabic diacritics and tatweel, and
// folds the common spelling variants.
func normalizeWords(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r, keep := normRune(r); keep {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// normRune is what normalizeWords makes of one rune; keep is false for
// the runes it drops.
func normRune(r rune) (_ rune, keep bool) {
	switch {
	case r >= 'A' && r <= 'Z':
		r += 'a' - 'A'
	case r >= 0x80 && (r < 0x0600 || r > 0x06FF):
		r = unicode.ToLower(r) // Arabic letters have no case: skip the table
	}
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		return r, false
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		r = 'ا'
	case r == 'ة':
		r = 'ه'
	case r == 'ى':
		r = 'ي'
	case r == '’' || r == '‘':
		r = '\''
	}
	return r, true
}

// normWords calls yield with the words of arabicWords(normalizeWords(text)),
// in order, until it returns false, without building the normalised text
// or the list: for a test of a text's first words or of one word in it.
// A word's bytes are valid only during its call.
func normWords(text string, yield func(w []byte) bool) {
	var buf [64]byte
	for i := 0; ; {
		var w []byte
		if w, i = nextNormWord(text, i, buf[:0]); len(w) == 0 || !yield(w) {
			return
		}
	}
}

// nextNormWord returns the next word of arabicWords(normalizeWords(text))
// from byte i on, appended to w, and the byte after it; an empty word when
// there is none. A caller that reads words one by one into a buffer of its
// own (see leadOf) allocates nothing.
func nextNormWord(text string, i int, w []byte) ([]byte, int) {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		r, keep := normRune(r)
		if !keep {
			continue
		}
		if r >= 0x0621 && r <= 0x064A {
			w = utf8.AppendRune(w, r)
			continue
		}
		if len(w) > 0 {
			return w, i
		}
	}
	return w, i
}

// isResponse reports whether a claim describes a response (ردا على) to
// another event: its Response flag, or a rule whose name mentions a
// response.
func isResponse(c *claims.Claim) bool {
	if c.Response {
		return true
	}
	return slices.ContainsFunc(c.Rules, func(r string) bool {
		r = strings.ToLower(r)
		return strings.Contains(r, "response") || strings.Contains(r, "respond") ||
			strings.Contains(r, "radda") || strings.Contains(r, "ردا")
	})
}
