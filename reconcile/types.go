// Package reconcile groups claims from many articles into real-world events
// and marks where their sources disagree. It is pure: values in, values out,
// no database.
//
// The steps, each documented where it is decided:
//
//   - Group (group.go): events are connected components of a pairwise
//     relation over claims (event-type compatibility and classes in
//     compat.go and typeClass, one day of date slack, places through the
//     gazetteer's hierarchy, actors that are not opposed, responses kept
//     apart and linked through Event.RespondsTo; a claim placed only at a
//     governorate defers to its article's towns). UpdateFrom folds new claims
//     into stored events and gives exactly what Group over everything
//     gives; Knowledge.BlockKey tells the store which events to supply.
//   - Compare (compare.go): casualties, perpetrator, target, occurrence,
//     and the notes revision and gap, counting a relay chain once
//     (accounts.go).
//   - Estimates and Grade (estimate.go): UCDP-style low / best / high per
//     outcome, and Airwars-style grades.
//   - Reconcile and Fill (reconcile.go): all of it, with consensus type,
//     date and places, most disputed events first.
//
// Knowledge (knowledge.go) is what reconciliation asks of the gazetteer,
// the source registry and the store's publication dates; any of them may
// be missing.
package reconcile

// Grades of an event, in the manner of Airwars.
const (
	GradeConfirmed = "confirmed" // a belligerent accepts responsibility
	GradeFair      = "fair"      // two or more independent sources
	GradeWeak      = "weak"      // one source
	GradeContested = "contested" // competing perpetrators
)

// Discrepancy kinds.
const (
	KindCasualties  = "casualties"
	KindPerpetrator = "perpetrator"
	KindTarget      = "target"
	KindOccurrence  = "occurrence"
	KindRevision    = "revision" // a note: a source changed its own figure
	KindGap         = "gap"      // a note: one source names what another says it does not know
)

// Estimate is the low / best / high estimate of one outcome across
// independent sources. High is nil when no source bounds it from above.
type Estimate struct {
	Low     int      `json:"low"`
	Best    int      `json:"best"`
	High    *int     `json:"high"`
	Sources []string `json:"sources"`
}

// Discrepancy is one disagreement (or note) between sources about an event:
// every account that takes part, those that agree with each other
// included. Sources lists each account's source id once; Values and
// Positions are parallel to each other (one entry per position, in the
// same order): Values[i] is the compact value of Positions[i]
// ("killed: at least 11"). Only a revision has two positions (earlier and
// later) for its one source, and a toll gap between an unnamed category's
// speakers in different articles (local sources that give the toll,
// local sources elsewhere that do not know it) two for that category, and
// a perpetrator gap likewise between one body's unnamed officials in
// different articles (one names the doer, one does not know it), and any
// discrepancy between the local sources or activists of different reports
// (see anonymousCrowd) one for each report's; for every other kind
// Values is also parallel to Sources.
type Discrepancy struct {
	Kind    string   `json:"kind"`
	Field   string   `json:"field"`
	Claims  []string `json:"claims"`
	Sources []string `json:"sources"`
	Values  []string `json:"values"`
	Summary string   `json:"summary"`
	// Rule names the rule that decided the discrepancy (e.g.
	// "casualties.ranges_disjoint"), so users can see why it was marked.
	Rule string `json:"rule,omitempty"`
	// Positions is one entry per account taking part, in the order of
	// Sources.
	Positions []Position `json:"positions,omitempty"`
}

// IsNote reports whether the discrepancy is a note (revision, gap) rather
// than a conflict.
func (d Discrepancy) IsNote() bool { return d.Kind == KindRevision || d.Kind == KindGap }

// Position is what one account (a source, with the relays that carried it
// folded in) says in a discrepancy.
type Position struct {
	Source string `json:"source"`
	// Value is a readable English value: "at least 11 killed",
	// "the US", "popular forces fighting ISIS (civilian)".
	Value string `json:"value"`
	// Side groups positions that say the same: positions with one side
	// support each other.
	Side string `json:"side"`
	// Against lists the sources whose positions contradict this one (for
	// casualties: a figure for a compatible group whose range does not
	// overlap). Notes (gap, revision) contradict nothing.
	Against []string `json:"against,omitempty"`
	// Claims are the ids of the claims behind the value.
	Claims []string `json:"claims"`
}

// Event is one real-world event as reconstructed from the claims of every
// article that speaks of it.
type Event struct {
	ID            string              `json:"id"`
	EventType     string              `json:"event_type"`
	Date          *string             `json:"date"`
	Places        []string            `json:"places"`
	Claims        []string            `json:"claims"`
	Sources       []string            `json:"sources"`
	Estimates     map[string]Estimate `json:"estimates"`
	Grade         string              `json:"grade"`
	Discrepancies []Discrepancy       `json:"discrepancies"`
	// RespondsTo lists the ids of events this one answers (ردا على).
	RespondsTo []string `json:"responds_to,omitempty"`
}
