package reconcile

// PlaceTree answers containment questions about canonical place ids (the
// gazetteer implements it).
type PlaceTree interface {
	// Ancestors returns the places that contain id, nearest first,
	// excluding id itself; the last one is the top-level (country) place.
	Ancestors(id string) []string
	// Within reports whether id lies inside ancestor.
	Within(id, ancestor string) bool
	// Nearby reports whether a and b lie within km of each other; false
	// when either is unknown.
	Nearby(a, b string, km float64) bool
}

// SourceInfo tells reconciliation about who speaks (the registry
// implements it).
type SourceInfo interface {
	// Affiliation is one of syria_gov, opposition, us, russia, iran,
	// turkey, israel, sdf, un, independent, isis, unknown.
	Affiliation(id string) string
	// ActorOf is the actor a belligerent source speaks for (centcom→"us",
	// russia_mod→"russia", syrian_army→"syria_gov",
	// coalition→"coalition"), "" otherwise.
	ActorOf(id string) string
	// Name is the English name of the source, for summaries.
	Name(id string) string
}

// ArticleDates gives the publication date (YYYY-MM-DD) of a stored article,
// "" when unknown. It is optional: it orders accounts in time (revisions)
// and keeps event ids stable when later articles join an event.
type ArticleDates interface {
	Published(articleID string) string
}

// Knowledge is what reconciliation needs to know beyond the claims
// themselves. Every field may be nil; reconciliation then falls back to
// what the claims say (place equality only, source ids as names, no
// affiliations).
type Knowledge struct {
	Places   PlaceTree
	Sources  SourceInfo
	Articles ArticleDates
}

// Distances under which two sibling places (neither inside the other) in
// the same country count as one scene. An air raid is reported at the
// city, its airport or a suburb (Damascus, its airport and al-Kiswah lie
// within 25 km), so air events (airstrike, drone attack, interception) use
// NearbyAirKm; shelling and ground fighting hit villages a few kilometres
// apart that are separate incidents, so everything else uses NearbyKm.
const (
	NearbyKm    = 10
	NearbyAirKm = 25
)

// nearKm is the nearby distance for a pair of event types.
func nearKm(a, b string) float64 {
	air := func(t string) bool {
		return t == "airstrike" || t == "drone_attack" || t == "interception"
	}
	if air(a) && air(b) {
		return NearbyAirKm
	}
	return NearbyKm
}

func (k Knowledge) ancestors(id string) []string {
	if k.Places == nil {
		return nil
	}
	return k.Places.Ancestors(id)
}

func (k Knowledge) nearby(a, b string, km float64) bool {
	if k.Places == nil {
		return false
	}
	return k.Places.Nearby(a, b, km)
}

func (k Knowledge) affiliation(id string) string {
	if k.Sources == nil {
		return "unknown"
	}
	if a := k.Sources.Affiliation(id); a != "" {
		return a
	}
	return "unknown"
}

func (k Knowledge) actorOf(id string) string {
	if k.Sources == nil {
		return ""
	}
	return k.Sources.ActorOf(id)
}

func (k Knowledge) published(article string) string {
	if k.Articles == nil {
		return ""
	}
	return k.Articles.Published(article)
}

// name returns the English name of a source: the registry's, else the
// name the claim carried, else the id.
func (k Knowledge) name(id, fallback string) string {
	if k.Sources != nil {
		if n := k.Sources.Name(id); n != "" {
			return n
		}
	}
	if fallback != "" {
		return fallback
	}
	return id
}
