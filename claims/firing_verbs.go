package claims

// firingVerbs are the folded finite verbs of opening fire that, put first
// in their clause, take their subject before their object "النار": "أطلق
// مسلحون مجهولون النار على ..."، "فتحت عناصر الحاجز النار"، "يطلق القناص
// النار". The plural "أطلقوا" follows its subject and is read elsewhere.
// "فتحت" is matched whole too: its ف would read as a conjunction.
var firingVerbs = foldSet("أطلق", "أطلقت", "يطلق", "تطلق", "فتح", "فتحت", "يفتح", "تفتح", "وأطلق", "وأطلقت", "وفتح", "وفتحت")
