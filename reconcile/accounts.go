package reconcile

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// Accounts and independence.
//
// A relay chain is one account: a claim is counted under its innermost
// source (Claim.Source), never under the outlets that relay it
// (Claim.Via), so five outlets repeating SANA are the one account "sana".
// The article's own voice (source id "outlet") is a different account in
// every outlet: it is keyed by the outlet name the claim carries, else by
// the article.
//
// For grading, accounts are further folded into voices: every account
// whose registry affiliation is a government (syria_gov, us, russia,
// iran, turkey, israel) speaks with that government's one voice (the
// Pentagon and CENTCOM are one party); other accounts are voices of their
// own.

// AccountKey returns the key under which a claim's account is counted.
func AccountKey(c claims.Claim) string { return accountKey(&c) }

func accountKey(c *claims.Claim) string {
	if c.Source.ID == "outlet" || c.Source.ID == "" {
		if c.Source.Name != "" {
			return "outlet:" + c.Source.Name
		}
		return "outlet:" + c.Article
	}
	if anonymousCrowd(c.Source.ID) {
		if len(c.Via) > 0 && c.Via[0].ID != "" {
			return c.Source.ID + ":via:" + c.Via[0].ID
		}
		return c.Source.ID + ":" + c.Article
	}
	return c.Source.ID
}

// anonymousCrowd reports whether a source id stands for unnamed people on
// the ground ("مصادر محلية", "ناشطون", "أهالٍ"): the local sources one
// outlet reached and those another reached are different people, so each
// report's (or each relaying agency's) local sources are an account of
// their own, and their tolls or doers may disagree like any two voices.
func anonymousCrowd(id string) bool {
	switch id {
	case "local_sources", "activist":
		return true
	}
	return false
}

// account is one independent account of an event.
type account struct {
	key    string
	source string // source id
	name   string // English name
	claims []*claims.Claim
	first  *claims.Claim // earliest claim, see claimOrder
	relays []string      // ids of the outlets that relayed it
}

// claimOrder orders claims in reading order across articles: earliest
// published article first (when known), then article id, then position.
func claimOrder(k Knowledge) func(a, b *claims.Claim) int {
	return func(a, b *claims.Claim) int {
		pa, pb := k.published(a.Article), k.published(b.Article)
		if pa != pb {
			switch {
			case pa == "":
				return 1
			case pb == "":
				return -1
			}
			return cmp.Compare(pa, pb)
		}
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.ID, b.ID))
	}
}

// accountsOf splits an event's claims into accounts, ordered by key.
func accountsOf(cs []*claims.Claim, k Knowledge) []*account {
	m := map[string]*account{}
	for _, c := range cs {
		key := accountKey(c)
		a := m[key]
		if a == nil {
			a = &account{key: key, source: c.Source.ID, name: k.name(c.Source.ID, c.Source.Name)}
			if a.source == "" {
				a.source = "outlet"
			}
			m[key] = a
		}
		a.claims = append(a.claims, c)
		for _, r := range c.Via {
			a.relays = append(a.relays, r.ID)
		}
	}
	out := make([]*account, 0, len(m))
	order := claimOrder(k)
	for _, a := range m {
		slices.SortFunc(a.claims, order)
		a.first = a.claims[0]
		slices.Sort(a.relays)
		a.relays = slices.Compact(a.relays)
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b *account) int { return cmp.Compare(a.key, b.key) })
	return out
}

// voiceOf folds government accounts into one voice per government.
func voiceOf(a *account, k Knowledge) string {
	switch aff := k.affiliation(a.source); aff {
	case "syria_gov", "us", "russia", "iran", "turkey", "israel":
		return "gov:" + aff
	}
	return a.key
}

// ActorName is the English name of an actor for summaries ("us" → "the
// US").
func ActorName(actor string) string {
	switch actor {
	case "us":
		return "the US"
	case "coalition":
		return "the coalition"
	case "israel":
		return "Israel"
	case "russia":
		return "Russia"
	case "turkey":
		return "Turkey"
	case "syria_gov":
		return "the Syrian government"
	case "iran_backed":
		return "Iran-backed forces"
	case "sdf":
		return "the SDF"
	case "isis":
		return "ISIS"
	case "unknown", "":
		return "an unknown party"
	}
	return actor
}

var groupNames = map[string]string{
	"fighters":       "fighters",
	"civilians":      "civilians",
	"us_forces":      "US troops",
	"syrian_army":    "Syrian soldiers",
	"pro_government": "pro-government fighters",
	"iran_backed":    "Iran-backed fighters",
	"sdf":            "SDF fighters",
}

// OutcomeName is the English word for an outcome ("killed_or_wounded" →
// "killed or wounded").
func OutcomeName(o string) string {
	return strings.ReplaceAll(o, "_", " ")
}

// amount renders a figure's count: "7", "at least 11", "between 10 and
// 15", "several".
func amount(f claims.Figure) string {
	lo := strconv.Itoa(f.Low)
	switch f.Qualifier {
	case claims.QualAbout:
		return "about " + lo
	case claims.QualAtLeast:
		return "at least " + lo
	case claims.QualAtMost:
		if f.High != nil {
			return "at most " + strconv.Itoa(*f.High)
		}
		return "at most " + lo
	case claims.QualRange:
		if f.High != nil {
			return "between " + lo + " and " + strconv.Itoa(*f.High)
		}
		return "at least " + lo
	case claims.QualVague:
		if f.High != nil {
			return "several (" + lo + "–" + strconv.Itoa(*f.High) + ")"
		}
		return "several (" + lo + " or more)"
	}
	if f.High == nil {
		return "at least " + lo
	}
	if *f.High != f.Low {
		return "between " + lo + " and " + strconv.Itoa(*f.High)
	}
	return lo
}

// DescribeFigure renders a figure as English: "at least 11 killed", "6
// fighters killed", "7 civilians wounded", "no one wounded".
func DescribeFigure(f claims.Figure) string {
	if f.Low == 0 && f.High != nil && *f.High == 0 {
		// An explicit zero: "no civilians killed", "no one wounded".
		s := "no one"
		if g, ok := groupNames[f.Group]; ok {
			s = "no " + g
		}
		return s + " " + OutcomeName(f.Outcome)
	}
	s := amount(f)
	if g, ok := groupNames[f.Group]; ok {
		s += " " + g
	}
	s += " " + OutcomeName(f.Outcome)
	if f.Earlier {
		s += " (earlier toll)"
	}
	return s
}

// FigureValue is the compact value of a figure used in
// Discrepancy.Values: "killed: at least 11", "killed: 6 (fighters)".
func FigureValue(f claims.Figure) string {
	s := f.Outcome + ": " + amount(f)
	if f.Group != "" && f.Group != "unknown" {
		s += " (" + f.Group + ")"
	}
	if f.Earlier {
		s += " (earlier)"
	}
	return s
}

// eventNoun names an event type for summaries.
func eventNoun(t string) string {
	switch t {
	case claims.EventAirstrike:
		return "the airstrike"
	case claims.EventShelling:
		return "the shelling"
	case claims.EventDroneAttack:
		return "the drone attack"
	case claims.EventGroundAttack:
		return "the ground attack"
	case claims.EventInterception:
		return "the interception"
	case claims.EventWithdrawal:
		return "the withdrawal"
	case claims.EventDeployment:
		return "the deployment"
	case claims.EventEvacuation:
		return "the evacuation"
	}
	return "the event"
}

// joinNames joins names as English: "A", "A and B", "A, B and C".
func joinNames(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// sentence capitalises the first letter and ends with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	if c := s[0]; c >= 'a' && c <= 'z' {
		s = string(c-'a'+'A') + s[1:]
	}
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// pluralWords are last words of source names that take a plural verb
// ("Iranian advisers say", "local sources say"; but "Reuters says").
var pluralWords = map[string]bool{
	"advisers": true, "advisors": true, "officials": true, "sources": true, "outlets": true,
	"activists": true, "residents": true, "forces": true, "authorities": true, "militias": true,
	"witnesses": true, "correspondents": true, "analysts": true, "monitors": true,
}

// isPlural reports whether a source name takes a plural verb.
func isPlural(name string) bool {
	ws := strings.Fields(name)
	return len(ws) > 0 && pluralWords[strings.ToLower(ws[len(ws)-1])]
}

// verb conjugates an English verb phrase for a source name: singular as
// given, plural from the table ("says" → "say", "does not" → "do not",
// "its" → "their", "it" → "they").
func verb(name, phrase string) string { return conj(name, isPlural(name), phrase) }

// conj is verb for a subject whose number is known ("SOHR and Reuters"
// is plural).
func conj(name string, plural bool, phrase string) string {
	if !plural && !isPlural(name) {
		return name + " " + phrase
	}
	words := strings.Fields(phrase)
	for i, w := range words {
		switch w {
		case "says":
			words[i] = "say"
		case "does":
			words[i] = "do"
		case "attributes":
			words[i] = "attribute"
		case "describes":
			words[i] = "describe"
		case "asserts":
			words[i] = "assert"
		case "denies":
			words[i] = "deny"
		case "gives":
			words[i] = "give"
		case "names":
			words[i] = "name"
		case "reports":
			words[i] = "report"
		case "gave":
		case "its":
			words[i] = "their"
		case "it":
			if i > 0 && (words[i-1] == "says" || words[i-1] == "say") {
				words[i] = "they"
			}
		}
	}
	return name + " " + strings.Join(words, " ")
}
