// Package reconcile groups claims from many articles into real-world events
// and marks where their sources disagree. It is pure: values in, values out,
// no database.
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

// Discrepancy is one disagreement (or note) between sources about an event.
type Discrepancy struct {
	Kind    string   `json:"kind"`
	Field   string   `json:"field"`
	Claims  []string `json:"claims"`
	Sources []string `json:"sources"`
	Values  []string `json:"values"`
	Summary string   `json:"summary"`
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
