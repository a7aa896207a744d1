package claims

// chargedPartyEvent returns the type of the event the article last told of
// the accused party a, when the context the article last set is another
// party's event (or one whose doer is unknown): "حمّل الائتلاف النظام
// المسؤولية عن قتل المدنيين" after a paragraph on an attack of unknown
// doers charges the regime with the shelling the article said it carried
// out, not with the attack told last. The claim's places and date then
// come back to that event (see articleContext.backTo).
func chargedPartyEvent(ctx *articleContext, a string) (string, bool) {
	if ctx == nil || a == "" || a == "unknown" || sameParty(ctx.actor, a) {
		return "", false
	}
	b, ok := ctx.byActor[a]
	if !ok || b.eventType == "" {
		return "", false
	}
	return b.eventType, true
}
