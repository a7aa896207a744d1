package claims

// afterCueReach is how many words after an after-cue its source may
// stand (see skipToContent). The bare toll noun ("حصيلة", "إحصائية")
// names whose toll it is right after it ("حصيلة المرصد"، "حصيلة
// للدفاع المدني"); further on stand the victims and the deed, and a
// party there is the doer of the deed counted, not its counter: "رفع
// المرصد حصيلة ضحايا هجوم التنظيم على القرية" is the observatory's toll
// of the group's attack.
func afterCueReach(phrase string) int {
	switch phrase {
	case "حصيلة", "حصيله", "إحصائية", "احصائيه":
		return 1
	}
	return 3
}
