package claims

// targetStrikeForms widen targetHeads with the conjugations of the verbs of
// striking that statements and reports use beside the third person
// singular: the first person plural of a force telling its own deed
// ("استهدفنا تجمعات"، "قصفنا مواقع"، "دمرنا آليات"), the plural and dual
// of its units ("ضربوا مقرات"، "استهدفتا مواقع"), the imperfect ("يضرب"،
// "تهاجم"، "يطال القصف الأحياء"), and the verb of pounding, دكّ, in all
// its common forms ("دكت المدفعية نقاط الانتشار"، "يدك مواقع"). Exact
// forms: a proclitic و or ف is stripped by the matcher.
var targetStrikeForms = words("on",
	// the first person plural
	"=استهدفنا", "=قصفنا", "=ضربنا", "=دمرنا", "=هاجمنا", "=دككنا", "=نستهدف", "=نقصف",
	// the plural, the dual and the feminine plural
	"=ضربوا", "=استهدفتا", "=قصفتا", "=ضربتا", "=استهدفا", "=قصفا", "=أصابوا",
	// the imperfect
	"=يضرب", "=تضرب", "=يضربون", "=يهاجم", "=تهاجم", "=يهاجمون", "=يطال", "=تطال",
	// pounding
	"=دك", "=دكت", "=يدك", "=تدك", "=دكوا", "=يدكون",
)
