// Package claims turns one Arabic news article into the claims it contains,
// each attributed to the source that makes it.
//
// The types in this file are the shape of CONTRACT.md's `riwaya claims`
// output; the extractor fills them and the store saves them unchanged.
package claims

// Span is a half-open range [Start, End) of byte offsets into the original
// UTF-8 text of an article.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Article is one news article as ingested: the original text, never altered,
// and the metadata that came with it.
type Article struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Outlet    string `json:"outlet,omitempty"`    // outlet name as given or detected
	OutletID  string `json:"outlet_id,omitempty"` // registry id of the outlet, when known
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
}

// Source says who makes a claim.
type Source struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	NameAr    string `json:"name_ar"`
	Kind      string `json:"kind"`
	Anonymous bool   `json:"anonymous"`
	// Speaker is the named person who spoke for the source, if any
	// ("جو بوتشينو" for centcom).
	Speaker string `json:"speaker,omitempty"`
}

// Relay is one link of the chain that relays a claim to the article.
type Relay struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Stances of a claim.
const (
	StanceAsserts     = "asserts"
	StanceDenies      = "denies"
	StanceUnconfirmed = "unconfirmed"
	StanceUnknown     = "unknown"
)

// RuleTollUnknown is the rule a claim carries (Claim.Rules) when its source
// says that the toll is not known ("لم تعرف بعد حصيلة الضحايا"), whether
// or not it names who did it.
const RuleTollUnknown = "toll:unknown"

// RuleUnknownOwner is the rule a claim with figures carries when it calls
// the weapon or the strike of unknown owner ("طائرات مجهولة الهوية"،
// "قذائف مجهولة المصدر"): its stance is "unknown", as that of the same
// words without a toll, but its toll is still one the source gives.
const RuleUnknownOwner = "actor:unknown_owner"

// RuleAffiliationUnknown is the actor rule of a claim that says its source
// has not settled whether the doer belongs to the party it names ("لم
// يتبين إن كان منتسباً إلى التنظيم"): the actor is that party, the stance
// unknown; on the doer it professes not to know.
const RuleAffiliationUnknown = "actor:affiliation_unknown"

// RuleTollDoerNotKnown is the rule a claim with figures carries when its
// source says it does not know who did it ("أحصى ثمانية قتلى دون أن يحدد
// الجهة المنفذة"): its stance is "unknown", but its toll is still one the
// source gives.
const RuleTollDoerNotKnown = "stance:toll_doer_not_known"

// RuleAttackersKilled is the rule a claim with figures carries when it
// tells of the attackers killed or captured by those who fought them off
// ("قتل مقاتلونا 40 من المهاجمين"): its figures count the attacking side,
// not the people the attack hit, so they say nothing of the target.
const RuleAttackersKilled = "figures:attackers"

// Event types.
const (
	EventAirstrike    = "airstrike"
	EventShelling     = "shelling"
	EventDroneAttack  = "drone_attack"
	EventGroundAttack = "ground_attack"
	EventInterception = "interception"
	EventWithdrawal   = "withdrawal"
	EventDeployment   = "deployment"
	EventEvacuation   = "evacuation"
	EventOther        = "other"
)

// Figure outcomes.
const (
	OutcomeKilled          = "killed"
	OutcomeWounded         = "wounded"
	OutcomeCaptured        = "captured"
	OutcomeMissing         = "missing"
	OutcomeKilledOrWounded = "killed_or_wounded"
)

// Figure qualifiers.
const (
	QualExact   = "exact"
	QualAbout   = "about"
	QualAtLeast = "at_least"
	QualAtMost  = "at_most"
	QualRange   = "range"
	QualVague   = "vague"
)

// Figure is one casualty figure as a source gives it. High is nil when the
// figure has no upper bound ("more than 100").
type Figure struct {
	Outcome   string `json:"outcome"`
	Group     string `json:"group"`
	Low       int    `json:"low"`
	High      *int   `json:"high"`
	Qualifier string `json:"qualifier"`
	Earlier   bool   `json:"earlier"`
	// Span is where the figure stands in the original text.
	Span Span `json:"span"`
	// Subset marks a figure that is part of another one in the same claim
	// ("بينهم 4 أطفال").
	Subset bool `json:"subset,omitempty"`
}

// Claim is one proposition attributed to one source.
type Claim struct {
	ID        string   `json:"id"`
	Article   string   `json:"article"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Text      string   `json:"text"`
	Source    Source   `json:"source"`
	Via       []Relay  `json:"via"`
	Stance    string   `json:"stance"`
	EventType string   `json:"event_type"`
	Actor     *string  `json:"actor"`
	Target    *string  `json:"target"`
	Places    []string `json:"places"`
	Date      *string  `json:"date"`
	Figures   []Figure `json:"figures"`
	Event     *string  `json:"event"`

	// Explanation: what in the text decided the attribution and the fields.
	Cue      string   `json:"cue,omitempty"`      // the attribution cue as written ("أفادت", "بحسب")
	CueSpan  *Span    `json:"cue_span,omitempty"` // where the cue stands
	Rules    []string `json:"rules,omitempty"`    // names of the rules that fired
	Response bool     `json:"response,omitempty"` // the claim describes a response (ردا على) to another event
}
