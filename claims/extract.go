package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/claims/places"
	"github.com/riwaya/riwaya/sources"
)

// Extractor splits articles into attributed claims. Build one with
// NewExtractor and share it: it is read-only after construction and safe
// for concurrent use.
type Extractor struct {
	// kindParties are, by bare head, the parties the actor names give that
	// head ("تنظيم داعش": "تنظيم" → isis); see kindAnaphorAt.
	kindParties map[string]map[string]bool

	reg *sources.Registry
	gaz *places.Gazetteer

	speech, continuers                      *lexicon[speech]
	after, comp, self                       *lexicon[string]
	anaphors                                *lexicon[string]
	hedges, ignorance, denialNouns, negator *lexicon[string]
	unnamedActor                            *lexicon[string]
	triggers, aircraft                      *lexicon[trigger]
	actors, unnamedDoers, blameCues         *lexicon[string]
	targetHeads, targets                    *lexicon[string]
	stores                                  *lexicon[string]
	characterHeads, owners                  *lexicon[string]
	targetAdj, contents                     *lexicon[string]
	notMilitaryWords, notMilitaryLinks      *lexicon[string]
	notArmedPeople                          *lexicon[string]
	separate                                *lexicon[string]
	outNouns, outBefore, outAfter           *lexicon[string]
	combined, earlier, subset, revised      *lexicon[string]
	groups, nonCasualty                     *lexicon[string]
	response                                *lexicon[string]
	capitals                                *lexicon[string]
	fillers, unnamedObjects, sequel         *lexicon[string]
	adjectives, forces, predicates          *lexicon[string]
	services                                *lexicon[string]
	responsibility, involvement             *lexicon[string]
	ownOutlet, localRoles, medicalWords     *lexicon[string]
	personWords                             map[string]string // folded single-word person nouns → group
	zero, irrealis, habitual, statements    *lexicon[string]
	habits, habitLeads                      *lexicon[string]
	passiveHits                             *lexicon[string]
	spreadVerbs, spreaders                  *lexicon[string]
	reportNouns, accusationNouns            *lexicon[string]

	// docs recycles the scratch memory of finished Extract calls (*doc):
	// tokens and per-token marks, and the claims before they are copied
	// out; nothing an Extract call returns refers to it.
	docs sync.Pool

	// lexSet marks a document's tokens for the package-level lexicons
	// and the extractor's own (see bindLexicons); nil when none are bound.
	lexSet *arabic.MatcherSet
}

// NewExtractor compiles the extractor's word lists against the source
// registry and the gazetteer.
func NewExtractor(reg *sources.Registry, gaz *places.Gazetteer) *Extractor {
	x := &Extractor{
		reg:             reg,
		gaz:             gaz,
		speech:          newLexicon(merge(exact(speechVerbs), speechNouns)),
		fillers:         newLexicon(fillers),
		unnamedObjects:  newLexicon(unnamedActorObjects),
		sequel:          newLexicon(sequelCues),
		adjectives:      newLexicon(eventAdjectives),
		forces:          newLexicon(forceNouns),
		services:        newLexicon(serviceNouns),
		predicates:      newLexicon(predicateCues),
		responsibility:  newLexicon(responsibilityCues),
		involvement:     newLexicon(involvementDenials),
		continuers:      newLexicon(exact(continuers)),
		after:           newLexicon(merge(afterCues, tollAnnouncerCues(), carriedStatementCues())),
		comp:            newLexicon(complementizers),
		self:            newLexicon(selfComplementizers),
		anaphors:        newLexicon(exact(anaphors)),
		ownOutlet:       newLexicon(ownOutletWords),
		localRoles:      newLexicon(exact(localRoles)),
		medicalWords:    newLexicon(medicalWords),
		personWords:     foldedWords(singularPersons),
		zero:            newLexicon(zeroCues),
		irrealis:        newLexicon(irrealisCues),
		habitual:        newLexicon(habitualCues),
		habits:          newLexicon(habitCues),
		habitLeads:      newLexicon(habitLeads),
		statements:      newLexicon(statementLexicon()),
		passiveHits:     newLexicon(passiveHits),
		spreadVerbs:     newLexicon(exact(spreadVerbs)),
		spreaders:       newLexicon(spreadingParties),
		reportNouns:     newLexicon(exact(reportNouns)),
		accusationNouns: newLexicon(exact(accusationNouns)),
		hedges:          newLexicon(hedges),
		ignorance:       newLexicon(ignorance),
		denialNouns:     newLexicon(denialNouns),
		negator:         newLexicon(negators),
		unnamedActor:    newLexicon(unnamedActorCues),
		triggers:        newLexicon(withDeeds(eventTriggers, merge(deedTriggers, airSeaPhrases))),
		aircraft:        newLexicon(aircraftWords),
		actors:          newLexicon(merge(registryActors(reg), actorWords, newStateActors)),
		unnamedDoers:    newLexicon(unnamedDoerWords),
		blameCues:       newLexicon(blameCues),
		targetHeads:     newLexicon(merge(targetHeads, targetStrikeForms)),
		targets: newLexicon(withLamGenitive(merge(targetWords, targetMoreWords, newStateTargets, targetLifeWords, targetGroundWords, targetFireWords, targetCrowdWords, targetNotableWords, targetLeaderWords, targetInnocentWords),
			targetOwners, targetGroundOwners, targetArmedOwners, heldContents)),
		stores:           newLexicon(merge(storeNouns, carrierNouns)),
		characterHeads:   newLexicon(characterHeads),
		owners:           newLexicon(merge(targetOwners, targetGroundOwners, targetArmedOwners)),
		targetAdj:        newLexicon(targetAdjectives),
		contents:         newLexicon(heldContents),
		notMilitaryWords: newLexicon(merge(notMilitaryWords, notArmedWords)),
		notArmedPeople:   newLexicon(notArmedPeople),
		notMilitaryLinks: newLexicon(merge(notMilitaryLinks, notArmedLinks)),
		separate:         newLexicon(separateCues),
		outNouns:         newLexicon(outcomeNouns),
		outBefore:        newLexicon(merge(outcomeBefore, exact(killedAndWoundedVerbs))),
		outAfter:         newLexicon(exact(merge(outcomeAfter, victimPredicates))),
		combined:         newLexicon(combinedOutcome),
		earlier:          newLexicon(earlierCues),
		revised:          newLexicon(revisedAfter),
		subset:           newLexicon(subsetCues),
		groups:           newLexicon(groupWords),
		nonCasualty:      newLexicon(nonCasualtyNouns),
		response:         newLexicon(responseCues),
		capitals:         newLexicon(capitalSpeakers),
	}
	x.lexSet = bindLexicons(sharedLexSet, x.ownLexicons())
	x.kindParties = kindPartiesOf(x.actors)
	return x
}

// doc is one article analysed for extraction.
type doc struct {
	// coActor is a second doer named beside the actor of the claim last
	// built ("روسيا والنظام"), "" when none; build adds a sibling claim.
	coActor string
	// othersGroup is the victims' group of the last toll of the claims
	// before, in this sentence or the one before it, for "آخرون" opening
	// a claim with no figure before it ("... . وأصيب خمسة آخرون").
	othersGroup string
	a           Article
	text        string
	published   time.Time // zero when unknown
	toks        []arabic.Token
	sents       []tokRange
	srcAt       []int32 // token → index+1 in mentions of the source mention starting there, 0 none (see mentionAt)
	srcCover    []int   // token → index+1 of the source mention covering it, 0 none
	mentions    []sources.Mention
	places      []places.Mention
	numbers     []arabic.Number
	counted     []bool // token → part of a number or the noun it counts
	dates       []arabic.Date
	quotes      []arabic.Quote
	claims      []Claim // build's scratch

	// memo holds per-token answers of predicates that the rules ask again
	// and again of the same token (see memo.go); filled lazily.
	memo docMemo
}

// mentionAt returns the source mention that starts at token k, if any.
func (d *doc) mentionAt(k int) (sources.Mention, bool) {
	if k < 0 || k >= len(d.srcAt) || d.srcAt[k] == 0 {
		return sources.Mention{}, false
	}
	return d.mentions[d.srcAt[k]-1], true
}

// srcAtOK reports whether a source mention starts at token k.
func (d *doc) srcAtOK(k int) bool {
	_, ok := d.mentionAt(k)
	return ok
}

// tokRange is a half-open range of token indexes.
type tokRange struct{ first, last int }

func (x *Extractor) analyze(a Article) *doc {
	d, _ := x.docs.Get().(*doc)
	if d == nil {
		d = &doc{}
	}
	*d = doc{a: a, text: a.Text, toks: d.toks[:0], srcAt: d.srcAt[:0], srcCover: d.srcCover[:0], counted: d.counted[:0], claims: d.claims[:0], memo: d.memo}
	if t, err := time.Parse(time.DateOnly, a.Published); err == nil {
		d.published = t
	}
	if cap(d.toks) == 0 {
		d.toks = make([]arabic.Token, 0, len(a.Text)/9+8)
	}
	d.toks = arabic.AppendTokens(d.toks, a.Text)
	x.lexSet.Mark(d.toks)
	for _, s := range arabic.Sentences(a.Text) {
		r := tokensIn(d.toks, s.Start, s.End)
		if r.last > r.first {
			d.sents = append(d.sents, r)
		}
	}
	d.mentions = x.reg.Mentions(a.Text, d.toks)
	d.srcAt = append(d.srcAt, make([]int32, len(d.toks))...)
	d.srcCover = append(d.srcCover, make([]int, len(d.toks))...)
	for i, m := range d.mentions {
		for m.First >= len(d.srcAt) {
			d.srcAt = append(d.srcAt, 0)
		}
		if m.First >= 0 {
			d.srcAt[m.First] = int32(i + 1) // a later mention at the same token wins
		}
		for t := m.First; t < m.Last && t < len(d.toks); t++ {
			d.srcCover[t] = i + 1
		}
	}
	d.places = x.gaz.Mentions(a.Text, d.toks)
	d.numbers = arabic.Numbers(d.toks)
	d.counted = append(d.counted, make([]bool, len(d.toks))...)
	for _, n := range d.numbers {
		for k := n.First; k < n.Last && k < len(d.toks); k++ {
			d.counted[k] = true
		}
		for k := n.NounFirst; k < n.NounLast && k < len(d.toks); k++ {
			d.counted[k] = true
		}
	}
	if !d.published.IsZero() {
		d.dates = arabic.Dates(d.toks, d.published)
	}
	d.quotes = arabic.Quotes(a.Text)
	d.memo.reset(len(d.toks))
	return d
}

// tokensIn returns the range of tokens that lie within [start, end).
func tokensIn(toks []arabic.Token, start, end int) tokRange {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	last := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	return tokRange{first, last}
}

// Extract returns the claims of one article in text order. Every sentence
// gives at least one claim: attributed to the source the article names for
// it, or to the article's own voice.
func (x *Extractor) Extract(a Article) []Claim {
	d := x.analyze(a)
	frames := x.frames(d)
	built := x.build(d, frames)
	var out []Claim
	if len(built) > 0 {
		out = make([]Claim, len(built))
		copy(out, built)
	}
	d.claims = built
	x.release(d)
	return out
}

// release returns a doc's scratch slices to the pool for the next Extract
// call, and drops its references to this article.
func (x *Extractor) release(d *doc) {
	clear(d.toks) // the tokens refer to the article's text
	clear(d.claims)
	*d = doc{toks: d.toks[:0], srcAt: d.srcAt[:0], srcCover: d.srcCover[:0], counted: d.counted[:0], claims: d.claims[:0], memo: d.memo}
	x.docs.Put(d)
}

// claimID derives a claim's id from its article, span and source, so that
// it is stable across runs.
func claimID(article string, start, end int, source string) string {
	// sha256 of "article|start|end|source", its first 8 bytes in hex.
	var buf [256]byte
	b := append(buf[:0], article...)
	b = append(b, '|')
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, '|')
	b = strconv.AppendInt(b, int64(end), 10)
	b = append(b, '|')
	b = append(b, source...)
	h := sha256.Sum256(b)
	var id [2 + 16]byte
	id[0], id[1] = 'c', '_'
	hex.Encode(id[2:], h[:8])
	return string(id[:])
}
